"""A real `deepfix serve` process on 127.0.0.1 (random port), replaying every hostile case of the
hardening probe and fuzzing the two POST bodies: each answer is a correct 200 or a 4xx with a
one-line JSON error -- never a 5xx, a traceback or a server path; the server stays up; the
database files are unchanged; the uploads folder is gone after shutdown."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE
from tests.helpers.fixture_model import fixture_model_file

INJECTION = "List the names of artists from \u201cx' \" UNION SELECT name FROM sqlite_master --\u201d."
CANADA = "List the names of artists from Canada."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LiveServer:
    """``deepfix serve`` in a child process, its stderr kept, stopped with SIGINT."""

    def __init__(self, root: Path, model: Path, *flags: str):
        self.root, self.port = root, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.temp = root / "tmp"
        self.temp.mkdir(exist_ok=True)
        self.log = open(root / f"server-{self.port}.log", "w+")
        env = {**os.environ, "TMPDIR": str(self.temp), "OMP_NUM_THREADS": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "deepfix.cli", "serve", "--checkpoint", str(model), "--port", str(self.port),
             *flags], stdout=self.log, stderr=subprocess.STDOUT, env=env, cwd=root)
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(self.url + "/api/status", timeout=2).close()
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("deepfix serve did not start:\n" + self.output())
                time.sleep(0.2)

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")

    def call(self, path: str, body: bytes | None = None, headers: dict | None = None,
             method: str | None = None) -> tuple[int, str]:
        request = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def ask(self, db: str, question, headers: dict | None = None) -> tuple[int, dict]:
        body = json.dumps({"db": db, "question": question}).encode()
        status, text = self.call("/api/ask", body, {"Content-Type": "application/json", **(headers or {})})
        return status, json.loads(text)

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(30)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            self.log.close()


def checked(root: Path, status: int, text: str) -> dict:
    """The answer's JSON after the checks every answer must pass."""
    assert status < 500, text
    assert "Traceback" not in text and str(root) not in text and "/tmp/" not in text, text
    body = json.loads(text)
    if status >= 400:
        assert set(body) == {"error"} and "\n" not in body["error"], text
    return body


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A folder of databases (example copy, a 500-table one, blobs, a symlink loop), runs with a
    config.yaml linked out of the runs folder, results, and a server over them."""
    root = tmp_path_factory.mktemp("live")
    model = fixture_model_file(root)
    dbs, runs, results, outside = (root / n for n in ("dbs", "runs", "results", "outside"))
    for folder in (dbs, runs / "run_a", results, outside):
        folder.mkdir(parents=True)
    shutil.copy(EXAMPLE_DATABASE, dbs / "festival.sqlite")
    wide = sqlite3.connect(dbs / "wide.sqlite")
    with wide:
        for t in range(500):
            wide.execute(f"CREATE TABLE table_{t} (id INTEGER PRIMARY KEY, name TEXT, value REAL, note TEXT)")
    wide.close()
    (outside / "secret.yaml").write_text("password: hunter2\n")
    (runs / "run_a" / "metrics.jsonl").write_text('{"event": "train", "step": 1, "loss": 1.0}\n')
    (runs / "run_a" / "config.yaml").symlink_to(outside / "secret.yaml")
    (dbs / "loop").symlink_to(dbs / "loop")
    (dbs / "up").symlink_to(dbs)
    hashes = {p: md5(p) for p in dbs.glob("*.sqlite")}
    server = LiveServer(root, model, "--db-dir", str(dbs), "--runs", str(runs), "--results", str(results),
                        "--requests-per-minute", "100000")
    yield server
    assert server.process.poll() is None, "the server died:\n" + server.output()
    assert server.stop() == 0, server.output()
    assert {p: md5(p) for p in dbs.glob("*.sqlite")} == hashes  # nothing written
    assert not [p for p in server.temp.iterdir() if p.name.startswith("deepfix-uploads-")], "uploads left behind"


def test_injection_through_a_quoted_value_reads_nothing_else(site):
    status, body = site.ask("dir:festival.sqlite", INJECTION)
    body = checked(site.root, status, json.dumps(body))
    assert status == 200 and "sqlite_master" not in {str(row[0]) for row in body["rows"]}
    assert body["rows"] == [] and "UNION SELECT" in body["sql"]  # the whole text is one literal, matching no row


def test_databases_list_despite_symlink_loops(site):
    status, text = site.call("/api/databases")
    ids = [d["id"] for d in checked(site.root, status, text)["databases"]]
    assert status == 200 and "dir:festival.sqlite" in ids
    status, text = site.call("/api/schema?db=dir:festival.sqlite")
    assert status == 200 and checked(site.root, status, text)["tables"]


def test_a_run_file_linked_outside_is_not_served(site):
    status, text = site.call("/api/run?id=run_a")
    checked(site.root, status, text)
    assert "hunter2" not in text


def test_a_schema_too_wide_for_the_encoder_is_a_one_line_4xx(site):
    status, body = site.ask("dir:wide.sqlite", "How many tables are there?")
    body = checked(site.root, status, json.dumps(body))
    assert 400 <= status < 500 and "tokens" in body["error"]


@pytest.mark.parametrize("question", ["\ud800 how many artists", "artists\x00 from Canada", "x" * 301])
def test_invalid_questions_are_400(site, question):
    status, body = site.ask("example:music_festival", question)
    checked(site.root, status, json.dumps(body))
    assert status == 400


@pytest.mark.parametrize("headers, status", [
    ({"Host": "rebind.example:80"}, 403), ({"Origin": "http://evil.example"}, 403),
    ({"Content-Type": "text/plain"}, 415), ({"X-Forwarded-For": "1.2.3.4"}, 200),
])
def test_cross_site_and_forged_headers(site, headers, status):
    got, body = site.ask("example:music_festival", CANADA, headers)
    checked(site.root, got, json.dumps(body))
    assert got == status


def test_bodies_methods_and_status(site):
    for body, headers, expected in (
            (b"[" * 100_000 + b"]" * 100_000, {"Content-Type": "application/json"}, 413),
            (b"[" * 5_000 + b"]" * 5_000, {"Content-Type": "application/json"}, 400),
            (b'{"db": 1' + b"9" * 5_000 + b"}", {"Content-Type": "application/json"}, 400)):
        got, text = site.call("/api/ask", body, headers)
        checked(site.root, got, text)
        assert got == expected
    got, text = site.call("/api/ask", method="GET")
    assert got == 405 and checked(site.root, got, text)["error"]
    got, text = site.call("/api/status")
    assert got == 200 and str(site.root) not in text and '"path"' not in text


def test_an_upload_name_cannot_forge_a_log_line(site):
    from urllib.parse import quote

    name = quote("x.sqlite\n2026-01-01 deepfix.serve INFO forged\r")
    got, text = site.call(f"/api/upload?name={name}", b"not sqlite", {"Content-Type": "application/octet-stream"})
    checked(site.root, got, text)
    assert got == 400
    time.sleep(0.2)
    assert not any(line.startswith("2026-01-01 deepfix.serve INFO forged") for line in site.output().splitlines())


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                       max_size=4), max_leaves=12)
ASK_BODIES = st.one_of(
    st.binary(max_size=300),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"db": st.sampled_from(["example:music_festival", "dir:festival.sqlite", "dir:../x", ""])
                           | st.text(max_size=20), "question": st.text(max_size=120)}).map(lambda v: json.dumps(v).encode()),
)


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(body=ASK_BODIES)
def test_fuzz_ask_bodies(site, body):
    status, text = site.call("/api/ask", body, {"Content-Type": "application/json"})
    checked(site.root, status, text)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(body=st.one_of(st.binary(max_size=2000), st.binary(max_size=2000).map(lambda b: b"SQLite format 3\x00" + b)),
       name=st.text(max_size=30))
def test_fuzz_upload_bodies(site, body, name):
    from urllib.parse import quote

    status, text = site.call(f"/api/upload?name={quote(name)}", body, {"Content-Type": "application/octet-stream"})
    checked(site.root, status, text)
    assert status == 400  # none of these is a whole sqlite database


def test_forged_forwarded_addresses_share_one_limit(tmp_path):
    server = LiveServer(tmp_path, fixture_model_file(tmp_path), "--requests-per-minute", "5")
    try:
        statuses = [server.call("/api/databases", headers={"X-Forwarded-For": f"10.1.0.{i}"})[0] for i in range(8)]
    finally:
        assert server.stop() == 0
    assert statuses == [200] * 4 + [429] * 4  # the start-up check took one of the five
