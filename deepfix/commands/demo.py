"""``deepfix demo``: a short mixed-setup training run on the bundled SQL-sketch task, then the flagship.

The run itself is :func:`deepfix.demo.run_demo`, imported when the command runs: registering the
command (every ``deepfix ... --help``) loads no torch.
"""

from __future__ import annotations


def run_demo(args) -> int:
    from deepfix.demo import run_demo

    return run_demo(args)


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="short mixed-setup training on the bundled SQL-sketch task, then "
                                                "the shipped Text-to-SQL model on the example database")
    parser.add_argument("--init", default="dt_fixup", help="initialisation scheme (default: dt_fixup)")
    parser.add_argument("--layers", type=int, default=8)
    parser.add_argument("--steps", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--run-dir", help="run directory (default: runs/demo/<init>-<layers>L-<time>)")
    parser.add_argument("--resume", action="store_true", help="continue the run in --run-dir")
    parser.add_argument("overrides", nargs="*", metavar="KEY=VALUE",
                        help="config overrides, e.g. train.eval_every=50 task.model.stack.d_model=64")
    parser.set_defaults(func=run_demo)
