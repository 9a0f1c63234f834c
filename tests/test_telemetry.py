"""Per-layer telemetry: every figure on a tiny stack equals a direct computation; it never changes training."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from deepfix.nn import StackConfig, TransformerStack
from deepfix.train.config import TrainConfig
from deepfix.train.loop import train
from deepfix.train.metrics import read_metrics
from deepfix.train.task import Task
from deepfix.train.telemetry import LayerTelemetry


def _batch(relations: int, seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(3, 5, 8, generator=g) * 2.0  # (B, n, d)
    mask = torch.zeros(3, 5, dtype=torch.bool)
    mask[1, 3:] = True
    mask[2, 4:] = True
    rel = torch.randint(0, relations, (3, 5, 5), generator=g) if relations else None
    return x, mask, rel


def _stack(relations: int) -> TransformerStack:
    torch.manual_seed(0)
    return TransformerStack(StackConfig(num_layers=2, d_model=8, n_heads=2, d_ff=16, dropout=0.0,
                                        num_relations=relations))


def _valid_norm_mean(t, mask):
    return float(t.norm(dim=-1)[~mask].mean())


def _direct_attention_stats(attention, h, mask, rel):
    """Max logit and mean entropy of one attention layer, from its own weights."""
    B, n, _ = h.shape
    heads, dh = attention.n_heads, attention.d_head
    q = attention.query(h).view(B, n, heads, dh).transpose(1, 2)
    k = attention.key(h).view(B, n, heads, dh).transpose(1, 2)
    scores = q @ k.transpose(-1, -2)
    if rel is not None:
        scores = scores + torch.einsum("bhid,bijd->bhij", q, attention.relation_key(rel))
    scores = (scores / math.sqrt(dh)).masked_fill(mask[:, None, None, :], float("-inf"))
    best, entropies = -math.inf, []
    for b in range(B):
        for i in range(n):
            if mask[b, i]:
                continue
            row = scores[b, :, i]  # (H, n)
            best = max(best, float(row.max()))
            p = F.softmax(row, -1)
            entropies += [float(-(p[hd][p[hd] > 0] * p[hd][p[hd] > 0].log()).sum()) for hd in range(heads)]
    return best, sum(entropies) / len(entropies)


@pytest.mark.parametrize("relations", [0, 4])
def test_layer_figures_equal_a_direct_computation(relations):
    stack = _stack(relations)
    x, mask, rel = _batch(relations)
    telemetry = LayerTelemetry(stack, growth_warning=1e9)
    telemetry.arm()
    out = stack(x, mask, rel)
    loss = out[~mask].pow(2).mean()
    loss.backward()
    telemetry.after_backward()
    telemetry.before_update()
    before = [w.detach().clone() for layer in stack.layers for w in layer.residual_branch_weights()]
    with torch.no_grad():
        outputs_before = [x]
        for layer in stack.layers:
            outputs_before.append(layer(outputs_before[-1], mask, rel))
        for p in stack.parameters():
            if p.grad is not None:
                p -= 0.1 * p.grad
    (record,) = telemetry.after_update(step=1, lr=0.1)
    telemetry.remove()

    assert record["event"] == "layers" and record["step"] == 1 and record["lr"] == 0.1
    stats = record["layers"]
    assert len(stats) == 2
    with torch.no_grad():
        outputs_after = [x]
        for layer in stack.layers:
            outputs_after.append(layer(outputs_after[-1], mask, rel))
    # forward figures: recompute with the weights *before* the update (saved copies)
    with torch.no_grad():
        fresh = _stack(relations)
        h = x
        for l, layer in enumerate(fresh.layers):
            assert stats[l]["stream_in"] == pytest.approx(_valid_norm_mean(h, mask), rel=1e-5)
            a = layer.attention(h, mask, rel)
            assert stats[l]["attention_branch"] == pytest.approx(
                float((a.norm(dim=-1) / h.norm(dim=-1))[~mask].mean()), rel=1e-5)
            best, entropy = _direct_attention_stats(layer.attention, h, mask, rel)
            assert stats[l]["max_logit"] == pytest.approx(best, rel=1e-5)
            assert stats[l]["entropy"] == pytest.approx(entropy, rel=1e-5)
            mid = h + a
            m = layer.mlp(mid)
            assert stats[l]["mlp_branch"] == pytest.approx(
                float((m.norm(dim=-1) / mid.norm(dim=-1))[~mask].mean()), rel=1e-5)
            h = mid + m
            assert stats[l]["stream_out"] == pytest.approx(_valid_norm_mean(h, mask), rel=1e-5)
    # backward and update figures
    offset = 0
    for l, layer in enumerate(stack.layers):
        grad = math.sqrt(sum(float(p.grad.pow(2).sum()) for p in layer.parameters() if p.grad is not None))
        assert stats[l]["grad_norm"] == pytest.approx(grad, rel=1e-5)
        weights = [w.detach() for w in layer.residual_branch_weights()]
        old = before[offset:offset + len(weights)]
        offset += len(weights)
        delta = math.sqrt(sum(float((w - o).pow(2).sum()) for w, o in zip(weights, old)))
        size = math.sqrt(sum(float(o.pow(2).sum()) for o in old))
        assert stats[l]["update_ratio"] == pytest.approx(delta / size, rel=1e-5)
        change = (outputs_after[l + 1] - outputs_after[l]) - (outputs_before[l + 1] - outputs_before[l])
        assert stats[l]["delta_branch"] == pytest.approx(_valid_norm_mean(change, mask), rel=1e-4)
        assert stats[l]["delta_branch"] > 0
    assert record["delta_output"] == pytest.approx(_valid_norm_mean(outputs_after[-1] - outputs_before[-1], mask),
                                                   rel=1e-4)


def test_unarmed_hooks_record_nothing_and_outputs_are_unchanged():
    stack = _stack(4)
    x, mask, rel = _batch(4)
    reference = stack(x, mask, rel).detach()
    telemetry = LayerTelemetry(stack)
    assert stack(x, mask, rel).equal(reference)
    assert all(p.layer_stats == [] for p in telemetry.probes)
    telemetry.arm()  # armed, the stack runs the whole batch (no length sub-batches): same values, to rounding
    # Whole batch and sub-batches are different matrix shapes, so another CPU's kernels sum the same
    # products in another order. Each output is a residual stream (|values| up to max|reference|, ~7
    # here) plus two layers of sums over d_model = 8 / d_ff = 16 terms: a reordered float32 sum
    # differs by a few units of the largest term's last place per layer. 16 * eps(float32) *
    # max|reference| (~1.3e-5) bounds that on any CPU.
    # (A tolerance relative to each element fails where the stream cancels to ~6e-3.)
    atol = 16 * torch.finfo(torch.float32).eps * float(reference.abs().max())
    torch.testing.assert_close(stack(x, mask, rel)[~mask], reference[~mask], rtol=0.0, atol=atol)
    assert len(telemetry.probes[0].layer_stats) == 2
    telemetry.remove()


def test_growth_warning_is_one_line_once(capsys):
    stack = _stack(0)
    with torch.no_grad():
        for layer in stack.layers:
            layer.mlp.fc_out.weight.mul_(50.0)  # a stream that grows through the stack
    x, mask, _ = _batch(0)
    telemetry = LayerTelemetry(stack, growth_warning=2.0)
    for step in (1, 2):
        telemetry.arm()
        stack(x, mask).pow(2).mean().backward()
        telemetry.after_backward()
        telemetry.before_update()
        telemetry.after_update(step, 0.0)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "grew" in err[0] and "layer_stats_growth_warning" in err[0]


# -- in the training loop -------------------------------------------------------------------

@dataclass
class StackTaskConfig:
    train: TrainConfig = field(default_factory=lambda: TrainConfig(run_dir="runs/stack"))


class StackTask(Task):
    """Regress a fixed random target from random sequences through a 2-layer stack with dropout."""

    dev_metric = "loss"
    dev_metric_mode = "min"

    def __init__(self):
        g = torch.Generator().manual_seed(5)
        self.x = torch.randn(24, 4, 8, generator=g)
        self.y = torch.randn(24, 8, generator=g)

    def build_model(self):
        return nn.Sequential(TransformerStack(StackConfig(num_layers=2, d_model=8, n_heads=2, d_ff=16, dropout=0.2)))

    def train_dataset(self):
        return list(range(len(self.y)))

    def collate(self, indices):
        return self.x[indices], self.y[indices]

    def compute_loss(self, model, batch):
        x, y = batch
        return (model(x).mean(1) - y).pow(2).mean()

    def evaluate(self, model):
        return {"loss": float(self.compute_loss(model, (self.x, self.y)))}


def _run(tmp_path, name, every):
    config = TrainConfig(run_dir=str(tmp_path / name), max_steps=8, batch_size=4, lr=1e-2, log_every=1,
                         eval_every=8, checkpoint_every=8, progress=False, layer_stats_every=every)
    train(StackTask(), config)
    return read_metrics(tmp_path / name)


def test_loop_writes_layer_records_without_changing_the_losses(tmp_path):
    torch.set_num_threads(1)
    plain = _run(tmp_path, "plain", 0)
    probed = _run(tmp_path, "probed", 3)
    losses = lambda records: [r["loss"] for r in records if r["event"] == "train"]
    assert losses(plain) == losses(probed)
    layers = [r for r in probed if r["event"] == "layers"]
    assert [r["step"] for r in layers] == [1, 3, 6]
    assert all(len(r["layers"]) == 2 and "delta_branch" in r["layers"][1] for r in layers)
    assert not any(r["event"] == "layers" for r in plain)
    for record in (r for r in probed if r["event"] == "train"):
        assert record["grad_norm_max"] >= record["grad_norm"] - 1e-12
        assert 0 < record["stack_grad_norm_max"] <= record["grad_norm_max"] * (1 + 1e-5)  # the stack is part of the model (float32 sums)
    assert all("stack_grad_norm_max" not in r for r in plain if r["event"] == "train")


def test_plot_layers_draws_the_per_layer_panels(tmp_path):
    from matplotlib.image import imread

    from deepfix.cli import main

    torch.set_num_threads(1)
    _run(tmp_path, "probed", 2)
    out = tmp_path / "layers.png"
    assert main(["plot", "--layers", str(tmp_path / "probed"), "--out", str(out)]) == 0
    image = imread(out)
    assert image.shape[0] > 400 and image.std() > 0.01
    _run(tmp_path, "plain", 0)
    assert main(["plot", "--layers", str(tmp_path / "plain"), "--out", str(tmp_path / "x.png")]) == 2
    assert not (tmp_path / "x.png").exists()
