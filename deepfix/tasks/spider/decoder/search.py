"""What beam search asks of a grammar decoder: the :class:`Searcher` protocol.

:func:`~deepfix.tasks.spider.decoder.beam.beam_search` owns the hypotheses (their grammar trees,
scores and action embeddings); a decoder's *searcher* owns the decoder state behind them. Each
hypothesis carries a *memo*, the searcher's record of its state (for the LSTM an
:class:`~deepfix.tasks.spider.decoder.lstm.LSTMMemo`, for the transformer its row in the step
that made it). Per decoding step, beam search calls:

1. :meth:`Searcher.step` once, for the N live hypotheses of every example together: their memos
   and frontiers in, a :class:`SearchStep` out (the decoder output ``o`` that the readout scores,
   the blocks each row used, and the step's own state);
2. :meth:`Searcher.child` for every extension it keeps, with that :class:`SearchStep`: the new
   hypothesis' memo (state passes explicitly; nothing is read back from the searcher's
   attributes);
3. :meth:`Searcher.reorder` once, with the memos of the hypotheses that stay live, in order:
   their memos for the next step (a searcher that keeps per-row storage rearranges it here).

Implementations: :class:`~deepfix.tasks.spider.decoder.lstm.LSTMSearch`,
:class:`~deepfix.tasks.spider.decoder.transformer.TransformerSearch`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import torch

from .config import DecoderConfig
from .memory import Memory

Memo = TypeVar("Memo")


@dataclass
class SearchStep:
    """What one :meth:`Searcher.step` computed for its N rows."""

    o: torch.Tensor                    # (N, H): the decoder output the readout scores
    depth: torch.Tensor | None = None  # (N,) long: decoder blocks each row used (adaptive decoders), else None
    state: Any = None                  # the searcher's own per-row results, read by Searcher.child


class Searcher(Protocol[Memo]):
    """A decoder's side of beam search (see the module)."""

    #: The prepared memory of the batch (projections cached), B rows.
    memory: Memory

    def initial(self) -> Memo:
        """The memo of an empty hypothesis (every example starts from it)."""
        ...

    def step(self, memos: list[Memo], frontiers: list, memory: Memory, rows: torch.Tensor,
             prev_action: torch.Tensor, parent_action: torch.Tensor, node_type: torch.Tensor) -> SearchStep:
        """One decoding step for N live hypotheses: their memos and frontiers (``TreeBuilder.frontier``),
        ``memory`` (:meth:`Memory.select` of their examples, projections only), ``rows`` (N,) their
        examples, the previous and parent action embeddings (N, A) and frontier node types (N,)."""
        ...

    def child(self, step: SearchStep, row: int, memo: Memo) -> Memo:
        """The memo of a hypothesis extending row ``row`` (whose memo was ``memo``) of ``step``."""
        ...

    def reorder(self, memos: list[Memo]) -> list[Memo]:
        """The memos of the hypotheses kept for the next step, in order -> their memos from now on."""
        ...


class SearchableDecoder(Protocol):
    """What :func:`~deepfix.tasks.spider.decoder.beam.beam_search` reads of a decoder besides its searcher:
    :class:`~deepfix.tasks.spider.decoder.readout.GrammarReadout` provides all but :meth:`searcher`."""

    config: DecoderConfig

    @property
    def start_embedding(self) -> torch.Tensor: ...

    def searcher(self, memory: Memory) -> Searcher: ...

    def embed_actions(self, kind: torch.Tensor, index: torch.Tensor, memory: Memory) -> torch.Tensor: ...

    def rule_logits(self, o: torch.Tensor, node_type: torch.Tensor) -> torch.Tensor: ...

    def pointer_logits(self, o: torch.Tensor, memory: Memory, kind: int) -> torch.Tensor: ...
