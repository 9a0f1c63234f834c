"""The Text-to-SQL model: cached encoder vectors -> [BiLSTM] -> projection -> relation-aware stack
(the mixed setup, paper Sec. 3) -> the grammar tree decoder; and its one initialisation entry point."""

from __future__ import annotations

import dataclasses

import torch
from torch import nn

from deepfix.adaptive.decoder import TransformerTreeDecoder
from deepfix.errors import DeepfixError
from deepfix.init.decoder import decoder_input_norms, initialize_decoder
from deepfix.models.mixed import MixedModel, initialize_mixed_model
from deepfix.tasks.spider.decoder.beam import Decoded, beam_search
from deepfix.tasks.spider.decoder.tree import Memory, TreeDecoder
from deepfix.tasks.spider.encoder.relations import num_relations

from .config import ModelConfig
from .examples import T2SBatch, T2SExample, collate


class _Hidden(nn.Module):
    """The mixed model's head slot: hand the stack output to the decoder unchanged."""

    def forward(self, hidden, padding_mask):
        return hidden


class Text2SQLModel(nn.Module):
    def __init__(self, config: ModelConfig, feature_size: int, relation_version: int = 1):
        """``relation_version``: the relation vocabulary the model reads (``DataConfig.relation_version``;
        1 = no semantic links, what every model without a record was trained with)."""
        super().__init__()
        self.config = config
        self.relation_version = relation_version
        # the model config is a MixedConfig: only the relation count (Spider's vocabulary) is added
        mixed = dataclasses.replace(config, stack=dataclasses.replace(config.stack,
                                                                      num_relations=num_relations(relation_version)))
        self.encoder = MixedModel(mixed, feature_size, _Hidden())
        d_model = mixed.stack.d_model
        if config.decoder.kind == "transformer":
            self.decoder = TransformerTreeDecoder(d_model, config.decoder)
        else:
            self.decoder = TreeDecoder(d_model, config.decoder)

    def encode(self, batch: T2SBatch) -> Memory:
        memory = self.encoder(batch.features, batch.padding_mask, batch.relations)  # (B, n, d)
        d = memory.shape[-1]
        columns = memory.gather(1, batch.column_pos.unsqueeze(-1).expand(-1, -1, d))  # (B, C, d)
        tables = memory.gather(1, batch.table_pos.unsqueeze(-1).expand(-1, -1, d))    # (B, T, d)
        return Memory(memory, batch.padding_mask, columns, batch.column_valid, tables, batch.table_valid)

    def forward(self, batch: T2SBatch) -> torch.Tensor:
        """Teacher-forcing loss (mean over the batch of summed action NLL)."""
        if batch.kind is None:
            raise DeepfixError("batch has examples without gold action sequences")
        return self.decoder(self.encode(batch), batch.kind, batch.index, batch.node_type, batch.parent)

    @torch.no_grad()
    def decode(self, batch: T2SBatch, beam_size: int = 5) -> list[Decoded]:
        return beam_search(self.decoder, self.encode(batch), [e.column_ids for e in batch.examples], beam_size)


#: Training examples over which the decoder's memory scale is measured (the first ones, in file order).
MEMORY_SCALE_EXAMPLES = 2048


def initialize(model: Text2SQLModel, train: list[T2SExample], progress: bool = False) -> dict:
    """The model's one initialisation entry point.

    Projection: Xavier; stack: its init scheme (μ over the training set's stack inputs for
    DT-Fixup); decoder: Xavier (:meth:`~deepfix.tasks.spider.decoder.tree.TreeDecoder.reset_parameters`), then, for
    ``memory: scaled``, 1 / RMS of the initialised stack's output over the first
    :data:`MEMORY_SCALE_EXAMPLES` training examples (eval mode, valid positions).
    """
    loader = torch.utils.data.DataLoader(train, batch_size=64, collate_fn=collate)
    report = initialize_mixed_model(model.encoder, loader, lambda b: (b.features, b.padding_mask, b.relations),
                                    progress=progress)
    model.decoder.reset_parameters()
    if model.decoder.memory_scale is not None:
        rms = stack_output_rms(model, train[:MEMORY_SCALE_EXAMPLES])
        model.decoder.set_memory_scale(rms)
        report["decoder_memory_rms"] = rms
    if isinstance(model.decoder, TransformerTreeDecoder):
        mu_x = mu_m = None
        if model.decoder.config.transformer.init == "dt_fixup":
            mu_x, mu_m = decoder_norms(model, train[:MEMORY_SCALE_EXAMPLES])
        report.update(initialize_decoder(model.decoder, mu_x, mu_m))
    return report


@torch.no_grad()
def decoder_norms(model: Text2SQLModel, examples: list[T2SExample]) -> tuple[float, float]:
    """(μ_x, μ_m) of the transformer decoder over ``examples`` (see :func:`~deepfix.init.decoder.decoder_input_norms`)."""
    was_training = model.training
    model.eval()
    usable = [e for e in examples if e.steps is not None]
    batches = (collate(usable[start:start + 64]) for start in range(0, len(usable), 64))
    norms = decoder_input_norms(model.decoder, ((model.encode(b), b.kind, b.index, b.node_type, b.parent)
                                                for b in batches))
    model.train(was_training)
    return norms


@torch.no_grad()
def stack_output_rms(model: Text2SQLModel, examples: list[T2SExample]) -> float:
    """Root-mean-square of the stack output's coordinates over the valid positions of ``examples``."""
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    for start in range(0, len(examples), 64):
        batch = collate(examples[start:start + 64])
        memory = model.encoder(batch.features, batch.padding_mask, batch.relations)  # (B, n, d)
        valid = memory[~batch.padding_mask]  # (tokens, d)
        total += float(valid.double().pow(2).sum())
        count += valid.numel()
    model.train(was_training)
    return (total / count) ** 0.5 if count else 1.0
