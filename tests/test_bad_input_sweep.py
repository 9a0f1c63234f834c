"""Bad input, every command: one line on stderr naming the file or field, exit 2, no traceback, no output.

Each case runs ``deepfix.cli.main`` in-process on one malformed input (missing, unreadable,
non-UTF-8 or truncated files, a directory or a non-sqlite file where a file or database is
expected, empty and 100 kB questions, unknown keys and wrong types in configs, a run of the other
task) and checks what a user sees. The README's "Bad input" table lists the same cases.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deepfix.cli import main

ROOT = Path(__file__).resolve().parents[1]
SPIDER = ROOT / "tests" / "fixtures" / "spider"
MC_DATA = ROOT / "tests" / "fixtures" / "mc" / "tiny.jsonl"
SHIPPED = ROOT / "deepfix" / "data" / "models" / "text2sql.safetensors"


@pytest.fixture
def bad(tmp_path):
    """Malformed inputs of every kind, under tmp_path."""
    files = {
        "bad.json": b"{not json",
        "latin.yaml": b"\xff\xfetrain: {}\n",
        "truncated.yaml": b"train:\n  max_steps: [1,\n",
        "unknown.yaml": b"train:\n  max_stepz: 3\n",
        "wrongtype.yaml": b"train:\n  max_steps: many\n",
        "fake.sqlite": b"hello, not a database",
        "bad.jsonl": b'{"id": 1, "text": "x"\n',
        "empty.sql": b"",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "a_dir").mkdir()
    broken = tmp_path / "spider_broken"
    broken.mkdir()
    (broken / "tables.json").write_text("[{")
    shutil.copy(SPIDER / "dev.json", broken / "dev.json")
    shutil.copy(SPIDER / "dev.json", broken / "train_spider.json")
    for name, config in (("spider_run", ROOT / "configs" / "spider_cpu.yaml"), ("mc_run", ROOT / "configs" / "mc_logiqa.yaml")):
        run = tmp_path / name
        (run / "checkpoints").mkdir(parents=True)
        shutil.copy(config, run / "config.yaml")
    return tmp_path


def cases(t: Path) -> list[tuple[str, list[str], str, list[Path]]]:
    """(name, argv, text the error line must contain, paths that must not exist afterwards)."""
    out = t / "out"
    return [
        ("spider prepare: data dir missing", ["spider", "prepare", "--data", str(t / "nope")], "nope", []),
        ("spider prepare: tables.json truncated", ["spider", "prepare", "--data", str(t / "spider_broken")], "tables.json", []),
        ("spider cache: tables.json truncated", ["spider", "cache", "--data", str(t / "spider_broken")], "tables.json", []),
        ("spider train: config missing", ["spider", "train", "--config", str(t / "nope.yaml"), "--run-dir", str(out)], "nope.yaml", [out]),
        ("spider train: config is a directory", ["spider", "train", "--config", str(t / "a_dir"), "--run-dir", str(out)], "a_dir", [out]),
        ("spider train: config not UTF-8", ["spider", "train", "--config", str(t / "latin.yaml"), "--run-dir", str(out)], "UTF-8", [out]),
        ("spider train: config truncated", ["spider", "train", "--config", str(t / "truncated.yaml"), "--run-dir", str(out)], "truncated.yaml", [out]),
        ("spider train: unknown key", ["spider", "train", "--config", str(t / "unknown.yaml"), "--run-dir", str(out)], "train.max_stepz", [out]),
        ("spider train: wrong type", ["spider", "train", "--config", str(t / "wrongtype.yaml"), "--run-dir", str(out)], "train.max_steps", [out]),
        ("spider train: wrong type in --set", ["spider", "train", "--config", str(ROOT / "configs" / "spider_cpu.yaml"),
                                               "--run-dir", str(out), "--set", "model.stack.num_layers=deep"], "model.stack.num_layers", [out]),
        ("spider eval: checkpoint missing", ["spider", "eval", "--checkpoint", str(t / "nope"), "--out", str(out)], "nope", [out]),
        ("spider eval: not a checkpoint file", ["spider", "eval", "--checkpoint", str(t / "bad.json"), "--out", str(out)], "bad.json", [out]),
        ("spider eval: a run of mc", ["spider", "eval", "--checkpoint", str(t / "mc_run"), "--out", str(out)], "deepfix mc train", [out]),
        ("spider export: a run of mc", ["spider", "export", "--checkpoint", str(t / "mc_run"), "--out", str(out)], "deepfix mc train", [out]),
        ("spider score: predictions missing", ["spider", "score", "--pred", str(t / "nope.sql"), "--data", str(SPIDER),
                                               "--out", str(out)], "nope.sql", [out]),
        ("spider score: tables.json truncated", ["spider", "score", "--pred", str(t / "empty.sql"), "--data", str(t / "spider_broken"),
                                                 "--out", str(out)], "tables.json", [out]),
        ("spider ask: database not sqlite", ["spider", "ask", "--db", str(t / "fake.sqlite"), "How many?"], "fake.sqlite", []),
        ("spider ask: database is a directory", ["spider", "ask", "--db", str(t / "a_dir"), "How many?"], "a_dir", []),
        ("spider ask: empty question", ["spider", "ask", "--example", "   "], "empty", []),
        ("spider ask: 100 kB question", ["spider", "ask", "--example", "x" * 100_000], "100000 characters", []),
        ("spider ask: checkpoint of mc", ["spider", "ask", "--example", "--checkpoint", str(t / "mc_run"), "How many?"],
         "deepfix mc train", []),
        ("mc train: data bad JSON", ["mc", "train", "--config", str(ROOT / "configs" / "mc_logiqa.yaml"), "--data", str(t / "bad.jsonl"),
                                     "--run-dir", str(out)], "bad.jsonl", [out]),
        ("mc train: data is a directory", ["mc", "train", "--config", str(ROOT / "configs" / "mc_logiqa.yaml"), "--data", str(t / "a_dir"),
                                           "--run-dir", str(out)], "a_dir", [out]),
        ("mc train: unknown key", ["mc", "train", "--config", str(t / "unknown.yaml"), "--data", str(MC_DATA), "--run-dir", str(out)],
         "train.max_stepz", [out]),
        ("mc eval: a run of spider", ["mc", "eval", "--checkpoint", str(t / "spider_run"), "--data", str(MC_DATA)], "deepfix spider train", []),
        ("mc eval: the shipped Text-to-SQL file", ["mc", "eval", "--checkpoint", str(SHIPPED), "--data", str(MC_DATA)], "not a run of 'deepfix mc train'", []),
        ("mc predict: checkpoint missing", ["mc", "predict", "--checkpoint", str(t / "nope"), "--data", str(MC_DATA),
                                            "--out", str(out)], "nope", [out]),
        ("lab linear: unknown setting", ["lab", "linear", "--setting", "cauchy-n3", "--out", str(out)], "cauchy-n3", [out]),
        ("plot: not a run directory", ["plot", str(t / "a_dir"), "--out", str(t / "x.png")], "a_dir", [t / "x.png"]),
        ("plot: run missing", ["plot", str(t / "nope"), "--out", str(t / "x.png")], "nope", [t / "x.png"]),
        ("demo: unknown key", ["demo", "--run-dir", str(out), "train.max_stepz=3"], "train.max_stepz", [out]),
        ("demo: wrong type", ["demo", "--run-dir", str(out), "train.lr=fast"], "train.lr", [out]),
        ("serve: checkpoint missing", ["serve", "--checkpoint", str(t / "nope")], "nope", []),
    ]


def test_every_command_answers_bad_input_with_one_line(bad, capsys):
    failures = []
    for name, argv, expected, absent in cases(bad):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse
            code = exit_.code
        captured = capsys.readouterr()
        lines = [line for line in captured.err.splitlines() if line.strip() and not line.startswith("deepfix: notice")]
        problems = []
        if code != 2:
            problems.append(f"exit {code}")
        if len(lines) != 1 or not lines[0].startswith("deepfix: error: "):
            problems.append(f"stderr {lines!r}")
        elif expected not in lines[0]:
            problems.append(f"{expected!r} not named in {lines[0]!r}")
        if "Traceback" in captured.err + captured.out:
            problems.append("traceback")
        problems += [f"{path} written" for path in absent if path.exists()]
        if problems:
            failures.append(f"{name}: {'; '.join(problems)}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("argv", [
    ["spider", "ask", "--example", "\udcff\udcfe how many"],  # bytes ff fe on the command line
    ["spider", "ask", "--example", "How many \ud800 artists?"],
    ["spider", "ask", "--example", "How many\x00 artists?"],
    ["plot", "some_run", "--out", "x.png", "--title", "curves \udcff"],
    ["plot", "some_run", "--out", "x.png", "--labels", "\udcff"],
], ids=["ask-undecodable-bytes", "ask-lone-surrogate", "ask-nul", "plot-title", "plot-label"])
def test_text_that_is_not_valid_unicode_is_one_line_error(argv, capsys, tmp_path, monkeypatch):
    """Invalid UTF-8 in an argument (surrogates, in Python) reached the tokenizer or the font
    renderer and gave a traceback."""
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("deepfix: error: ")
    assert "not valid text" in lines[0] and "U+" in lines[0]
    assert "Traceback" not in captured.err + captured.out
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("question", ["\ud800", "How many\udcff?", "a\x07b"])
def test_question_words_refuses_text_that_is_not_valid_unicode(question):
    from deepfix.errors import DeepfixError
    from deepfix.tasks.spider.answer import question_words

    with pytest.raises(DeepfixError, match=r"the question is not valid text: .* at position \d+ \(U\+[0-9A-F]{4}\)"):
        question_words(question)


def test_question_words_keeps_tabs_newlines_and_unicode():
    from deepfix.tasks.spider.answer import question_words

    assert question_words("How many\tsingers\r\nare from “Zürich” 😀?")[:3] == ["How", "many", "singers"]
