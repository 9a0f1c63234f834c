"""Benchmark: training-step time of a vanilla deepfix stack vs ``torch.nn.TransformerEncoder``.

Like with like: both are post-LN encoders of the same size (N layers, d_model, heads, FFN width,
ReLU), with dropout p on the attention probabilities, on the attention output, after the FFN
activation and after the FFN output (torch's TransformerEncoderLayer puts its dropouts there;
deepfix gets ``dropout=attention_dropout=p``), the same trainable parameter count, the same
padding mask (example lengths drawn in [n/2, n]) and the same loss and Adam optimiser.
A third row times the deepfix stack with ``norm="none"`` (the DT-Fixup setting) for reference.

One training step = zero_grad + forward + loss (out · w).sum() + backward + Adam step.
Per model: ``--warmup`` untimed steps, then ``--repeats`` rounds that time one step of each model
in turn (interleaved, so load changes hit all alike); median and min/max are reported and
``ratio`` = median deepfix (post-LN) / median torch. Target: ratio ≤ 1.10.

Run: OMP_NUM_THREADS=1 nice -n -5 python benchmarks/stack_vs_torch.py > results/benchmarks/stack_vs_torch.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import torch
from torch import nn

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from deepfix.machine import Machine  # noqa: E402

from deepfix.init import apply_init  # noqa: E402
from deepfix.nn import StackConfig, TransformerStack  # noqa: E402


class TorchEncoder(nn.Module):
    """torch.nn.TransformerEncoder with deepfix's forward signature (padding_mask True = pad)."""

    def __init__(self, args) -> None:
        super().__init__()
        layer = nn.TransformerEncoderLayer(
            args.d_model, args.heads, args.d_ff, dropout=args.dropout, activation="relu", batch_first=True,
            norm_first=False,
        )
        self.encoder = nn.TransformerEncoder(layer, args.layers, enable_nested_tensor=False)

    def forward(self, x, padding_mask=None, relations=None):
        return self.encoder(x, src_key_padding_mask=padding_mask)  # (B, n, d)


def build_models(args) -> dict[str, nn.Module]:
    models = {}
    for name, norm in (("deepfix_post_ln", "post"), ("deepfix_no_norm", "none")):
        torch.manual_seed(0)
        stack = TransformerStack(StackConfig(
            num_layers=args.layers, d_model=args.d_model, n_heads=args.heads, d_ff=args.d_ff, dropout=args.dropout,
            attention_dropout=args.dropout, norm=norm,
        ))
        apply_init(stack, "standard" if norm == "post" else "dt_fixup", mu=10.0)
        models[name] = stack
    torch.manual_seed(0)
    models["torch_post_ln"] = TorchEncoder(args)
    return models


def trainable_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=6)
    parser.add_argument("--d-model", type=int, default=256)
    parser.add_argument("--heads", type=int, default=8)
    parser.add_argument("--d-ff", type=int, default=1024)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    machine = Machine()

    generator = torch.Generator().manual_seed(0)
    x = torch.randn(args.batch, args.tokens, args.d_model, generator=generator)  # (B, n, d)
    lengths = torch.randint(args.tokens // 2, args.tokens + 1, (args.batch,), generator=generator)
    padding_mask = torch.arange(args.tokens)[None, :] >= lengths[:, None]  # (B, n), True = pad
    weights = torch.randn(args.batch, args.tokens, args.d_model, generator=generator)  # (B, n, d)

    models = build_models(args)
    optimizers = {name: torch.optim.Adam(model.parameters(), lr=1e-4) for name, model in models.items()}

    def train_step(name: str) -> float:
        model, optimizer = models[name], optimizers[name]
        started = time.perf_counter()
        optimizer.zero_grad(set_to_none=True)
        out = model(x, padding_mask)
        (out * weights).sum().backward()
        optimizer.step()
        return time.perf_counter() - started

    for model in models.values():
        model.train()
    for _ in range(args.warmup):
        for name in models:
            train_step(name)
    times: dict[str, list[float]] = {name: [] for name in models}
    for _ in range(args.repeats):
        for name in models:
            times[name].append(train_step(name))

    medians = {name: statistics.median(values) for name, values in times.items()}
    result = {
        "ratio": medians["deepfix_post_ln"] / medians["torch_post_ln"],
        "ratio_no_norm": medians["deepfix_no_norm"] / medians["torch_post_ln"],
        "compared": "deepfix TransformerStack(norm='post') vs torch.nn.TransformerEncoder(norm_first=False), "
                    "same size, same dropout placement, training step with Adam",
        "time_s": {name: {"median": medians[name], "min": min(v), "max": max(v), "all": v}
                   for name, v in times.items()},
        "trainable_parameters": {name: trainable_parameters(model) for name, model in models.items()},
        "setting": {k: v for k, v in vars(args).items()},
        "machine": machine.record(),
        "command": "OMP_NUM_THREADS=1 nice -n -5 python benchmarks/stack_vs_torch.py " + " ".join(
            argv if argv is not None else sys.argv[1:]),
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
