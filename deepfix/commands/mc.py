"""``deepfix mc train|eval|predict|study``: multiple-choice reasoning (ReClor / LogiQA 2.0)."""

from __future__ import annotations

import dataclasses
import json
import os
import shlex
import time
from pathlib import Path

from deepfix.errors import DeepfixError
from deepfix.train.config import add_config_arguments
from deepfix.files import write_text_atomic

def register(subparsers) -> None:
    parser = subparsers.add_parser("mc", help="multiple-choice reasoning (ReClor / LogiQA 2.0)",
                                   description=__doc__.splitlines()[0])
    parser.set_defaults(func=lambda args: parser.print_help() or 2)
    sub = parser.add_subparsers(dest="mc_command", metavar="COMMAND")

    train = sub.add_parser("train", help="train a model (writes RUN_DIR/{config.yaml, checkpoints/, summary.json, ...})")
    add_config_arguments(train)  # --config FILE, --resume, trailing KEY=VALUE overrides
    train.add_argument("--data", help="training file (.json ReClor layout or .jsonl); else data.path, "
                       "else $DEEPFIX_MC_DATA")
    train.add_argument("--run-dir", help="overrides train.run_dir")
    train.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                       help="one more override, e.g. --set model.stack.num_layers=12 (repeatable)")
    train.set_defaults(func=run_train)

    for name, helptext in (("eval", "accuracy of a trained model on a labelled file -> metrics.json"),
                           ("predict", "predicted option and per-option probabilities -> preds.jsonl")):
        cmd = sub.add_parser(name, help=helptext)
        cmd.add_argument("--checkpoint", required=True,
                         help="a run directory (uses its best checkpoint) or a checkpoint file inside one")
        cmd.add_argument("--data", required=True, help=".json (ReClor layout) or .jsonl file")
        cmd.add_argument("--out", default="metrics.json" if name == "eval" else "preds.jsonl")
        cmd.add_argument("--fields", help="field renames NAME=KEY,... (default: the training config's)")
        cmd.add_argument("--duplicate-ids", choices=("error", "suffix"),
                         help="default: the training config's data.duplicate_ids")
        cmd.set_defaults(func=run_eval if name == "eval" else run_predict)

    study = sub.add_parser("study", help="init schemes x depths x seeds -> results.json + PNG (resumable)")
    study.add_argument("--config", required=True, help="study YAML (configs/mc_study.yaml)")
    study.add_argument("--data", help="overrides base.data.path (or set DEEPFIX_MC_DATA)")
    study.add_argument("--out", default="results/mc")
    study.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                       help="override a study value, e.g. --set base.train.max_steps=400 (repeatable)")
    study.set_defaults(func=run_study_command)


def _study_command(args, data: str) -> str:
    """The command line that regenerates a study's results (recorded next to them)."""
    parts = ["deepfix", "mc", "study", "--config", args.config, "--data", data, "--out", args.out]
    for item in args.set:
        parts += ["--set", item]
    return " ".join(shlex.quote(p) for p in parts)


def run_train(args) -> int:
    from deepfix.tasks.mc.task import MCConfig, MCTask, load_config, train

    config = load_config(MCConfig, args.config, [*args.set, *args.overrides])
    config.data.path = args.data or config.data.path or os.environ.get("DEEPFIX_MC_DATA", "")
    if args.run_dir:
        config.train.run_dir = args.run_dir
    task = MCTask(config, progress=config.train.progress)
    summary = train(task, config, resume=args.resume)
    print(json.dumps(summary))
    return 0


def _prepare(args, config, require_labels: bool):
    from deepfix.tasks.mc.task import prepare_data

    from deepfix.tasks.mc.data import parse_field_spec

    data_config = dataclasses.replace(config.data)
    if args.fields is not None:
        data_config.fields = parse_field_spec(args.fields)
    if args.duplicate_ids:
        data_config.duplicate_ids = args.duplicate_ids
    return prepare_data(args.data, data_config, config.model, require_labels=require_labels)


def run_eval(args) -> int:
    from deepfix.tasks.mc.task import accuracy_metrics, predict_probabilities

    from deepfix.tasks.mc.files import load_trained

    config, model, chosen = load_trained(args.checkpoint)
    data = _prepare(args, config, require_labels=True)
    indices = list(range(len(data.examples)))
    start = time.perf_counter()
    metrics = accuracy_metrics(data.examples, predict_probabilities(model, data, indices, progress=True))
    seconds = time.perf_counter() - start
    metrics.update({"data": args.data, "checkpoint": str(chosen),
                    "questions_per_second": len(indices) / seconds})
    _atomic_write(Path(args.out), json.dumps(metrics, indent=1))
    print(json.dumps({k: metrics[k] for k in ("accuracy", "n", "questions_per_second")}))
    return 0


def run_predict(args) -> int:
    from deepfix.tasks.mc.task import predict_probabilities

    from deepfix.tasks.mc.files import load_trained

    config, model, _ = load_trained(args.checkpoint)
    data = _prepare(args, config, require_labels=False)
    indices = list(range(len(data.examples)))
    lines = []
    start = time.perf_counter()
    probabilities = predict_probabilities(model, data, indices, progress=True)
    seconds = time.perf_counter() - start
    for example, probs in zip(data.examples, probabilities):
        best = max(range(len(probs)), key=probs.__getitem__)
        lines.append(json.dumps({"id": example.id, "prediction": best,
                                 "probabilities": [round(p, 6) for p in probs]}))
    _atomic_write(Path(args.out), "\n".join(lines) + "\n")
    print(f"{len(lines)} predictions -> {args.out} ({len(lines) / seconds:.1f} questions/s)")
    return 0


def run_study_command(args) -> int:
    from deepfix.studies.mc_depth import StudyConfig, check_study, run_study
    from deepfix.tasks.mc.task import load_config

    study = load_config(StudyConfig, args.config, args.set)
    data = args.data or os.environ.get("DEEPFIX_MC_DATA") or study.base.data.path
    if not data:
        raise DeepfixError("no data: give --data FILE or set DEEPFIX_MC_DATA")
    study.base.data.path = data
    check_study(study)
    document = run_study(study, args.out, _study_command(args, data), progress=study.base.train.progress)
    for row in document["summary"]:
        print(json.dumps(row))
    return 0


def _atomic_write(path: Path, text: str) -> None:
    write_text_atomic(path, text)
