"""``deepfix lab ...``: the linear-transformer lab (Ahn et al., ICLR 2024).

- ``deepfix lab linear --setting gaussian-n20 --layers 3 --optimizer both``: train one setting
  (seeds x lr grid for each optimizer), print a summary, write JSON.
- ``deepfix lab linear-reproduce --out results/linear_lab [--size full|quick]``: every experiment
  and figure of the lab (resumable).
"""

from __future__ import annotations

import argparse
import json
import shlex
from pathlib import Path

from deepfix.errors import DeepfixError


def _positive_floats(text: str) -> list[float]:
    try:
        values = [float(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated numbers, got {text!r}") from None
    if not values or any(not v > 0 for v in values):
        raise argparse.ArgumentTypeError(f"expected positive numbers, got {text!r}")
    return values


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected an integer >= 1, got {text!r}")
    return value


def register(subparsers) -> None:
    lab = subparsers.add_parser("lab", help="fast optimisation labs (linear transformers, Ahn et al. 2024)",
                                description="Linear-transformer lab: in-context linear regression with "
                                "linear attention (Ahn et al., ICLR 2024).")
    lab.set_defaults(func=lambda args: lab.print_help() or 2)
    sub = lab.add_subparsers(dest="lab_command", metavar="COMMAND")

    from deepfix.lab.linear.settings import LINEAR_INIT_SCHEMES, SETTINGS  # torch-free: registration loads no torch

    one = sub.add_parser("linear", help="train linear transformers on one in-context regression setting")
    one.add_argument("--setting", default="gaussian-n20", help=f"one of {', '.join(SETTINGS)}")
    one.add_argument("--layers", type=_positive_int, default=3)
    one.add_argument("--parameterisation", choices=["full", "sparse"], default="full")
    one.add_argument("--optimizer", choices=["adam", "sgd", "both"], default="both")
    one.add_argument("--adam-lr", type=_positive_floats, default=None, help="comma-separated grid")
    one.add_argument("--sgd-lr", type=_positive_floats, default=None, help="comma-separated grid")
    one.add_argument("--seeds", type=_positive_int, default=2, help="number of seeds (0..N-1)")
    one.add_argument("--steps", type=_positive_int, default=2000)
    one.add_argument("--batch", type=_positive_int, default=1000)
    one.add_argument("--clip", type=float, default=1.0, help="per-run gradient-norm clip (<= 0: off)")
    one.add_argument("--warmup", type=int, default=0, help="linear warmup steps")
    one.add_argument("--init", choices=list(LINEAR_INIT_SCHEMES), default="small")
    one.add_argument("--init-std", type=float, default=0.05, help="std of the 'small' initialisation")
    one.add_argument("--eval-prompts", type=_positive_int, default=10_000)
    one.add_argument("--threads", type=_positive_int, default=None, help="torch threads (default: torch's)")
    one.add_argument("--out", type=Path, default=None, help="JSON file to write")
    one.add_argument("--no-progress", action="store_true")
    one.set_defaults(func=run_linear)

    rep = sub.add_parser("linear-reproduce", help="regenerate every result and figure of the lab")
    rep.add_argument("--out", type=Path, default=Path("results/linear_lab"))
    rep.add_argument("--size", choices=["full", "quick", "tiny"], default="full",
                     help="full: designed for <= 60 min on 2 cores; quick: ~1/4 of it; tiny: smoke test")
    rep.add_argument("--parts", default="settings,depth,init", help="comma-separated subset of settings,depth,init")
    rep.add_argument("--threads", type=_positive_int, default=None)
    rep.add_argument("--no-progress", action="store_true")
    rep.set_defaults(func=run_reproduce)


def _threads(args) -> None:
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)


def run_linear(args) -> int:
    from deepfix.lab.linear.data import get_setting
    from deepfix.studies.linear_lab import ADAM_LRS, SGD_LRS, population_summary, write_json
    from deepfix.lab.linear.theory import optimal_one_layer_loss
    from deepfix.lab.linear.train import PopulationConfig, train_population

    setting = get_setting(args.setting)
    if args.out is not None and args.out.suffix != ".json":
        raise DeepfixError(f"--out {args.out}: expected a .json file name")
    if args.warmup < 0:
        raise DeepfixError(f"--warmup: must be >= 0 (got {args.warmup})")
    if args.init_std <= 0:
        raise DeepfixError(f"--init-std: must be > 0 (got {args.init_std})")
    _threads(args)
    kinds = ["adam", "sgd"] if args.optimizer == "both" else [args.optimizer]
    grids = {"adam": args.adam_lr or ADAM_LRS, "sgd": args.sgd_lr or SGD_LRS}
    arguments = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if not callable(v)}
    payload = {"command": "deepfix lab linear", "arguments": arguments, "setting": setting.to_dict(), "optimizers": {}}
    if args.layers == 1:
        payload["one_layer_optimum"] = optimal_one_layer_loss(setting)
    for kind in kinds:
        config = PopulationConfig(setting=args.setting, num_layers=args.layers, parameterisation=args.parameterisation,
                             optimizer=kind, lrs=grids[kind], seeds=list(range(args.seeds)), steps=args.steps,
                             batch=args.batch, clip=args.clip if args.clip > 0 else None,
                             warmup_steps=args.warmup, init=args.init, init_std=args.init_std,
                             eval_prompts=args.eval_prompts, eval_every=max(1, args.steps // 40))
        result = train_population(config, progress=not args.no_progress)
        summary = population_summary(result)
        payload["optimizers"][kind] = summary
        mean = summary["best_final_mean"]
        shown = "diverged" if mean is None else f"{mean:.4g} +- {summary['best_final_std']:.2g}"
        print(f"{args.setting} L={args.layers} {kind:4s}: best lr {summary['best_lr']:g}  final eval loss {shown}"
              f"  ({sum(summary['diverged'])}/{len(summary['diverged'])} runs diverged, {summary['seconds']:.1f}s)")
    if "one_layer_optimum" in payload:
        print(f"closed-form 1-layer optimum d(d+kappa-2)/(n+d+kappa-2) = {payload['one_layer_optimum']:.4f}")
    if args.out is not None:
        write_json(args.out, payload)
        print(f"wrote {args.out}")
    return 0


def run_reproduce(args) -> int:
    from deepfix.studies.linear_lab import reproduce

    parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    unknown = sorted(set(parts) - {"settings", "depth", "init"})
    if unknown or not parts:
        raise DeepfixError(f"--parts {args.parts!r}: unknown part(s) {', '.join(unknown) or '(none given)'}; "
                           "choose from settings, depth, init")
    _threads(args)
    command = "deepfix lab linear-reproduce " + shlex.join(
        ["--out", str(args.out), "--size", args.size, "--parts", ",".join(parts)]
        + (["--threads", str(args.threads)] if args.threads else []))
    summary = reproduce(args.out, args.size, parts, command, progress=not args.no_progress)
    print(json.dumps(summary["headline"], indent=1))
    print(f"wrote {args.out}/summary.json and figures in {summary['wall_seconds_this_invocation']:.0f}s")
    return 0
