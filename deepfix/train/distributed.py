"""Multi-process training: torchrun environment, process group, DDP wrapping, small collectives.

Launched by ``torchrun --nproc_per_node=K`` (which sets ``RANK``, ``WORLD_SIZE``, ``LOCAL_RANK``,
``MASTER_ADDR``, ``MASTER_PORT``), the loop joins a process group (``nccl`` when CUDA is used,
``gloo`` on CPU), wraps the model in :class:`torch.nn.parallel.DistributedDataParallel` and
shards each global batch over the ranks (:mod:`deepfix.train.sampling`). Without those variables
everything here degrades to a single process and the collectives return their input.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass

import torch
import torch.distributed as dist

from ..errors import DeepfixError


@dataclass(frozen=True)
class DistContext:
    """This process's place in the run."""

    rank: int = 0
    world_size: int = 1
    local_rank: int = 0
    device: torch.device = torch.device("cpu")
    owns_group: bool = False  # True when this module created the process group (and must end it)

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def distributed(self) -> bool:
        return self.world_size > 1


def resolve_device(name: str, local_rank: int = 0) -> torch.device:
    """``auto`` -> ``cuda:LOCAL_RANK`` when CUDA is available, else ``cpu``; other names as given."""
    if name == "auto":
        return torch.device(f"cuda:{local_rank}") if torch.cuda.is_available() else torch.device("cpu")
    if name == "cuda":
        name = f"cuda:{local_rank}"
    device = torch.device(name)
    if device.type == "cuda" and not torch.cuda.is_available():
        raise DeepfixError(f"train config, field 'device': {name!r} requested but CUDA is not available")
    return device


def init_distributed(device: str = "auto", timeout_minutes: float = 120.0) -> DistContext:
    """Join the torchrun process group if launched by torchrun (or reuse one already initialised)."""
    if dist.is_available() and dist.is_initialized():
        rank, world = dist.get_rank(), dist.get_world_size()
        local = int(os.environ.get("LOCAL_RANK", rank))
        return DistContext(rank, world, local, resolve_device(device, local), owns_group=False)
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        return DistContext(device=resolve_device(device, 0))
    rank = int(os.environ["RANK"])
    local = int(os.environ.get("LOCAL_RANK", "0"))
    target = resolve_device(device, local)
    backend = "nccl" if target.type == "cuda" else "gloo"
    if target.type == "cuda":
        torch.cuda.set_device(target)
    dist.init_process_group(backend=backend, timeout=datetime.timedelta(minutes=timeout_minutes))
    return DistContext(rank, world, local, target, owns_group=True)


def is_main_process() -> bool:
    """Rank 0 of a torchrun launch (or a plain process); usable before/after the loop's group exists."""
    if dist.is_available() and dist.is_initialized():
        return dist.get_rank() == 0
    return int(os.environ.get("RANK", "0")) == 0


def shutdown(ctx: DistContext) -> None:
    if ctx.owns_group and dist.is_initialized():
        dist.destroy_process_group()


def wrap_model(model: torch.nn.Module, ctx: DistContext, find_unused_parameters: bool = False) -> torch.nn.Module:
    """``DistributedDataParallel(model)`` in a multi-process run, the model itself otherwise.

    ``find_unused_parameters`` is needed when a task leaves some parameters out of some batches'
    forward (DDP then says so in its error message); it costs one graph traversal per step.
    """
    if not ctx.distributed:
        return model
    device_ids = [ctx.device.index] if ctx.device.type == "cuda" else None
    return torch.nn.parallel.DistributedDataParallel(
        model, device_ids=device_ids, find_unused_parameters=find_unused_parameters
    )


def unwrap(model: torch.nn.Module) -> torch.nn.Module:
    return model.module if isinstance(model, torch.nn.parallel.DistributedDataParallel) else model


def mean_across(value: torch.Tensor, ctx: DistContext) -> torch.Tensor:
    """Mean of a tensor over the ranks (a NaN on any rank makes the mean NaN everywhere)."""
    if not ctx.distributed:
        return value
    value = value.detach().clone()
    dist.all_reduce(value, op=dist.ReduceOp.SUM)
    return value / ctx.world_size


def gather_objects(obj, ctx: DistContext) -> list:
    """Every rank's ``obj`` (a list of ``world_size`` items on every rank)."""
    if not ctx.distributed:
        return [obj]
    out: list = [None] * ctx.world_size
    dist.all_gather_object(out, obj)
    return out


def broadcast_object(obj, ctx: DistContext):
    """Rank 0's ``obj`` on every rank."""
    if not ctx.distributed:
        return obj
    box = [obj]
    dist.broadcast_object_list(box, src=0)
    return box[0]


def barrier(ctx: DistContext) -> None:
    if ctx.distributed:
        dist.barrier()


def check_gradients_synchronised(model: torch.nn.Module, ctx: DistContext) -> None:
    """Raise if ranks hold different gradients after backward (DDP did not reduce them).

    That happens when ``Task.compute_loss`` calls sub-modules directly instead of ``model(...)``;
    checked once, on the first step.
    """
    if not ctx.distributed:
        return
    grads = [p.grad.detach().double().sum() for p in unwrap(model).parameters() if p.grad is not None]
    checksum = torch.stack(grads).sum().reshape(1) if grads else torch.zeros(1, dtype=torch.float64)
    checksum = checksum.to(ctx.device)
    low, high = checksum.clone(), checksum.clone()
    dist.all_reduce(low, op=dist.ReduceOp.MIN)
    dist.all_reduce(high, op=dist.ReduceOp.MAX)
    if not (torch.isfinite(low).all() and torch.isfinite(high).all()):
        return  # non-finite gradients: the divergence guard reports them
    if not torch.allclose(low, high, rtol=1e-5, atol=1e-8):
        raise DeepfixError(
            "distributed training: gradients differ across ranks after backward; "
            "Task.compute_loss must run the model through model(...) (its forward), not its sub-modules"
        )
