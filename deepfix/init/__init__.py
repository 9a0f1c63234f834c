"""Initialisation: schemes over a built stack, and μ estimation for DT-Fixup."""

from .mu import InputNormStats, estimate_mu
from .schemes import SCHEMES, Scheme, apply_init, dt_fixup_factor, get_scheme, xavier_init

__all__ = ["SCHEMES", "InputNormStats", "Scheme", "apply_init", "dt_fixup_factor", "estimate_mu", "get_scheme", "xavier_init"]
