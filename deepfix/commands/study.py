"""``deepfix study depth|batch|convergence|text2sql-depth|adaptive|decoder-depth``: parse the arguments,
call the study in :mod:`deepfix.studies`, print where its results went.

The schema-item studies (depth, batch, convergence) store their runs one file each under
``--runs-dir`` and skip those already finished, so an interrupted study resumes by re-running the
same command.
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


def run(args) -> int:
    import torch

    from deepfix.studies.spider_items import load_item_data, study_header

    torch.set_num_threads(args.threads)
    data = load_item_data(args.data, args.encoder, args.cache_dir, args.databases, progress=not args.no_progress)
    out, runs = Path(args.out), Path(args.runs_dir)
    head = study_header(data, command_line())
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


def command_line() -> str:
    """The command that is running, as the results record it."""
    return "deepfix " + shlex.join(sys.argv[1:])


def run_text2sql_depth(args) -> int:
    from deepfix.studies.text2sql_depth import read_kept_records, run_text2sql_depth as study

    kept = read_kept_records(args.keep) if args.keep else []
    result = study(args.run_dirs, args.out, command_line(), kept)
    out = Path(args.out)
    print(f"wrote {out / 'results.json'} and {out / 'depth.png'} ({len(result['records'])} runs)")
    return 0


def run_adaptive(args) -> int:
    import torch

    from deepfix.errors import DeepfixError
    from deepfix.studies.adaptive import run_adaptive as study

    if args.beam_size < 1 or args.threads < 1 or args.limit < 0:
        raise DeepfixError("--beam-size and --threads must be >= 1, --limit >= 0")
    torch.set_num_threads(args.threads)
    result = study(args.run_dir, args.out, command_line(), args.fixed, args.methods, args.beam_size,
                   args.tolerance, args.limit)
    full = result["full_depth_metric"]
    for method, point in result["selected"].items():
        print(f"{method}: τ={point['threshold']} chosen on held-out; dev {point['metric']:.4f} "
              f"(full {full:.4f}) at {point['avg_exit_depth']:.2f} of {result['layers']} blocks, "
              f"{point['speedup']:.2f}x questions/s")
    out = Path(args.out)
    print(f"wrote {out / 'spider.json'} and {out / 'spider.png'}")
    return 0


def run_decoder_depth(args) -> int:
    from deepfix.studies.decoder_depth import run_decoder_depth as study

    records = study(args.run_dirs, args.examples, args.out, command_line())
    for r in records:
        last = r["checkpoints"][-1] if r["checkpoints"] else {}
        print(f"{r['run']}: {r['steps']} steps, diverged {r['diverged']}, max grad norm after step 100 "
              f"{r['max_grad_norm_after_100']}, stream growth at the last block {last.get('stream_growth', [None])[-1]}")
    out = Path(args.out)
    print(f"wrote {out / 'results.json'} and {out / 'blocks.png'}")
    return 0
