import copy

import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.train.optim import build_optimizer, build_scheduler


def lrs(schedule_kwargs, steps):
    model = torch.nn.Linear(2, 2)
    optimizer = build_optimizer(model, lr=1.0)
    scheduler = build_scheduler(optimizer, **schedule_kwargs)
    values = []
    for _ in range(steps):
        values.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    return values


def test_no_warmup_poly_decay_starts_at_full_rate_and_floors():
    values = lrs(dict(total_steps=100, power=0.5, min_lr=0.1), 101)
    assert values[0] == 1.0
    assert values[50] == pytest.approx(0.5**0.5)
    assert values[100] == pytest.approx(0.1)
    assert all(a >= b for a, b in zip(values, values[1:]))


def test_warmup_ramps_linearly_then_decays():
    values = lrs(dict(total_steps=110, warmup_steps=10, schedule="linear"), 111)
    assert values[:3] == pytest.approx([0.1, 0.2, 0.3])
    assert values[9] == pytest.approx(1.0) and values[10] == pytest.approx(1.0)
    assert values[60] == pytest.approx(0.5)


def test_frozen_parameters_are_left_out_and_bad_schedule_rejected():
    model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Linear(2, 2))
    model[0].weight.requires_grad_(False)
    optimizer = build_optimizer(model, lr=0.1)
    assert sum(len(g["params"]) for g in optimizer.param_groups) == 3
    with pytest.raises(DeepfixError, match="schedule"):
        build_scheduler(optimizer, 10, schedule="cosine")


def test_fused_optimizer_makes_the_per_parameter_loops_updates():
    """build_optimizer uses PyTorch's fused AdamW kernel; its steps equal the plain loop's (float rounding)."""
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(6, 5), torch.nn.Tanh(), torch.nn.Linear(5, 2))
    twin = copy.deepcopy(model)
    fused = build_optimizer(model, lr=1e-2, weight_decay=0.01)
    plain = torch.optim.AdamW(twin.parameters(), lr=1e-2, weight_decay=0.01)
    assert fused.param_groups[0]["fused"] and not plain.param_groups[0].get("fused")
    x = torch.randn(8, 6)
    for _ in range(5):
        for net, optimizer in ((model, fused), (twin, plain)):
            optimizer.zero_grad()
            net(x).square().sum().backward()
            optimizer.step()
    for a, b in zip(model.parameters(), twin.parameters()):
        torch.testing.assert_close(a, b, rtol=1e-5, atol=1e-6)
