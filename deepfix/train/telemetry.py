"""Per-layer training telemetry of every :class:`~deepfix.nn.TransformerStack` in a model.

Opt-in with ``train.layer_stats_every: K`` (0 = off). On every K-th step (and the first) the
loop arms :class:`LayerTelemetry`, which records, for each layer l of each stack:

* ``stream_in`` / ``stream_out``: mean per-token L2 norm of the residual stream entering and
  leaving the layer (valid positions only), on the step's own training batch;
* ``attention_branch`` / ``mlp_branch``: each residual branch's output norm relative to the
  stream it is added to (mean over tokens of ‖f(h)‖ / ‖x‖);
* ``max_logit`` / ``entropy``: the largest scaled attention logit and the mean attention entropy
  (nats) over valid queries and heads;
* ``grad_norm``: L2 norm of the gradients of the layer's parameters (before clipping);
* ``update_ratio``: ‖ΔW‖ / ‖W‖ of its residual-branch weights (v, w, r^v, MLP) after the
  optimiser step. Under Adam this is large by construction for small (scaled) weights: it is
  reported, but it is not Theorem 3.2's quantity;
* ``delta_branch``: **Theorem 3.2's quantity** — on a fixed batch (the stack input of the first
  armed step, kept for the run), in eval mode, the mean per-token norm of the change of the
  layer's residual contribution x_l − x_{l−1} caused by this one update. DT-Fixup
  (Xu et al., ACL 2021, Theorem 3.2) bounds it by Θ(η/L); the record carries ``lr`` so a plot
  can show ``delta_branch / lr`` against l and L. ``delta_output`` is the change of the stack
  output itself (Theorem 3.1: Θ(η)).

Records go to ``metrics.jsonl`` as ``{"event": "layers", "step", "lr", "stack", "layers": [...]}``.
With telemetry on, every ``train`` record also carries ``stack_grad_norm_max``: the largest
single-step gradient norm of the stacks' parameters in its window (before clipping), beside the
loop's whole-model ``grad_norm_max``, so a spike can be traced to the stack or the rest.
The first time ``stream_out`` of the last layer exceeds ``growth_warning`` × ``stream_in`` of the
first, one line is printed to stderr. Nothing here changes what training computes: hooks only read,
the fixed-batch passes run under ``torch.no_grad`` in eval mode (no RNG is drawn).

After ``--resume`` the fixed batch is captured afresh (records after the resume point differ in
``delta_*`` from an uninterrupted run's; losses do not).
"""

from __future__ import annotations

import sys

import torch
from torch import nn

from ..nn.stack import TransformerStack


def _token_norms(x: torch.Tensor, padding_mask: torch.Tensor | None) -> torch.Tensor:
    """x (B, n, d) -> (tokens,) L2 norms of the valid positions; x (N, d): packed valid rows (deepfix.nn.rows)."""
    norms = x.detach().float().norm(dim=-1)  # (B, n) or (N,)
    if norms.dim() == 1:
        return norms
    return norms[~padding_mask] if padding_mask is not None else norms.reshape(-1)


def _mean(t: torch.Tensor) -> float:
    return float(t.mean()) if t.numel() else 0.0


class _StackProbe:
    """Hooks on one stack's layers, active only while armed."""

    def __init__(self, name: str, stack: TransformerStack):
        self.name, self.stack = name, stack
        self.armed = False
        self.mask: torch.Tensor | None = None
        self.layer_stats: list[dict] = []
        self.fixed: tuple | None = None  # (x, padding_mask, relations) of the first armed forward
        self.handles = [stack.register_forward_pre_hook(self._stack_pre, with_kwargs=True)]
        for index, layer in enumerate(stack.layers):
            self.handles.append(layer.register_forward_pre_hook(self._layer_pre(index), with_kwargs=True))
            self.handles.append(layer.register_forward_hook(self._layer_post(index), with_kwargs=True))
            self.handles.append(layer.attention.register_forward_hook(self._branch(index, "attention_branch")))
            self.handles.append(layer.mlp.register_forward_hook(self._branch(index, "mlp_branch")))

    @staticmethod
    def _args(args, kwargs):
        x = args[0] if args else kwargs["x"]
        mask = args[1] if len(args) > 1 else kwargs.get("padding_mask")
        relations = args[2] if len(args) > 2 else kwargs.get("relations")
        return x, mask, relations

    def _stack_pre(self, module, args, kwargs):
        if self.armed and self.fixed is None:
            x, mask, relations = self._args(args, kwargs)
            self.fixed = tuple(None if t is None else t.detach().clone() for t in (x, mask, relations))

    def _layer_pre(self, index):
        def hook(module, args, kwargs):
            if not self.armed:
                return
            x, mask, _ = self._args(args, kwargs)
            self.mask = mask
            self.stream = x
            while len(self.layer_stats) <= index:
                self.layer_stats.append({})
            self.layer_stats[index]["stream_in"] = _mean(_token_norms(x, mask))
            module.attention.probe = {}

        return hook

    def _layer_post(self, index):
        def hook(module, args, kwargs, output):
            if not self.armed:
                return
            self.layer_stats[index]["stream_out"] = _mean(_token_norms(output, self.mask))
            self.layer_stats[index].update(module.attention.probe or {})
            module.attention.probe = None

        return hook

    def _branch(self, index, key):
        def hook(module, args, output):
            if not self.armed:
                return
            h = args[0]  # the branch's input: the stream (or its pre-LN), same positions
            ratio = _token_norms(output, self.mask) / _token_norms(h, self.mask).clamp_min(1e-12)
            self.layer_stats[index][key] = _mean(ratio)

        return hook

    @torch.no_grad()
    def layer_outputs(self) -> list[torch.Tensor]:
        """The stream after every layer on the fixed batch, eval mode: [x_0, x_1, ..., x_N] (B, n, d)."""
        x, mask, relations = self.fixed
        was_training = self.stack.training
        self.stack.eval()
        outputs = [x]
        for layer in self.stack.layers:
            x = layer(x, mask, relations)
            outputs.append(x)
        self.stack.train(was_training)
        return outputs

    def remove(self) -> None:
        for handle in self.handles:
            handle.remove()
        self.stack.whole_batch = False


class LayerTelemetry:
    """The loop's per-layer probe; see the module docstring for what each figure means."""

    def __init__(self, model: nn.Module, growth_warning: float = 100.0):
        self.growth_warning = growth_warning
        self.warned = False
        self.probes = [_StackProbe(name or "stack", module) for name, module in model.named_modules()
                       if isinstance(module, TransformerStack) and module.num_layers]
        self._before_update: list | None = None
        self._weights: list | None = None

    def __bool__(self) -> bool:
        return bool(self.probes)

    def stack_grad_norm(self) -> float:
        """L2 norm of the gradients of every stack parameter (call before clipping; cheap: every step).

        Beside the loop's whole-model norm it tells whether a gradient spike comes from the stack."""
        grads = [p.grad.detach().float().pow(2).sum() for probe in self.probes for p in probe.stack.parameters()
                 if p.grad is not None]
        return float(torch.stack(grads).sum().sqrt()) if grads else 0.0

    def arm(self) -> None:
        """Record the next forward pass."""
        for probe in self.probes:
            probe.armed, probe.layer_stats = True, []
            probe.stack.whole_batch = True  # the figures are of the whole batch: no length sub-batches

    def after_backward(self) -> None:
        """Per-layer gradient norms (call before clipping); stops recording forwards."""
        for probe in self.probes:
            probe.armed = False
            probe.stack.whole_batch = False
            for index, layer in enumerate(probe.stack.layers):
                grads = [p.grad.detach().float().pow(2).sum() for p in layer.parameters() if p.grad is not None]
                norm = float(torch.stack(grads).sum().sqrt()) if grads else 0.0
                probe.layer_stats[index]["grad_norm"] = norm

    def before_update(self) -> None:
        """Snapshot the residual-branch weights and the fixed batch's layer outputs."""
        self._weights = [[[w.detach().clone() for w in layer.residual_branch_weights()] for layer in p.stack.layers]
                         for p in self.probes]
        self._before_update = [p.layer_outputs() if p.fixed is not None else None for p in self.probes]

    def after_update(self, step: int, lr: float) -> list[dict]:
        """Finish the records of this step (one per stack) and warn once on stream growth."""
        records = []
        for probe, weights, before in zip(self.probes, self._weights or [], self._before_update or []):
            after = probe.layer_outputs() if before is not None else None
            mask = probe.fixed[1] if probe.fixed is not None else None
            for index, layer in enumerate(probe.stack.layers):
                stats = probe.layer_stats[index]
                old = weights[index]
                new = layer.residual_branch_weights()
                delta = sum(float((n.detach() - o).float().pow(2).sum()) for n, o in zip(new, old)) ** 0.5
                size = sum(float(o.float().pow(2).sum()) for o in old) ** 0.5
                stats["update_ratio"] = delta / size if size > 0 else 0.0
                if after is not None:
                    change = (after[index + 1] - after[index]) - (before[index + 1] - before[index])
                    stats["delta_branch"] = _mean(_token_norms(change, mask))
            record = {"event": "layers", "step": step, "lr": lr, "stack": probe.name, "layers": probe.layer_stats}
            if after is not None:
                record["delta_output"] = _mean(_token_norms(after[-1] - before[-1], mask))
            records.append(record)
            self._warn(probe, step)
        self._weights = self._before_update = None
        return records

    def _warn(self, probe: _StackProbe, step: int) -> None:
        stats = probe.layer_stats
        if self.warned or not stats or stats[0].get("stream_in", 0.0) <= 0:
            return
        growth = stats[-1]["stream_out"] / stats[0]["stream_in"]
        if growth > self.growth_warning:
            self.warned = True
            print(f"deepfix: warning: step {step}: the residual stream of {probe.name} grew {growth:.3g}x through its "
                  f"{len(stats)} layers (more than train.layer_stats_growth_warning = {self.growth_warning:g})",
                  file=sys.stderr)

    def remove(self) -> None:
        for probe in self.probes:
            probe.remove()
