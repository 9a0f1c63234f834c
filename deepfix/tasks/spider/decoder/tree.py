"""Former home of the LSTM grammar decoder, kept so that earlier import paths keep working.

The module was split by idea: :mod:`.config` (``DecoderConfig``), :mod:`.memory` (``Memory``),
:mod:`.readout` (``GrammarReadout``), :mod:`.lstm` (``TreeDecoder``, ``LSTMSearch``) and
:mod:`.actions` (the action vocabulary). New code imports from those modules.
"""

from __future__ import annotations

from deepfix.tasks.spider.sql.grammar import RULES  # noqa: F401

from .actions import (  # noqa: F401
    COLUMN, KINDS, LIMIT_PLACEHOLDER, NODE_TYPE_IDS, NODE_TYPES, PAD, RULE, TABLE, VALUE, GoldSteps, frontier_type,
    gold_steps, placeholder_value, strip_join_conditions)
from .config import DECODER_KINDS, MEMORY_READS, DecoderConfig  # noqa: F401
from .lstm import LSTMMemo, LSTMSearch, ParentSlots, TreeDecoder  # noqa: F401
from .memory import Memory  # noqa: F401
from .readout import GrammarReadout  # noqa: F401
