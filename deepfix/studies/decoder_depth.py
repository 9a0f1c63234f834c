"""Deep decoders without LayerNorm: per-block telemetry of transformer-decoder Spider runs.

Evidence for the decoder extension of DT-Fixup (:mod:`deepfix.init.decoder`): for each run
(e.g. 24 blocks, ``dt_fixup`` vs ``xavier``) and each kept checkpoint, one fixed batch of
training examples goes through the decoder, teacher-forced, without dropout, and we record per
block n the mean norm of the stream ‖x_n‖ over the gold steps (relative to the block input
‖x_0‖) and the norm of the loss gradient on the block's parameters; the training log adds the
loss curve, the largest gradient norms and whether the run diverged.
"""

from __future__ import annotations

import math
from pathlib import Path

import torch

from deepfix.train.metrics import read_json, read_metrics

from .plots import finish_axes, new_figure, save_png


def block_telemetry(model, batch) -> dict:
    """Per-block stream norms and gradient norms of a transformer decoder on one batch (no dropout)."""
    decoder = model.decoder
    model.eval()
    model.zero_grad(set_to_none=True)
    memory, kv, mask = decoder.prepare(model.encode(batch))
    x = decoder.teacher_inputs(memory, batch.kind, batch.index, batch.node_type, batch.parent)
    states = decoder.block_states(x, kv, mask)
    valid = batch.kind >= 0
    base = float(x[valid].detach().norm(dim=-1).mean())
    stream = [float(h[valid].detach().norm(dim=-1).mean()) / base for h in states]
    loss = decoder.token_nll(decoder.exit_output(states[-1], decoder.num_blocks - 1), memory, batch.kind,
                             batch.index, batch.node_type).sum() / batch.kind.shape[0]
    loss.backward()
    grads = []
    for block in decoder.blocks:
        squares = [p.grad.double().pow(2).sum() for p in block.parameters() if p.grad is not None]
        grads.append(float(torch.stack(squares).sum().sqrt()) if squares else 0.0)
    model.zero_grad(set_to_none=True)
    finite = lambda v: v if math.isfinite(v) else None  # an overflowed (Xavier, no LayerNorm) stack gives inf/nan
    return {"loss": finite(float(loss)), "stream_growth": [finite(v) for v in stream],
            "block_grad_norm": [finite(v) for v in grads], "input_norm": finite(base)}


def run_record(run_dir: str | Path, data) -> dict:
    """Telemetry at initialisation (the run's model rebuilt from its config and seed) and at every
    kept checkpoint of ``run_dir``, plus its training log. ``data``: :class:`TrainData`."""
    from deepfix.tasks.spider.text2sql import Text2SQLTask, load_config, load_model, split_selection

    run_dir = Path(run_dir)
    config = load_config(run_dir / "config.yaml", notices=False)  # stored: renamed keys migrate silently
    train_part, valid_part = split_selection(data.examples(config), config.data)
    initial = Text2SQLTask(config, train_part, valid_part).build_model()  # what step 1 started from
    checkpoints = [{"step": 0, **block_telemetry(initial, data.batch)}]
    for step_dir in sorted((run_dir / "checkpoints").glob("step_*")):
        model, config, _ = load_model(step_dir)
        checkpoints.append({"step": int(step_dir.name.split("_")[1]), **block_telemetry(model, data.batch)})
    metrics = read_metrics(run_dir)
    train = [r for r in metrics if r.get("event") == "train"]
    summary = read_json(run_dir / "summary.json") if (run_dir / "summary.json").is_file() else {}
    spec = config.model.decoder.transformer
    finite = [r["loss"] for r in train if r.get("loss") is not None and math.isfinite(r["loss"])]
    return {
        "run": run_dir.name, "blocks": spec.num_layers, "init": spec.init, "training": spec.training,
        "steps": summary.get("steps"), "diverged": summary.get("diverged"),
        "diverged_step": summary.get("diverged_step"), "skipped_batches": summary.get("skipped_batches"),
        "final_holdout_exact_match": summary.get("final_exact_match"),
        "max_grad_norm_after_100": max((r.get("grad_norm_max") or r.get("grad_norm") or 0.0
                                        for r in train if r["step"] > 100), default=None),
        "last_loss": sum(finite[-10:]) / len(finite[-10:]) if finite else None,
        "loss_curve": [[r["step"], r["loss"]] for r in train],
        "grad_norm_curve": [[r["step"], r.get("grad_norm")] for r in train],
        "checkpoints": checkpoints,
    }


class TrainData:
    """Spider's training examples, loaded once for every run, and the fixed telemetry batch: the
    first ``size`` usable examples in file order."""

    def __init__(self, size: int):
        self.size, self.train, self.batch = size, None, None

    def examples(self, config) -> list:
        from deepfix.tasks.spider.sql.scoring import resolve_data_dir
        from deepfix.tasks.spider.text2sql import collate, load_examples

        if self.train is None:
            config.data.data = str(resolve_data_dir(config.data.data))
            self.train = load_examples(config.data, ("train",), progress=False)[0]["train"]
            self.batch = collate([e for e in self.train if e.steps is not None][:self.size])
        return self.train


def plot(records: list[dict], path: str | Path) -> Path:
    """Loss curves, per-block stream growth and per-block gradient norms at the last checkpoint."""
    figure = new_figure(13, 4)
    loss_ax, stream_ax, grad_ax = figure.subplots(1, 3)
    for record in records:
        label = f"{record['blocks']} blocks, {record['init']}"
        curve = [(s, v) for s, v in record["loss_curve"] if v is not None and math.isfinite(v)]
        if curve:
            loss_ax.plot(*zip(*curve), label=label, linewidth=0.8)
        shown = record["checkpoints"][:1] + record["checkpoints"][-1:] if len(record["checkpoints"]) > 1 \
            else record["checkpoints"]
        for point, style in zip(shown, (":", "-")):
            blocks = range(1, len(point["stream_growth"]) + 1)
            stream_ax.plot(blocks, point["stream_growth"], marker=".", linestyle=style,
                           label=f"{label}, step {point['step']}")
            grad_ax.plot(blocks, point["block_grad_norm"], marker=".", linestyle=style,
                         label=f"{label}, step {point['step']}")
    finish_axes(loss_ax, "step", "training loss", "training loss (logged every 10 steps)", "x-small")
    finish_axes(stream_ax, "decoder block n", "mean ‖x_n‖ / ‖x_0‖", "stream growth (fixed batch)", "x-small")
    finish_axes(grad_ax, "decoder block n", "‖∇ block n‖", "gradient norm per block (fixed batch)", "x-small")
    for ax in (loss_ax, stream_ax, grad_ax):
        ax.set_yscale("log")
    return save_png(figure, path, dpi=100)


def run_decoder_depth(run_dirs: list[str | Path], examples: int, out: str | Path, command: str) -> list[dict]:
    """Per-block stream and gradient norms at every kept checkpoint of each run, over one fixed batch of
    ``examples`` training examples, and their training logs: ``out/results.json`` and ``blocks.png``.
    Returns the run records."""
    from deepfix.files import write_json_atomic

    data = TrainData(examples)
    records = [run_record(run_dir, data) for run_dir in run_dirs]
    out = Path(out)
    write_json_atomic(out / "results.json", {"command": command, "batch_examples": examples, "records": records})
    plot(records, out / "blocks.png")
    return records
