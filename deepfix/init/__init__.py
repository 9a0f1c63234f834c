"""Initialisation: schemes over a built stack, μ estimation for DT-Fixup, and DT-Fixup for decoder blocks."""

from .decoder import decoder_dt_fixup_factors, decoder_input_norms, initialize_decoder
from .mu import InputNormStats, estimate_mu
from .schemes import SCHEMES, Scheme, apply_init, dt_fixup_factor, get_scheme, xavier_init

__all__ = ["decoder_dt_fixup_factors", "decoder_input_norms", "initialize_decoder", "SCHEMES", "InputNormStats", "Scheme", "apply_init", "dt_fixup_factor", "estimate_mu", "get_scheme", "xavier_init"]
