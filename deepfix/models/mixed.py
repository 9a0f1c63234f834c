"""The paper's mixed setup: f_e (pretrained encoder [+ BiLSTM]) -> f_G (deep stack) -> f_o (head).

``MixedModel`` holds everything after the pretrained transformer, so the same module trains on
live encoder outputs (fine-tuning, ``encoder`` attached) or on cached ones (frozen encoder)::

    features (B, n, H) -> [BiLSTM] -> Linear(H', d_model) -> input dropout -> stack -> head

μ is measured on :meth:`MixedModel.stack_input` — the vectors that actually enter f_G, after the
projection (the DT-Fixup authors measured before the projection; ``mu_source="features"`` gives
that variant for comparison).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable, Iterable

import torch
from torch import nn

from ..errors import DeepfixError
from ..init import apply_init, estimate_mu, get_scheme
from ..nn import BiLSTM, StackConfig, TransformerStack


@dataclass
class MixedConfig:
    stack: StackConfig = field(default_factory=StackConfig)
    init: str = "dt_fixup"  # standard | t_fixup | dt_fixup | deepnorm | admin | rezero
    bilstm_hidden: int = 0  # 0 = no BiLSTM
    mu_source: str = "stack_input"  # stack_input | features
    mu_percentile: float | None = None  # None = max (the paper); e.g. 95.0 for the robust variant

    def __post_init__(self) -> None:
        if isinstance(self.stack, dict):
            self.stack = StackConfig(**self.stack)
        get_scheme(self.init)  # an unknown scheme fails here, naming the choices
        if self.mu_source not in ("stack_input", "features"):
            raise DeepfixError(f"mu_source: expected 'stack_input' or 'features', got {self.mu_source!r}")

    def resolved_stack(self) -> StackConfig:
        """The stack as built: ``norm: auto`` becomes the init scheme's LayerNorm placement.

        The one place where the placement follows the scheme. The config itself keeps ``auto``, so a
        task config that changes ``init`` later (a study's grid) still gets that scheme's placement.
        """
        if self.stack.norm != "auto":
            return self.stack
        return dataclasses.replace(self.stack, norm=get_scheme(self.init).norm)


class PretrainedEncoder(nn.Module):
    """A Hugging Face encoder: token ids -> last hidden states (B, T, H)."""

    def __init__(self, hf_model: nn.Module) -> None:
        super().__init__()
        self.model = hf_model
        self.hidden_size = int(hf_model.config.hidden_size)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state


class MixedModel(nn.Module):
    """BiLSTM (optional) + projection + :class:`TransformerStack` + task head."""

    def __init__(
        self,
        config: MixedConfig,
        feature_size: int,
        head: nn.Module,
        encoder: PretrainedEncoder | None = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.encoder = encoder
        self.bilstm = BiLSTM(feature_size, config.bilstm_hidden) if config.bilstm_hidden else None
        projected_from = self.bilstm.output_size if self.bilstm is not None else feature_size
        self.projection = nn.Linear(projected_from, config.stack.d_model)
        self.stack = TransformerStack(config.resolved_stack())
        self.head = head

    def encoder_parameters(self) -> list[nn.Parameter]:
        """Pretrained parameters (their own, smaller learning rate)."""
        return list(self.encoder.parameters()) if self.encoder is not None else []

    def stack_input(self, features: torch.Tensor, padding_mask: torch.Tensor | None) -> torch.Tensor:
        """features (B, n, H) -> x (B, n, d_model): the vectors entering f_G (before input dropout)."""
        if self.bilstm is not None:
            features = self.bilstm(features, padding_mask)
        return self.projection(features)

    def forward(
        self,
        features: torch.Tensor,
        padding_mask: torch.Tensor | None = None,
        relations: torch.Tensor | None = None,
    ):
        hidden = self.stack(self.stack_input(features, padding_mask), padding_mask, relations)  # (B, n, d)
        return self.head(hidden, padding_mask)


FeaturesFn = Callable[[object], tuple]  # batch -> (features, padding_mask, relations | None)


def initialize_mixed_model(
    model: MixedModel,
    loader: Iterable | None = None,
    features_fn: FeaturesFn | None = None,
    mu: float | None = None,
    progress: bool = True,
) -> dict:
    """Xavier-initialise the new parameters, estimate μ if the scheme needs it, apply the scheme.

    Projection and the head's linear layers: Xavier-uniform, zero biases; the stack: its scheme
    (:func:`deepfix.init.apply_init`). The optional BiLSTM keeps PyTorch's LSTM initialisation
    (uniform ±1/sqrt(hidden)), as the DT-Fixup authors' BiLSTM does; a different choice would be a
    measured change of its own. Returns the scheme's report (factor, μ statistics, ...), for logging.
    """
    config = model.config
    with torch.no_grad():
        for module in [model.projection, *model.head.modules()]:
            if isinstance(module, nn.Linear):
                nn.init.xavier_uniform_(module.weight)
                if module.bias is not None:
                    nn.init.zeros_(module.bias)
    scheme = get_scheme(config.init)
    report: dict = {}
    profile_batch = None
    if (scheme.needs_mu and mu is None) or config.init == "admin":
        if loader is None or features_fn is None:
            raise DeepfixError(f"init {config.init!r}: needs training data (loader and features_fn) to measure inputs")
    if scheme.needs_mu and mu is None:

        def encode(batch):
            features, padding_mask, _ = features_fn(batch)
            if config.mu_source == "features":
                return features, padding_mask
            return model.stack_input(features, padding_mask), padding_mask

        wanted = sorted({95.0, 99.0} | ({float(config.mu_percentile)} if config.mu_percentile else set()))
        stats = estimate_mu(encode, loader, percentiles=wanted, progress=progress, modules=[model])
        mu = stats.percentiles[float(config.mu_percentile)] if config.mu_percentile else stats.max
        report["mu_stats"] = stats.as_dict()
    if config.init == "admin":
        features, padding_mask, relations = features_fn(next(iter(loader)))
        with torch.no_grad():
            profile_batch = (model.stack_input(features, padding_mask), padding_mask, relations)
    report.update(apply_init(model.stack, config.init, mu=mu, profile_batch=profile_batch))
    return report
