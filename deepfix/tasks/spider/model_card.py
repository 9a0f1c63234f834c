"""A model card for an exported Text-to-SQL model: what it is, how it was made, how well it does.

Written beside the model file (``text2sql.safetensors`` -> ``text2sql.json``) by
``deepfix spider export --card`` from the run directory it was exported from: the config, the
training command and git commit (``run.json``), the data and its licence, and the Spider dev
scores of the exported checkpoint (``eval-dev-beam5/metrics.json`` from ``deepfix spider eval``):
exact match overall and per difficulty, beam size, valid-SQL rate, execution accuracy where
databases were present. Every figure is read from those files; none is written here.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
from pathlib import Path

from deepfix.errors import DeepfixError
from deepfix.files import write_json_atomic

CARD_FORMAT = "deepfix-text2sql-card-1"
DEV_METRICS = Path("eval-dev-beam5") / "metrics.json"
SPIDER = {
    "name": "Spider (Yu et al., EMNLP 2018): train_spider.json for training, dev.json for the scores",
    "url": "https://yale-lily.github.io/spider",
    "licence": "CC BY-SA 4.0",
    "licence_url": "https://creativecommons.org/licenses/by-sa/4.0/",
}
LIMITATIONS = (
    "English questions only, one at a time (no follow-up questions).",
    "Trained on Spider's training databases: questions phrased unlike Spider's, or schemas with cryptic "
    "table/column names, do worse than the dev figures.",
    "Spider's SQL subset only: SELECT with inner JOINs, WHERE, GROUP BY / HAVING, ORDER BY, LIMIT, nested "
    "queries, INTERSECT / UNION / EXCEPT; no outer joins, CASE, window functions, string or date functions.",
    "Literal values are not predicted: they are filled by rules from the question's quoted spans and numbers "
    "and from values stored in the database, so a value the question paraphrases is missed.",
    "The schema is read through table and column names; question and schema share the encoder's token "
    "budget, so a very large schema loses columns (reported, never silent).",
    "Exact match scores the query's structure, not its values, and at these scores many answers are wrong: "
    "read the SQL before trusting the rows.",
    "Queries run read-only, with writes refused and a time limit; it never changes a database.",
)


def card_path(model_file: str | os.PathLike) -> Path:
    """Where the card of ``model_file`` lives: beside it, ``.json`` instead of ``.safetensors``."""
    return Path(model_file).with_suffix(".json")


def _read_json(path: Path, what: str) -> dict:
    if not path.is_file():
        raise DeepfixError(f"{path}: missing ({what})")
    try:
        data = json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DeepfixError(f"{path}: not valid JSON ({error})") from None
    if not isinstance(data, dict):
        raise DeepfixError(f"{path}: expected a JSON object")
    return data


def _field(data: dict, key: str, path: Path):
    if key not in data:
        raise DeepfixError(f"{path}: no field {key!r}")
    return data[key]


def training_command(argv: list[str]) -> str:
    """The recorded command line (``run.json`` argv), with the path of the ``deepfix`` script (or of
    ``deepfix/cli.py``, under ``python -m deepfix.cli``) shortened to ``deepfix``."""
    program = Path(argv[0]) if argv else None
    if program is not None and (program.name == "deepfix" or program.parts[-2:] == ("deepfix", "cli.py")):
        argv = ["deepfix", *argv[1:]]
    return shlex.join(argv)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def evaluation(metrics: dict, path: Path, step: int | None) -> dict:
    """The card's scores from a ``deepfix spider eval`` metrics.json of the exported checkpoint."""
    if _field(metrics, "split", path) != "dev":
        raise DeepfixError(f"{path}: field 'split' is {metrics['split']!r}; the card reports Spider dev scores")
    if _field(metrics, "checkpoint_step", path) != step:
        raise DeepfixError(f"{path}: scores step {metrics['checkpoint_step']}, but the exported model is step "
                           f"{step}; evaluate the run directory again")
    per_difficulty = {level: {"n": _field(scores, "n", path), "exact_match": _field(scores, "exact_match", path)}
                      for level, scores in _field(metrics, "per_difficulty", path).items()}
    return {
        "split": "dev",
        "n": _field(metrics, "n", path),
        "beam_size": _field(metrics, "beam_size", path),
        "exact_match": _field(metrics, "exact_match", path),
        "per_difficulty": per_difficulty,
        "valid_sql": _field(metrics, "valid_sql", path),
        "execution": metrics.get("execution"),
        "execution_n": metrics.get("execution_n", 0),
        "pick": metrics.get("pick"),
        "from_clause": metrics.get("from_clause"),
        **({"semantic_partial": metrics["semantic_partial"]} if metrics.get("semantic_partial") is not None else {}),
        "values": metrics.get("values"),
        "command": metrics.get("command"),
    }


def model_card(run_dir: str | os.PathLike, config, step: int | None,
               metrics_file: str | os.PathLike | None = None, weights: str = "final") -> dict:
    """The card of a model exported at ``step`` from ``run_dir`` with ``config`` (a SpiderConfig).

    ``weights``: which of the checkpoint's weights are exported (``final`` or ``ema``); the dev
    scores must be of the same ones.

    Checks everything it reads (one-line errors naming the file and field), so an export can call
    it before writing anything; :func:`write_model_card` adds the model file's name and hash.
    """
    from deepfix.models.encoders import DEFAULT_ENCODER_PACKAGE

    from deepfix.tasks.spider.text2sql import config_to_dict

    run_dir = Path(run_dir)
    metrics_path = Path(metrics_file) if metrics_file is not None else run_dir / DEV_METRICS
    run_path = run_dir / "run.json"
    run = _read_json(run_path, "not a 'deepfix spider train' run directory")
    metrics = _read_json(metrics_path, f"score the run first: deepfix spider eval --checkpoint {run_dir} "
                                       "--beam-size 5")
    scored = metrics.get("weights", "final") if isinstance(metrics, dict) else "final"
    if scored != weights:
        raise DeepfixError(f"{metrics_path}, field 'weights': the scores are of the {scored} weights, "
                           f"but the {weights} weights are exported")
    partial = metrics.get("semantic_partial") if isinstance(metrics, dict) else None
    if partial != config.data.semantic_partial:
        raise DeepfixError(f"{metrics_path}, field 'semantic_partial': the scores are with {partial}, the model "
                           f"file uses {config.data.semantic_partial}")
    return {
        "weights": weights,
        "format": CARD_FORMAT,
        "checkpoint_step": step,
        "encoder": config.data.encoder or f"default: all-MiniLM-L6-v2 from the {DEFAULT_ENCODER_PACKAGE} package",
        "config": config_to_dict(config),
        "training": {
            "command": training_command(_field(run, "argv", run_path)),
            "git_commit": _field(run, "git_commit", run_path),
            "git_dirty": run.get("git_dirty"),
            "deepfix_version": run.get("deepfix_version"),
            "torch": run.get("torch"),
            "started_at": run.get("started_at"),
        },
        "data": SPIDER,
        "evaluation": evaluation(metrics, metrics_path, step),
        "limitations": list(LIMITATIONS),
    }


def write_model_card(model_file: str | os.PathLike, card: dict) -> Path:
    """Write ``card`` (from :func:`model_card`) beside ``model_file``, naming and hashing it; return its path."""
    model_file = Path(model_file)
    path = card_path(model_file)
    write_json_atomic(path, {"format": card["format"], "model_file": model_file.name,
                             "model_sha256": _sha256(model_file), **card})
    return path
