"""The Text-to-SQL model: cached encoder vectors -> [BiLSTM] -> projection -> relation-aware stack
(the mixed setup, paper Sec. 3) -> the grammar tree decoder; and its one initialisation entry point.

"The encoder" is the pretrained Hugging Face model and nothing else. Everything after it, up to the
decoder (BiLSTM, projection, stack), is ``mixed``, a :class:`~deepfix.models.mixed.MixedModel`.
With ``model.encoder_train_layers`` k >= 1 the encoder's top k layers are part of the model
(``mixed.encoder``, an :class:`~deepfix.models.upper_encoder.UpperLayers`, trained at
``train.encoder_lr`` and saved with it): they run on the frozen lower layers' token outputs (from
the token cache in training, or from the model's ``lower_encoder`` on the token ids when
answering), and their outputs are pooled per item exactly as the frozen path's cache pools them.
:func:`build_model` makes either kind from a run's config.

Until the rename of ``encoder`` (the mixed model) to ``mixed``, weights were saved under ``encoder.``
(``encoder.stack.``, ``encoder.encoder.`` for the top layers); :data:`RENAMED` maps them on load, so
model files, checkpoints and runs written before it keep loading (:mod:`deepfix.nn.renamed_keys`)."""

from __future__ import annotations

import dataclasses

import torch
from torch import nn
from torch.nn.utils.rnn import pad_sequence

from deepfix.tasks.spider.decoder.transformer import TransformerTreeDecoder
from deepfix.errors import DeepfixError
from deepfix.init.decoder import decoder_input_norms, initialize_decoder
from deepfix.models.mixed import MixedModel, initialize_mixed_model
from deepfix.nn.renamed_keys import declare_renamed
from deepfix.tasks.spider.decoder.beam import Decoded, beam_search
from deepfix.tasks.spider.decoder.lstm import TreeDecoder
from deepfix.tasks.spider.decoder.memory import Memory
from deepfix.tasks.spider.inputs.cache import pool_spans
from deepfix.tasks.spider.inputs.relations import num_relations

from .config import ModelConfig, SpiderConfig
from .examples import T2SBatch, T2SExample, collate, token_id_batch


class _Hidden(nn.Module):
    """The mixed model's head slot: hand the stack output to the decoder unchanged."""

    def forward(self, hidden, padding_mask):
        return hidden


#: Saved key prefixes of earlier versions -> today's (the mixed model was the attribute ``encoder``).
RENAMED = {"encoder.": "mixed."}


class Text2SQLModel(nn.Module):
    """``mixed``: the mixed model (BiLSTM, projection, stack) between the encoder and the decoder, its
    slot ``mixed.encoder`` holding ``upper``; ``upper``: the trained top encoder layers (``config.encoder_train_layers`` >= 1, else None);
    ``lower``: the frozen layers below them, needed only to encode examples without cached token
    outputs. ``lower`` is held outside the module tree: never trained, never saved (it is the
    pretrained encoder's, read from its directory), always in eval mode. ``relation_version``: the
    relation vocabulary the model reads (``DataConfig.relation_version``; 1 = no semantic links, what
    every model without a record was trained with)."""

    def __init__(self, config: ModelConfig, feature_size: int, upper: nn.Module | None = None,
                 lower: nn.Module | None = None, relation_version: int = 1):
        super().__init__()
        self.config = config
        self.relation_version = relation_version
        if bool(config.encoder_train_layers) != (upper is not None):
            raise DeepfixError(f"model.encoder_train_layers is {config.encoder_train_layers}: the model needs "
                               f"{'the encoder top layers' if config.encoder_train_layers else 'no encoder layers'}"
                               " (build it with deepfix.tasks.spider.text2sql.model.build_model)")
        # the model config is a MixedConfig: only the relation count (Spider's vocabulary) is added
        mixed = dataclasses.replace(config, stack=dataclasses.replace(config.stack,
                                                                      num_relations=num_relations(relation_version)))
        self.mixed = MixedModel(mixed, feature_size, _Hidden(), encoder=upper)
        object.__setattr__(self, "lower_encoder", lower)  # not a submodule (see the class docstring)
        d_model = mixed.stack.d_model
        if config.decoder.kind == "transformer":
            self.decoder = TransformerTreeDecoder(d_model, config.decoder)
        else:
            self.decoder = TreeDecoder(d_model, config.decoder)
        declare_renamed(self, RENAMED)

    def features(self, batch: T2SBatch) -> torch.Tensor:
        """(B, n, H) item vectors entering the projection: the batch's cached ones (frozen encoder), or
        the trained top encoder layers' outputs pooled per item (the frozen path's pooling, per row)."""
        upper = self.mixed.encoder
        if upper is None:
            return batch.features
        if batch.tokens is not None:
            states, token_padding, spans = batch.tokens, batch.token_padding, batch.spans
        else:  # no token cache (answering, evaluating): the frozen lower layers run on the token ids
            if self.lower_encoder is None:
                raise DeepfixError("the batch has no cached encoder token outputs and the model no lower "
                                   "encoder layers to compute them (build_model(..., lower=True))")
            device = batch.features.device
            ids, mask, spans = (t.to(device) for t in token_id_batch(batch.examples))
            states, token_padding = self.lower_encoder.to(device)(ids, mask), mask == 0
        hidden = upper(states, token_padding)  # (B, n_tok, H)
        counts = (~batch.padding_mask).sum(1).tolist()
        pooled = [pool_spans(hidden[i], spans[i, :m]) for i, m in enumerate(counts)]  # (m_i, H) each
        features = pad_sequence(pooled, batch_first=True)  # (B, max m_i, H)
        if features.shape[1] < batch.padding_mask.shape[1]:
            features = nn.functional.pad(features, (0, 0, 0, batch.padding_mask.shape[1] - features.shape[1]))
        return features

    def encode(self, batch: T2SBatch) -> Memory:
        memory = self.mixed(self.features(batch), batch.padding_mask, batch.relations)  # (B, n, d)
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
    DT-Fixup); decoder: Xavier (:meth:`~deepfix.tasks.spider.decoder.lstm.TreeDecoder.reset_parameters`), then, for
    ``memory: scaled``, 1 / RMS of the initialised stack's output over the first
    :data:`MEMORY_SCALE_EXAMPLES` training examples (eval mode, valid positions).
    """
    loader = torch.utils.data.DataLoader(train, batch_size=64, collate_fn=collate)
    # the stack's inputs as training will feed them: with trained top encoder layers, their pooled outputs
    # at initialisation (estimate_mu runs them in eval mode, without gradients)
    report = initialize_mixed_model(model.mixed, loader, lambda b: (model.features(b), b.padding_mask, b.relations),
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
        memory = model.mixed(model.features(batch), batch.padding_mask, batch.relations)  # (B, n, d)
        valid = memory[~batch.padding_mask]  # (tokens, d)
        total += float(valid.double().pow(2).sum())
        count += valid.numel()
    model.train(was_training)
    return (total / count) ** 0.5 if count else 1.0


def build_model(config: SpiderConfig, feature_size: int, lower: bool = True) -> Text2SQLModel:
    """The Text-to-SQL model of a run's ``config`` (not initialised).

    ``model.encoder_train_layers`` k >= 1: the pretrained encoder (``data.encoder``) is loaded and split;
    the model gets a trainable copy of its top k layers and, with ``lower``, its frozen rest (for
    examples without cached token outputs). The load happens under a forked RNG, so the new
    parameters start from the same random numbers whatever k is.
    """
    k = config.model.encoder_train_layers
    version = config.data.relation_version
    if not k:
        return Text2SQLModel(config.model, feature_size, relation_version=version)
    from deepfix.models.encoders import load_pretrained, resolve_encoder
    from deepfix.models.upper_encoder import LowerLayers, UpperLayers

    with torch.random.fork_rng(devices=[]):
        hf_model = load_pretrained(resolve_encoder(config.data.encoder))[0]
    upper = UpperLayers(hf_model, k, "model.encoder_train_layers")
    if upper.hidden_size != feature_size:
        raise DeepfixError(f"encoder {config.data.encoder or 'default'}: width {upper.hidden_size}, "
                           f"the model reads vectors of width {feature_size}")
    return Text2SQLModel(config.model, feature_size, upper,
                         LowerLayers(hf_model, k, "model.encoder_train_layers") if lower else None, version)
