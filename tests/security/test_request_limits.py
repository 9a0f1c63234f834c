"""`deepfix serve` and `Answerer` against hostile requests, in process: one deadline per request,
result values JSON cannot hold, bodies too large or too deep, wrong methods, cross-site requests,
and a rate limiter whose memory stays bounded."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
import urllib.request

import pytest

from deepfix.deadline import Deadline
from deepfix.serve.app import allowed_hosts, create_app, host_of, without_paths
from deepfix.serve.background import BackgroundServer
from deepfix.serve.databases import DatabaseCatalog
from deepfix.serve.limits import Limits, RateLimiter
from deepfix.serve.runs import RunCatalog
from deepfix.tasks.spider import answer as answer_module
from deepfix.tasks.spider.answer import Answerer, cell
from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE
from deepfix.tasks.spider.sql.execute import open_read_only, run_query
from tests.helpers.fixture_model import fixture_model_file

CANADA = "List the names of artists from Canada."  # the fixture model answers: Name of artist WHERE Country = 'Canada'


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return Answerer(fixture_model_file(tmp_path_factory.mktemp("model")), beam_size=2, timeout_s=5.0)


@pytest.fixture
def server_for(answerer, tmp_path):
    """Factory: a BackgroundServer over the example database and a folder of databases."""
    db_dir = tmp_path / "dbs"
    db_dir.mkdir()

    def start(**limits):
        limits = Limits(**limits)
        catalog = DatabaseCatalog(EXAMPLE_DATABASE, db_dir, tmp_path / "uploads", limits)
        return BackgroundServer(create_app(answerer, catalog, RunCatalog(None, None), limits))

    start.db_dir = db_dir
    return start


def raw(server, path: str, body: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, parsed JSON body) of a request with exactly the given headers."""
    request = urllib.request.Request(server.url + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


# -- one deadline per request (defect 10) ---------------------------------------------------

def test_every_database_read_of_an_ask_shares_the_request_deadline(answerer, monkeypatch):
    from deepfix.tasks.spider.database import sessions as sessions_module

    seen = []
    real_run, real_tree_sql = sessions_module.run_query, answer_module.tree_sql

    def run_query(connection, sql, timeout_s, **kwargs):
        seen.append(("query", kwargs.get("deadline")))
        return real_run(connection, sql, timeout_s, **kwargs)

    def tree_sql(*args, **kwargs):
        seen.append(("fill", kwargs.get("deadline")))
        return real_tree_sql(*args, **kwargs)

    monkeypatch.setattr(sessions_module, "run_query", run_query)
    monkeypatch.setattr(answer_module, "tree_sql", tree_sql)
    deadline = Deadline.after(30.0)
    answer = answerer.ask(EXAMPLE_DATABASE, CANADA, deadline)
    assert answer.error is None and answer.rows
    assert {kind for kind, _ in seen} == {"query", "fill"} and all(d is deadline for _, d in seen)


def test_a_passed_deadline_stops_every_read(answerer, tmp_path):
    """With the request's time spent, the value index, value filling and the query read nothing."""
    from deepfix.tasks.spider.inputs.schema import Schema
    from deepfix.tasks.spider.inputs.sqlite_schema import schema_from_sqlite
    from deepfix.tasks.spider.inputs.values import read_value_index

    passed = Deadline(time.monotonic() - 1.0)
    db = schema_from_sqlite(EXAMPLE_DATABASE)
    index = read_value_index(EXAMPLE_DATABASE, Schema.from_json(db), time_limit=10.0, deadline=passed)
    assert index.truncated and not index.cells
    connection = open_read_only(EXAMPLE_DATABASE)
    try:
        assert run_query(connection, "SELECT 1", 10.0, deadline=passed).error == "timeout"
    finally:
        connection.close()
    answer = answerer.ask(EXAMPLE_DATABASE, CANADA, passed)
    assert answer.error == "timeout" and answer.sql.endswith("'Canada'")  # from the question, not a stored value


def test_waiting_for_the_model_past_the_deadline_is_a_429(answerer, server_for):
    with server_for(query_seconds=0.5) as server:
        with answerer._lock:  # the model busy with another question for the whole limit
            status, body = server.call("/api/ask", {"db": "example:music_festival", "question": CANADA})
    assert status == 429 and "busy" in body["error"]  # the server is asked more than it answers: not a 5xx


def test_stored_values_are_read_once_per_database_version(answerer, tmp_path, monkeypatch):
    path = tmp_path / "festival.sqlite"
    shutil.copy(EXAMPLE_DATABASE, path)
    from deepfix.tasks.spider.database import database as database_module

    reads = []
    real = database_module.read_value_index
    monkeypatch.setattr(database_module, "read_value_index", lambda *a, **k: reads.append(a[0]) or real(*a, **k))
    first = answerer.ask(path, CANADA)
    assert answerer.ask(path, CANADA).sql == first.sql and len(reads) == 1  # the second question reads nothing
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE artist SET Country = 'Canada' WHERE Artist_ID = 1")
    connection.close()
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))  # a new version, whatever the clock's grain
    changed = answerer.ask(path, CANADA)
    assert len(reads) == 2 and changed.total_rows == first.total_rows + 1


def test_a_deadline_cut_index_is_not_kept(answerer, tmp_path, monkeypatch):
    path = tmp_path / "festival.sqlite"
    shutil.copy(EXAMPLE_DATABASE, path)
    answerer.ask(path, CANADA, Deadline(time.monotonic() - 1.0))
    assert answerer.database(path).kept_index is None  # cut by the request's deadline: read again next time
    answerer.ask(path, CANADA)
    index = answerer.database(path).kept_index
    assert index is not None and not index.truncated


# -- values JSON cannot hold (defect 9) -----------------------------------------------------

def test_cells_json_cannot_hold_are_written_as_text():
    assert cell(b"\x00\x01" * 20) == "<blob, 40 bytes: 00010001000100010001000100010001...>"
    assert cell(b"ab") == "<blob, 2 bytes: 6162>"
    assert [cell(float("inf")), cell(float("-inf")), cell(float("nan"))] == ["inf", "-inf", "nan"]
    assert [cell(1), cell(2.5), cell("x"), cell(None)] == [1, 2.5, "x", None]


def test_blob_and_infinite_results_are_answered(server_for):
    path = server_for.db_dir / "odd.sqlite"
    shutil.copy(EXAMPLE_DATABASE, path)
    connection = sqlite3.connect(path)
    with connection:  # blobs stay blobs in a TEXT column; an INTEGER column keeps a float infinity
        connection.execute("UPDATE artist SET Name = ? WHERE Country = 'Canada'", (b"\x89PNG" + bytes(100),))
        connection.execute("UPDATE stage SET Capacity = ? WHERE Stage_ID = 1", (float("inf"),))
    connection.close()
    with server_for() as server:
        status, body = server.call("/api/ask", {"db": "dir:odd.sqlite", "question": CANADA})
        assert status == 200 and body["error"] is None
        assert {row[0] for row in body["rows"]} == {"<blob, 104 bytes: 89504e47000000000000000000000000...>"}
        status, body = server.call("/api/ask", {"db": "dir:odd.sqlite",
                                                "question": "What is the average capacity of the stages?"})
        assert status == 200 and body["rows"] == [["inf"]]


# -- bodies (defect 11) ---------------------------------------------------------------------

@pytest.mark.parametrize("payload, status", [
    (b'{"db": "example:music_festival", "question": "' + b"x" * (64 * 1024) + b'"}', 413),
    (b"[" * 100_000 + b"]" * 100_000, 413),
    (b"[" * 8_000 + b"]" * 8_000, 400),  # under the size limit, deeper than the parser goes
    (b'{"db": 1' + b"0" * 10_000 + b', "question": "x"}', 400),  # 10,000-digit number: Python refuses past 4,300
    (b'{"db": "example:music_festival", "question": "\\ud800 how many"}', 400),  # a lone surrogate
    (b"\xff\xfe not utf-8", 400),
])
def test_hostile_ask_bodies_get_4xx(server_for, payload, status):
    with server_for() as server:
        got, body = server.call("/api/ask", payload, "POST", {"Content-Type": "application/json"})
        assert got == status and "\n" not in body["error"]
        assert server.call("/api/status")[0] == 200  # still up


def test_a_huge_body_is_refused_before_it_is_read(server_for):
    with server_for() as server:
        status, body = server.call("/api/ask", b"{" * 100, "POST",
                                   {"Content-Type": "application/json", "Content-Length": str(200 * 2**20)})
    assert status == 413


# -- methods and messages (defect 12) -------------------------------------------------------

def test_a_wrong_method_gets_a_json_405(server_for):
    with server_for() as server:
        status, body = raw(server, "/api/ask", method="GET")
        assert status == 405 and "not allowed" in body["error"]
        status, body = raw(server, "/api/databases", b"{}", {"Content-Type": "application/json"}, "POST")
        assert status == 405 and "error" in body


def test_messages_name_no_server_path():
    message = "/home/me/dbs/shop.sqlite: not a sqlite database (see /tmp/x/y.log)"
    assert without_paths(message) == "shop.sqlite: not a sqlite database (see y.log)"
    assert without_paths("field 'db': expected an id") == "field 'db': expected an id"


def test_a_damaged_database_is_named_by_its_id(server_for):
    (server_for.db_dir / "broken.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with server_for() as server:
        for status, body in (server.call("/api/schema?db=dir:broken.sqlite"),
                             server.call("/api/ask", {"db": "dir:broken.sqlite", "question": CANADA})):
            assert status == 400 and "dir:broken.sqlite" in body["error"]
            assert str(server_for.db_dir) not in body["error"] and "/" not in body["error"].split(":", 2)[-1]


# -- cross-site requests (defect 5) ---------------------------------------------------------

def test_hosts_and_origins():
    assert host_of("[::1]:8000") == "::1" and host_of("LocalHost:80") == "localhost" and host_of("::1") == "::1"
    assert allowed_hosts("127.0.0.1") == {"127.0.0.1", "localhost", "::1"}
    assert allowed_hosts("192.168.1.5") == {"192.168.1.5"}


@pytest.mark.parametrize("headers, status", [
    ({"Host": "evil.example:8000"}, 403),                      # DNS rebinding: the page's own name
    ({"Origin": "http://evil.example"}, 403),                  # CSRF from another site
    ({"Origin": "null"}, 403),                                 # a sandboxed page or a file:// page
    ({"Origin": "http://127.0.0.1:1"}, 403),                   # another local port is another origin
    ({"Sec-Fetch-Site": "cross-site"}, 403),
    ({"Content-Type": "text/plain"}, 415),                     # what a cross-site form can send
    ({"Content-Type": "application/x-www-form-urlencoded"}, 415),
    ({}, 200),
])
def test_cross_site_asks_are_refused(server_for, headers, status):
    with server_for() as server:
        sent = {"Content-Type": "application/json", **headers}
        body = json.dumps({"db": "example:music_festival", "question": CANADA}).encode()
        got, answer = raw(server, "/api/ask", body, sent)
    assert got == status and (status == 200) == ("sql" in answer)


def test_a_same_origin_ask_with_the_page_headers_is_answered(server_for):
    with server_for() as server:
        host = server.url.split("://", 1)[1]
        headers = {"Content-Type": "application/json", "Origin": server.url, "Sec-Fetch-Site": "same-origin",
                   "Host": host}
        body = json.dumps({"db": "example:music_festival", "question": CANADA}).encode()
        assert raw(server, "/api/ask", body, headers)[0] == 200


def test_uploads_need_an_octet_stream_body(server_for):
    with server_for() as server:
        data = EXAMPLE_DATABASE.read_bytes()
        assert server.call("/api/upload?name=a.sqlite", data, "POST", {"Content-Type": "text/plain"})[0] == 415
        assert server.call("/api/upload?name=a.sqlite", data, "POST")[0] == 200


# -- the rate limit (defect 3) --------------------------------------------------------------

def test_forged_forwarded_addresses_do_not_escape_the_limit(server_for):
    with server_for(requests_per_minute=5) as server:
        statuses = [server.call("/api/databases", headers={"X-Forwarded-For": f"10.0.{i // 256}.{i % 256}"})[0]
                    for i in range(8)]
    assert statuses == [200] * 5 + [429] * 3


def test_the_limiter_forgets_quiet_clients_and_stays_bounded():
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0], max_keys=100)
    assert all(limiter.allow(f"10.0.0.{i}") for i in range(100))
    assert not limiter.allow("10.0.1.1") and len(limiter) == 100  # full: a new address waits
    now[0] = 61.0
    assert limiter.allow("10.0.1.1") and len(limiter) == 1         # the quiet ones are forgotten
