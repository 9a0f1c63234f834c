"""``deepfix plot RUN_DIR... --out FILE.png``: overlay the training curves of several runs."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "plot",
        help="overlay training curves (loss, dev metric, learning rate, gradient norm) of runs, or their "
             "per-layer telemetry (--layers), in a PNG",
        description="Overlay the training curves of one or more run directories in one PNG.",
    )
    parser.add_argument("run_dirs", nargs="+", metavar="RUN_DIR", help="run directories (with metrics.jsonl)")
    parser.add_argument("--out", required=True, metavar="FILE.png", help="where to write the PNG")
    parser.add_argument("--labels", nargs="+", help="one legend label per run (default: directory names)")
    parser.add_argument("--metric", help="dev metric to plot (default: the task's, from summary.json)")
    parser.add_argument("--title", help="figure title")
    parser.add_argument("--layers", action="store_true",
                        help="draw the per-layer telemetry (train.layer_stats_every) instead of the curves")
    parser.set_defaults(func=run)


def run(args) -> int:
    from ..train.plots import plot_layers, plot_runs  # matplotlib loads only when plotting

    if args.layers:
        out = plot_layers(args.run_dirs, args.out, labels=args.labels, title=args.title)
    else:
        out = plot_runs(args.run_dirs, args.out, labels=args.labels, metric=args.metric, title=args.title)
    print(out)
    return 0
