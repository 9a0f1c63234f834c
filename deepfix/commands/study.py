"""``deepfix study depth|batch|convergence``: the Spider schema-item studies (results/ JSON + PNG).

Runs are stored one file each under ``--runs-dir`` and skipped when already finished, so an
interrupted study resumes by re-running the same command.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

DEFAULT_OUT = {"depth": "results/depth_schema", "batch": "results/batch_schema",
               "convergence": "results/convergence_schema"}


def add_common(parser, name: str) -> None:
    parser.add_argument("--data", help="Spider directory (default $DEEPFIX_SPIDER_DATA)")
    parser.add_argument("--encoder", help="pretrained encoder: a directory or a name (minilm, mpnet; see 'deepfix encoders list'); default MiniLM / $DEEPFIX_ENCODER")
    parser.add_argument("--databases", help="sqlite databases for value matching (default DATA/database)")
    parser.add_argument("--cache-dir", help="encoder cache folder (default $DEEPFIX_CACHE/spider, else ~/.cache/deepfix/spider)")
    parser.add_argument("--runs-dir", default="runs/spider_items", help="one JSON per finished run (resume)")
    parser.add_argument("--out", default=DEFAULT_OUT[name], help="where results.json and the PNG go")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (default 1: a shared machine)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--inits", nargs="+", default=["standard", "dt_fixup"])
    parser.add_argument("--steps", type=int, default=200, help="training steps at batch --batch-size")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--d-model", type=int, default=64)
    parser.add_argument("--d-ff", type=int, default=256)
    parser.add_argument("--heads", type=int, default=2)
    parser.add_argument("--input-dropout", type=float, default=0.0)
    parser.add_argument("--max-items", type=int, default=48,
                        help="use only examples with <= this many words + columns + tables (small schemas)")
    parser.add_argument("--train-examples", type=int, default=1600, help="random subset of Spider train")
    parser.add_argument("--dev-examples", type=int, default=200, help="random subset of Spider dev")
    parser.add_argument("--eval-every", type=int, default=25)
    parser.add_argument("--stored-only", action="store_true",
                        help="train nothing: write results from the runs already finished (a study cut short)")
    parser.add_argument("--no-progress", action="store_true")


def base_spec(args, layers: int):
    from deepfix.studies.spider_items import RunSpec

    return RunSpec(layers=layers, init=args.inits[0], seed=args.seeds[0], batch_size=args.batch_size,
                   steps=args.steps, lr=args.lr, d_model=args.d_model, d_ff=args.d_ff, n_heads=args.heads,
                   input_dropout=args.input_dropout, max_items=args.max_items, train_examples=args.train_examples,
                   dev_examples=args.dev_examples, eval_every=args.eval_every)


def header(args, data) -> dict:
    import numpy as np
    import torch

    from deepfix.machine import Machine

    norms = torch.cat([e.features.float().norm(dim=1) for e in data.train]).numpy()
    return {
        "command": "deepfix " + shlex.join(sys.argv[1:]),
        "machine": Machine().record(),  # read when the study starts
        "data": data.info,
        "encoder_output_norms_train": {"what": "L2 norm of the pooled frozen-encoder vectors (before the "
                                               "projection to d_model: the authors' variant of mu)",
                                       "max": float(norms.max()), "p95": float(np.percentile(norms, 95)),
                                       "items": int(len(norms))},
    }


def run(args) -> int:
    import torch

    from deepfix.studies.spider_items import load_item_data

    torch.set_num_threads(args.threads)
    data = load_item_data(args.data, args.encoder, args.cache_dir, args.databases, progress=not args.no_progress)
    out, runs = Path(args.out), Path(args.runs_dir)
    head = header(args, data)
    if args.study_command == "depth":
        from deepfix.studies.depth import run_depth

        run_depth(data, args.layers, args.inits, args.seeds, base_spec(args, args.layers[0]), out, runs, head,
                  stored_only=args.stored_only)
    elif args.study_command == "batch":
        from deepfix.studies.batch import run_batch

        run_batch(data, args.batch_sizes, args.inits, args.seeds, base_spec(args, args.layers), out, runs, head,
                  stored_only=args.stored_only)
    else:
        from deepfix.studies.convergence import run_convergence

        run_convergence(data, args.inits, args.seeds, base_spec(args, args.layers), out, runs, head,
                        target=args.target, metric=args.metric, stored_only=args.stored_only)
    print(f"wrote {out / 'results.json'}")
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("study", help="Spider schema-item studies: depth, batch size, convergence")
    sub = parser.add_subparsers(dest="study_command", metavar="STUDY")
    parser.set_defaults(func=lambda args: parser.print_help() or 2)
    depth = sub.add_parser("depth", help="layers x init x seeds (results/depth_schema)")
    add_common(depth, "depth")
    depth.add_argument("--layers", type=int, nargs="+", default=[2, 4, 8, 16, 24])
    batch = sub.add_parser("batch", help="batch 16 vs 120 at equal epochs (results/batch_schema)")
    add_common(batch, "batch")
    batch.add_argument("--layers", type=int, default=8)
    batch.add_argument("--batch-sizes", type=int, nargs="+", default=[16, 120])
    conv = sub.add_parser("convergence", help="steps to a target dev metric (results/convergence_schema)")
    add_common(conv, "convergence")
    conv.add_argument("--layers", type=int, default=8)
    conv.add_argument("--metric", default="item_f1", help="dev metric to reach (default item_f1)")
    conv.add_argument("--target", type=float, help="value to reach (default 0.95 x lowest mean final)")
    for p in (depth, batch, conv):
        p.set_defaults(func=run)
    full = sub.add_parser("text2sql-depth", help="collect finished full-Spider depth runs (spider train + eval) "
                                                 "into results.json + depth.png (results/spider_depth)")
    full.add_argument("run_dirs", nargs="+", metavar="RUN_DIR", help="spider train run directories, evaluated "
                      "with 'spider eval --split dev' and '--split holdout' at beam 5")
    full.add_argument("--out", default="results/spider_depth", help="where results.json and depth.png go")
    full.add_argument("--keep", metavar="RESULTS_JSON", help="an earlier results.json: its records of runs not "
                      "given here are kept (their run directories may be gone)")
    full.set_defaults(func=run_text2sql_depth)
    adaptive = sub.add_parser("adaptive", help="depth-adaptive decoding of a transformer-decoder Spider run: exact "
                                               "match vs average exit depth per halting method, with measured speed "
                                               "(results/adaptive)")
    adaptive.add_argument("run_dir", metavar="RUN_DIR", help="a 'spider train' run with model.decoder.kind: "
                          "transformer (its final checkpoint)")
    adaptive.add_argument("--fixed", nargs="*", default=[], metavar="RUN_DIR",
                          help="transformer-decoder runs with fewer blocks, trained from scratch, decoded at full depth")
    adaptive.add_argument("--methods", nargs="+", default=["confidence", "geometric"],
                          choices=["confidence", "geometric"], help="halting methods to sweep")
    adaptive.add_argument("--beam-size", type=int, default=5, help="beam of the sweep (speed is measured at 1 and this)")
    adaptive.add_argument("--tolerance", type=float, default=0.01,
                          help="largest held-out exact-match loss a chosen threshold may cost (default 0.01)")
    adaptive.add_argument("--limit", type=int, default=0, help="only the first N examples of each split (0 = all)")
    adaptive.add_argument("--threads", type=int, default=1, help="torch threads while decoding (default 1)")
    adaptive.add_argument("--out", default="results/adaptive", help="where spider.json and spider.png go")
    adaptive.set_defaults(func=run_adaptive)
    deep = sub.add_parser("decoder-depth", help="per-block telemetry of transformer-decoder runs without LayerNorm "
                                                "(e.g. 24 blocks, dt_fixup vs xavier): results/adaptive/decoder_depth")
    deep.add_argument("run_dirs", nargs="+", metavar="RUN_DIR", help="spider train runs (their kept checkpoints)")
    deep.add_argument("--examples", type=int, default=32, help="training examples in the fixed batch (default 32)")
    deep.add_argument("--out", default="results/adaptive/decoder_depth", help="where results.json and blocks.png go")
    deep.set_defaults(func=run_decoder_depth)


def run_text2sql_depth(args) -> int:
    """Records of the finished runs, each scheme's lr chosen at 2 layers on the held-out part, the depth plot."""
    from deepfix.files import write_json_atomic
    from deepfix.machine import Machine
    from deepfix.studies.text2sql_depth import choose_lr, collect, plot_depth, plot_theorem, summarize

    kept = []
    if args.keep:
        from deepfix.errors import DeepfixError
        from deepfix.train.metrics import read_json

        if not Path(args.keep).is_file():
            raise DeepfixError(f"{args.keep}: --keep file not found")
        data = read_json(args.keep)
        kept = data.get("records") if isinstance(data, dict) else None
        if not isinstance(kept, list) or not all(isinstance(r, dict) and "run" in r for r in kept):
            raise DeepfixError(f"{args.keep}: field 'records': expected a list of run records")
    records = collect(args.run_dirs, kept)
    inits = sorted({r["init"] for r in records})
    lrs = {init: choose_lr(records, init) for init in inits}
    lrs = {init: lr for init, lr in lrs.items() if lr is not None}
    summary = summarize(records, lrs)
    out = Path(args.out)
    result = {
        "command": "deepfix " + shlex.join(sys.argv[1:]),
        "machine": Machine().record(),  # where the records were collected (each run's time is in its record)
        "selection": "per scheme, the lr whose 2-layer runs score best (beam 5) on the held-out part of train; "
                     "dev exact match is only reported (final checkpoints)",
        "chosen_lr": lrs, "summary": summary, "records": records,
    }
    write_json_atomic(out / "results.json", result)
    grid = [r for r in records if r["grid"]]  # the plot draws the grid's runs only (ablations are in results.json)
    steps = ", ".join(str(s) for s in sorted({r["steps"] for r in grid}))
    batch = ", ".join(str(b) for b in sorted({r["batch_size"] for r in grid}))
    lr = ", ".join(f"{init} {value:g}" for init, value in lrs.items())
    plot_depth(summary, out / "depth.png", f"Spider dev EM vs depth (mean ± std over seeds)\n{steps} steps, "
               f"batch {batch}, lr: {lr}")
    theorem: dict = {}
    for record in records:
        if record["grid"] and "theorem_3_2" in record:
            theorem.setdefault(record["init"], {}).setdefault(record["layers"], []).append(
                record["theorem_3_2"]["layer_change_per_lr"])
    if theorem:
        plot_theorem(theorem, out / "theorem_3_2.png", "Theorem 3.2 in training: per-layer output change per unit "
                     "lr (steps <= 1000, fixed batch)")
    print(f"wrote {out / 'results.json'} and {out / 'depth.png'} ({len(records)} runs)")
    return 0


def run_adaptive(args) -> int:
    """Sweep each halting method on the held-out part, choose τ there, report dev and speed."""
    import torch

    from deepfix.tasks.spider.decoder.transformer import TransformerTreeDecoder
    from deepfix.errors import DeepfixError
    from deepfix.files import write_json_atomic
    from deepfix.machine import Machine
    from deepfix.studies.adaptive import THRESHOLDS, choose, decode_point, plot
    from deepfix.tasks.spider.sql.scoring import resolve_data_dir
    from deepfix.tasks.spider.text2sql import in_selection_part, load_examples, load_model

    if args.beam_size < 1 or args.threads < 1 or args.limit < 0:
        raise DeepfixError("--beam-size and --threads must be >= 1, --limit >= 0")
    torch.set_num_threads(args.threads)
    machine = Machine()
    model, config, _ = load_model(args.run_dir)
    if not isinstance(model.decoder, TransformerTreeDecoder):
        raise DeepfixError(f"{args.run_dir}: model.decoder.kind is {config.model.decoder.kind!r}; the adaptive "
                           f"study needs a transformer decoder")
    config.data.data = str(resolve_data_dir(config.data.data))
    examples, _ = load_examples(config.data, ("train", "dev"), progress=False, keep_unusable=True)
    holdout = [e for e in examples["train"] if in_selection_part(e.db["db_id"], e.question, config.data)]
    dev = examples["dev"]
    if args.limit:
        holdout, dev = holdout[:args.limit], dev[:args.limit]
    if not holdout:
        raise DeepfixError(f"{args.run_dir}: the run held out no training examples (data.holdout, data.holdout_fraction)")
    beam = args.beam_size
    full = {"holdout": decode_point(model, holdout, beam), "dev": decode_point(model, dev, beam)}
    print(f"full depth: held-out {full['holdout']['metric']:.4f}, dev {full['dev']['metric']:.4f}", file=sys.stderr)
    points, selected = [], {}
    for method in args.methods:
        swept = []
        for threshold in THRESHOLDS[method]:
            on_holdout = decode_point(model, holdout, beam, method, threshold)
            on_dev = decode_point(model, dev, beam, method, threshold)
            point = {**on_dev, "speedup": on_dev["questions_per_second"] / full["dev"]["questions_per_second"],
                     "beam_blocks_ratio": on_dev["beam_blocks"] / full["dev"]["beam_blocks"],
                     "holdout_metric": on_holdout["metric"], "holdout_avg_exit_depth": on_holdout["avg_exit_depth"]}
            swept.append((on_holdout, point))
            points.append(point)
            print(f"{method} τ={threshold}: held-out {on_holdout['metric']:.4f} at {on_holdout['avg_exit_depth']:.2f} "
                  f"blocks; dev {on_dev['metric']:.4f} at {on_dev['avg_exit_depth']:.2f}, "
                  f"{point['speedup']:.2f}x", file=sys.stderr)
        pick = choose([h for h, _ in swept], full["holdout"], args.tolerance)
        if pick is not None:
            selected[method] = next(p for h, p in swept if h is pick)
    speed = []  # full depth vs each chosen setting, beam 1 and the sweep's beam, back to back
    for beam_size in sorted({1, beam}):
        base = decode_point(model, dev, beam_size)
        speed.append({**base, "speedup": 1.0})
        for method, point in selected.items():
            timed = decode_point(model, dev, beam_size, method, point["threshold"])
            speed.append({**timed, "speedup": timed["questions_per_second"] / base["questions_per_second"]})
    fixed = []
    for run_dir in args.fixed:
        other, other_config, _ = load_model(run_dir)
        if not isinstance(other.decoder, TransformerTreeDecoder):
            raise DeepfixError(f"{run_dir}: --fixed runs need a transformer decoder")
        point = decode_point(other, dev, beam)
        fixed.append({**point, "method": "fixed", "run": str(run_dir), "layers": other.decoder.num_blocks,
                      "avg_exit_depth": float(other.decoder.num_blocks),
                      "speedup": point["questions_per_second"] / full["dev"]["questions_per_second"]})
    result = {
        "task": "spider", "run": str(args.run_dir), "layers": model.decoder.num_blocks,
        "full_depth_metric": full["dev"]["metric"], "full_depth_holdout_metric": full["holdout"]["metric"],
        "full_depth": full, "beam_size": beam, "points": points, "selected": selected, "fixed": fixed,
        "speed": speed,
        "metric": "exact match of the best finished tree (tree level, FROM completed from the schema), dev",
        "selection": f"per method, the threshold with the lowest held-out average exit depth whose held-out exact "
                     f"match is at most {args.tolerance} below full depth; dev is only reported",
        "speedup": "questions/s of the point over the full-depth decoder, same beam, same process, one after the other",
        "machine": machine.record(),
        "command": "deepfix " + shlex.join(sys.argv[1:]),
    }
    out = Path(args.out)
    write_json_atomic(out / "spider.json", result)
    plot(result, out / "spider.png")
    for method, point in selected.items():
        print(f"{method}: τ={point['threshold']} chosen on held-out; dev {point['metric']:.4f} "
              f"(full {full['dev']['metric']:.4f}) at {point['avg_exit_depth']:.2f} of {result['layers']} blocks, "
              f"{point['speedup']:.2f}x questions/s")
    print(f"wrote {out / 'spider.json'} and {out / 'spider.png'}")
    return 0


def run_decoder_depth(args) -> int:
    """Per-block stream and gradient norms at every kept checkpoint, the training logs, one figure."""
    from deepfix.files import write_json_atomic
    from deepfix.studies.decoder_depth import TrainData, plot, run_record

    data = TrainData(args.examples)
    records = [run_record(run_dir, data) for run_dir in args.run_dirs]
    out = Path(args.out)
    write_json_atomic(out / "results.json", {"command": "deepfix " + shlex.join(sys.argv[1:]),
                                             "batch_examples": args.examples, "records": records})
    plot(records, out / "blocks.png")
    for r in records:
        last = r["checkpoints"][-1] if r["checkpoints"] else {}
        print(f"{r['run']}: {r['steps']} steps, diverged {r['diverged']}, max grad norm after step 100 "
              f"{r['max_grad_norm_after_100']}, stream growth at the last block {last.get('stream_growth', [None])[-1]}")
    print(f"wrote {out / 'results.json'} and {out / 'blocks.png'}")
    return 0
