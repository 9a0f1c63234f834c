"""`deepfix serve`'s catalogs against a hostile file tree: links out of a root, link loops, huge
trees, request names with control characters, server paths in messages, upload clean-up."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from deepfix.errors import DeepfixError
from deepfix.serve import databases as databases_module
from deepfix.serve.app import create_app
from deepfix.serve.background import BackgroundServer
from deepfix.serve.databases import DatabaseCatalog, schema_view
from deepfix.serve.limits import Limits
from deepfix.serve.runs import RunCatalog, read_run
from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE

SECRET = "SECRET-outside-the-root"
PNG = b"\x89PNG\r\n\x1a\n"


def write_run(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "config.yaml").write_text("train:\n  lr: 0.001\n")
    (folder / "summary.json").write_text(json.dumps({"exact_match": 0.5}))
    (folder / "metrics.jsonl").write_text(json.dumps({"event": "train", "step": 1, "loss": 1.0}) + "\n")
    return folder


@pytest.fixture
def tree(tmp_path):
    """dbs/ (one good database), runs/run_a, results/study/depth.png, and outside/ holding a file of
    each kind that holds SECRET."""
    tree = {name: tmp_path / name for name in ("dbs", "runs", "results", "outside", "uploads")}
    for name in ("dbs", "results", "outside"):
        tree[name].mkdir()
    shutil.copy(EXAMPLE_DATABASE, tree["dbs"] / "ok.sqlite")
    write_run(tree["runs"] / "run_a")
    (tree["results"] / "study").mkdir()
    (tree["results"] / "study" / "depth.png").write_bytes(PNG)
    outside = tree["outside"]
    (outside / "config.yaml").write_text(f"secret: {SECRET}\n")
    (outside / "summary.json").write_text(json.dumps({"secret": SECRET}))
    (outside / "metrics.jsonl").write_text(json.dumps({"event": "eval", "step": 1, SECRET: 1.0}) + "\n")
    (outside / "secret.png").write_bytes(PNG + SECRET.encode())
    (outside / "pics").mkdir()
    (outside / "pics" / "inner.png").write_bytes(PNG + SECRET.encode())
    shutil.copy(EXAMPLE_DATABASE, outside / "pics" / "secret.sqlite")
    return tree


class FakeAnswer:
    sql, seconds = "SELECT 1", 0.0

    def as_dict(self):
        return {"sql": self.sql}


class FakeAnswerer:
    def ask(self, path, question, deadline=None):
        return FakeAnswer()


def catalogs(tree):
    limits = Limits(requests_per_minute=1000)
    return (DatabaseCatalog(EXAMPLE_DATABASE, tree["dbs"], tree["uploads"], limits),
            RunCatalog(tree["runs"], tree["results"]), limits)


def serve(tree):
    databases, runs, limits = catalogs(tree)
    return BackgroundServer(create_app(FakeAnswerer(), databases, runs, limits, {"name": "tiny"}))


# -- 1. nothing outside a root is read ---------------------------------------------------------

@pytest.mark.parametrize("name", ["config.yaml", "summary.json", "metrics.jsonl"])
def test_a_run_file_linked_out_of_the_run_is_never_read(tree, name):
    run = tree["runs"] / "run_a"
    (run / name).unlink()
    (run / name).symlink_to(tree["outside"] / name)
    with serve(tree) as server:
        status, body = server.call("/api/run?id=run_a")
        listed = [r["id"] for r in server.call("/api/runs")[1]["runs"]]
    assert SECRET not in json.dumps(body)
    if name == "metrics.jsonl":  # a run without its own metrics is no run
        assert status == 400 and "not one of the listed runs" in body["error"] and listed == []
        with pytest.raises(DeepfixError, match="no metrics.jsonl"):
            read_run(run)
    else:
        assert status == 200 and listed == ["run_a"]
        assert body["config" if name == "config.yaml" else "summary"] in ("", None)
        direct = read_run(run)
        assert SECRET not in json.dumps(direct) and direct["train"][0]["loss"] == 1.0


def test_a_run_folder_link_does_not_list_a_run_twice_or_from_outside(tree):
    write_run(tree["outside"] / "elsewhere")
    (tree["runs"] / "escape").symlink_to(tree["outside"] / "elsewhere")
    (tree["runs"] / "alias").symlink_to(tree["runs"])  # runs/alias/run_a is runs/run_a again
    runs = RunCatalog(tree["runs"], None)
    assert [r["id"] for r in runs.list()] == ["run_a"]
    with pytest.raises(DeepfixError, match="not one of the listed runs"):
        runs.path("alias/run_a")


def test_a_plot_linked_out_of_results_is_not_served(tree):
    """(Held before too, by the listing's resolve check; kept as a guard of the rewritten walk.)"""
    (tree["results"] / "study" / "leak.png").symlink_to(tree["outside"] / "secret.png")
    (tree["results"] / "linked").symlink_to(tree["outside"] / "pics")
    runs = RunCatalog(None, tree["results"])
    assert runs.plots() == ["study/depth.png"]
    with serve(tree) as server:
        for plot_id in ("study/leak.png", "linked/inner.png"):
            status, body = server.call(f"/api/plot?id={plot_id}")
            assert status == 400 and SECRET not in json.dumps(body)
            with pytest.raises(DeepfixError, match="not one of the listed plots"):
                runs.plot(plot_id)


def test_a_link_swapped_in_after_the_check_is_not_followed(tree, monkeypatch):
    """The race: a plot (or run file) checked, then replaced by a link out before it is opened."""
    real_resolve = databases_module.resolve_inside
    target = tree["results"] / "study" / "depth.png"

    def resolve_then_swap(path, root):
        real = real_resolve(path, root)
        if real == target:
            target.unlink()
            target.symlink_to(tree["outside"] / "secret.png")
        return real

    monkeypatch.setattr(databases_module, "resolve_inside", resolve_then_swap)
    assert databases_module.open_inside(target, tree["results"]) is None
    runs = RunCatalog(None, tree["results"])
    target.unlink()
    target.write_bytes(PNG)
    with pytest.raises(DeepfixError, match="not one of the listed plots"):
        runs.plot_bytes("study/depth.png")


def test_plot_bytes_reads_a_listed_plot(tree):
    assert RunCatalog(None, tree["results"]).plot_bytes("study/depth.png") == PNG


def test_a_database_in_a_linked_folder_is_not_listed_or_asked(tree):
    """(Held before too; kept as a guard of the rewritten walk.)"""
    (tree["dbs"] / "linked").symlink_to(tree["outside"] / "pics")
    (tree["dbs"] / "direct.sqlite").symlink_to(tree["outside"] / "pics" / "secret.sqlite")
    databases, _runs, _limits = catalogs(tree)
    assert [d.id for d in databases.list()] == ["example:music_festival", "dir:ok.sqlite"]
    with serve(tree) as server:
        for database_id in ("dir:linked/secret.sqlite", "dir:direct.sqlite"):
            status, body = server.call(f"/api/schema?db={database_id}")
            assert status == 400 and "not one of the listed databases" in body["error"]


def test_a_link_in_the_upload_folder_is_not_an_upload(tree):
    databases, _runs, _limits = catalogs(tree)
    (tree["uploads"] / "0123456789ab-planted.sqlite").symlink_to(tree["outside"] / "pics" / "secret.sqlite")
    assert [d.id for d in databases.list() if d.source == "upload"] == []
    with pytest.raises(DeepfixError, match="not one of the listed databases"):
        databases.get("upload:0123456789ab-planted")


# -- 2. link loops, dangling links, huge trees ------------------------------------------------

def plant_loops(root: Path, suffix: str) -> None:
    (root / "loop").symlink_to("loop")
    (root / f"loop{suffix}").symlink_to(f"loop{suffix}")
    (root / "a").symlink_to(root)
    (root / f"gone{suffix}").symlink_to(root / "nowhere")


def test_link_loops_and_dangling_links_leave_every_listing_working(tree):
    for name, suffix in (("dbs", ".sqlite"), ("runs", ".jsonl"), ("results", ".png")):
        plant_loops(tree[name], suffix)
    plant_loops(tree["runs"] / "run_a", ".yaml")
    with serve(tree) as server:
        status, body = server.call("/api/databases")
        assert status == 200 and [d["id"] for d in body["databases"]] == ["example:music_festival", "dir:ok.sqlite"]
        status, body = server.call("/api/schema?db=dir:ok.sqlite")
        assert status == 200 and body["tables"]
        status, body = server.call("/api/ask", {"db": "dir:ok.sqlite", "question": "How many artists are there?"})
        assert status == 200 and body["sql"] == "SELECT 1"
        status, body = server.call("/api/runs")
        assert status == 200 and [r["id"] for r in body["runs"]] == ["run_a"]
        assert body["plots"] == ["study/depth.png"]
        status, body = server.call("/api/run?id=run_a")
        assert status == 200 and body["config"].startswith("train:")


def test_the_walk_is_bounded_in_depth_and_entries(tree, monkeypatch):
    deep = tree["dbs"].joinpath(*[f"d{i}" for i in range(12)])
    deep.mkdir(parents=True)
    shutil.copy(EXAMPLE_DATABASE, deep / "deep.sqlite")
    databases, _runs, _limits = catalogs(tree)
    assert [d.id for d in databases.list() if d.source == "dir"] == ["dir:ok.sqlite"]
    wide = tree["dbs"] / "wide"
    wide.mkdir()
    for i in range(200):
        (wide / f"f{i:03d}.txt").touch()
    monkeypatch.setattr(databases_module, "WALK_ENTRIES", 50)
    seen = list(databases_module.walk(tree["dbs"]))
    assert 0 < len(seen) <= 50


# -- 3. clean-up and messages -----------------------------------------------------------------

def serve_args(tmp_path):
    from deepfix.cli import build_parser

    return build_parser().parse_args(["serve", "--checkpoint", str(tmp_path / "model.safetensors"),
                                      "--runs", str(tmp_path / "runs"), "--results", str(tmp_path / "results")])


@pytest.fixture
def fake_server(tmp_path, tree, monkeypatch):
    """`deepfix serve`'s run() with no model and uvicorn.run replaced; temp folders go to tmp/."""
    import tempfile

    import uvicorn

    from deepfix.tasks.spider import answer

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setattr(answer, "Answerer", lambda *args, **kwargs: FakeAnswerer())
    calls = []

    def install(behaviour):
        def fake_run(app, **kwargs):
            upload_dirs = list(temp.glob("deepfix-uploads-*"))
            assert len(upload_dirs) == 1
            (upload_dirs[0] / "abc-kept.sqlite").write_bytes(EXAMPLE_DATABASE.read_bytes())
            calls.append(app)
            behaviour()
        monkeypatch.setattr(uvicorn, "run", fake_run)

    return {"install": install, "temp": temp, "calls": calls}


def test_the_upload_folder_is_removed_when_the_server_stops(tmp_path, fake_server):
    from deepfix.commands.serve import run

    fake_server["install"](lambda: None)  # uvicorn.run returns after a graceful shutdown
    assert run(serve_args(tmp_path)) == 0
    assert len(fake_server["calls"]) == 1 and list(fake_server["temp"].iterdir()) == []


def test_the_upload_folder_is_removed_when_the_server_fails(tmp_path, fake_server):
    from deepfix.commands.serve import run

    def fail():
        raise OSError("address already in use")

    fake_server["install"](fail)
    with pytest.raises(OSError, match="address already in use"):
        run(serve_args(tmp_path))
    assert list(fake_server["temp"].iterdir()) == []


def test_the_upload_folder_is_removed_on_sigterm(tmp_path, fake_server):
    """uvicorn shuts down on SIGTERM, then raises it again under the handler it found."""
    from deepfix.commands.serve import run

    def terminated():
        if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
            pytest.fail("SIGTERM would end the process here, before any clean-up")
        signal.raise_signal(signal.SIGTERM)

    before = signal.getsignal(signal.SIGTERM)
    fake_server["install"](terminated)
    with pytest.raises(SystemExit) as exit_info:
        run(serve_args(tmp_path))
    assert exit_info.value.code == 128 + signal.SIGTERM
    assert list(fake_server["temp"].iterdir()) == [] and signal.getsignal(signal.SIGTERM) == before


@pytest.mark.parametrize("data, reason", [(b"not a database", "not a sqlite database"),
                                          (b"SQLite format 3\x00" + b"\xff" * 4000, "cannot read the schema"),
                                          (b"x" * 9000, "larger than")])
def test_an_upload_name_cannot_forge_a_line(tree, data, reason):
    databases = DatabaseCatalog(None, None, tree["uploads"], Limits(upload_bytes=8192))
    name = "evil\nINFO deepfix.serve forged line\r\x1b[2J\u2028" + "x" * 200 + ".sqlite"
    with pytest.raises(DeepfixError) as error:
        databases.add_upload(data, name)
    message = str(error.value)
    assert message.startswith("evil?INFO deepfix.serve forged line??[2J?xxx") and reason in message
    assert message.isprintable() and len(message) < 200 and str(tree["uploads"]) not in message


def test_display_name_keeps_printable_characters_and_caps_the_length():
    from deepfix.serve.databases import display_name

    assert display_name("shop.sqlite") == "shop.sqlite"
    assert display_name("a\nb\rc\td\x00") == "a?b?c?d?"
    assert display_name("é" * 100) == "é" * 80 + "..."


def test_model_info_names_the_model_without_its_path(tmp_path):
    from deepfix.commands.serve import model_info

    info = model_info(tmp_path / "models" / "text2sql.safetensors")
    assert info["name"] == "text2sql.safetensors" and str(tmp_path) not in json.dumps(info)


def test_errors_while_serving_name_ids_not_server_paths(tree):
    broken = tree["dbs"] / "broken.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    empty = tree["dbs"] / "empty.sqlite"
    sqlite3.connect(empty).close()
    os.remove(tree["runs"] / "run_a" / "summary.json")
    databases, runs, _limits = catalogs(tree)
    messages = []
    for call in (lambda: databases.get("dir:nowhere.sqlite"),
                 lambda: databases.add_upload(broken.read_bytes(), "broken.sqlite"),
                 lambda: schema_view(databases.get("dir:broken.sqlite")),
                 lambda: schema_view(databases.get("dir:broken.sqlite").path),
                 lambda: schema_view(databases.get("dir:empty.sqlite").path),
                 lambda: runs.path("nowhere"), lambda: runs.plot("nowhere.png"),
                 lambda: read_run(tree["runs"] / "nowhere")):
        with pytest.raises(DeepfixError) as error:
            call()
        messages.append(str(error.value))
    with serve(tree) as server:
        for path in ("/api/schema?db=dir:broken.sqlite", "/api/schema?db=dir:empty.sqlite", "/api/run?id=nowhere"):
            status, body = server.call(path)
            assert status == 400
            messages.append(body["error"])
    assert messages[2].startswith("database dir:broken.sqlite: ")
    assert messages[3].startswith("broken.sqlite: ") and messages[4] == "empty.sqlite: not a sqlite database"
    for message in messages:
        assert str(tree["dbs"].parent) not in message and "\n" not in message, message
