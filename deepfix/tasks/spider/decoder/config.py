"""The grammar decoder's configuration (``model.decoder``): which decoder, its sizes, how it reads the memory."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from deepfix.adaptive.config import TransformerDecoderConfig
from deepfix.errors import DeepfixError

#: Decoder architectures: the parent-feeding LSTM (:class:`~deepfix.tasks.spider.decoder.lstm.TreeDecoder`)
#: or the depth-adaptive transformer (:class:`~deepfix.tasks.spider.decoder.transformer.TransformerTreeDecoder`).
DECODER_KINDS = ("lstm", "transformer")
#: How the decoder reads the stack output (see :meth:`deepfix.tasks.spider.decoder.lstm.TreeDecoder.prepare`).
MEMORY_READS = ("scaled", "layernorm", "raw")


@dataclass
class DecoderConfig:
    renamed: ClassVar[dict[str, str]] = {"heads": "n_heads"}  # the stack's word
    kind: str = "lstm"
    hidden: int = 512            # LSTM size (the authors' 512); the transformer's width
    action_dim: int = 128        # rule / pointer-action embedding size
    type_dim: int = 64           # frontier node-type embedding size
    n_heads: int = 8             # attention heads over the encoder memory
    dropout: float = 0.1         # on the decoder's linear-layer inputs
    column_label_smoothing: float = 0.2
    max_steps: int = 200         # decoding stops a hypothesis after this many actions
    memory: str = "scaled"       # how the decoder reads the stack output: scaled | layernorm | raw (TreeDecoder.prepare)
    memory_norm: bool | None = None  # legacy key of saved models: true = memory "layernorm", false = "raw"
    transformer: TransformerDecoderConfig = field(default_factory=TransformerDecoderConfig)  # kind: transformer

    def __post_init__(self) -> None:
        if self.memory_norm is not None:  # models saved before `memory` existed keep what they trained with
            self.memory = "layernorm" if self.memory_norm else "raw"
            self.memory_norm = None
        if self.kind not in DECODER_KINDS:
            raise DeepfixError(f"model.decoder.kind: expected one of {', '.join(DECODER_KINDS)}, got {self.kind!r}")
        if self.memory not in MEMORY_READS:
            raise DeepfixError(f"model.decoder.memory: expected one of {', '.join(MEMORY_READS)}, got {self.memory!r}")
