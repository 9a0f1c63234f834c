"""The Text-to-SQL model and task: cached encoder vectors -> relation-aware stack -> tree decoder.

The paper's Spider system (Sec. 4) with the pretrained encoder frozen and cached (MiniLM here,
RoBERTa-large in the paper): pooled item vectors (B, n, H) [-> BiLSTM] -> projection to d_model
-> input dropout -> relation-aware :class:`~deepfix.nn.TransformerStack` (initialised with the
config's scheme; DT-Fixup's μ measured on the stack's input over the training set) -> the memory
read by :class:`~deepfix.tasks.spider.decoder.lstm.TreeDecoder` (attention + column/table pointers).

Schema order shuffling (paper, training) is not done: with cached encoder vectors the stack's
input order carries no information (no positions; relations are order-free), so it is a no-op.

Modules: ``config`` (the run's configuration), ``examples`` (examples, batches, the held-out part),
``model`` (the model and its initialisation), ``predict`` (decoding and SQL text), ``task`` (the
training-loop task), ``files`` (model files and run directories).
"""

from __future__ import annotations

from .config import HOLDOUT_KINDS, DataConfig, ModelConfig, SpiderConfig, TrainConfig, config_from_dict, config_to_dict, load_config  # noqa: F401
from .examples import HOLDOUT_SALT, T2SBatch, T2SExample, collate, held_out, in_selection_part, load_examples, make_examples, split_holdout, split_holdout_databases, split_selection  # noqa: F401
from .model import MEMORY_SCALE_EXAMPLES, Text2SQLModel, decoder_norms, initialize, stack_output_rms  # noqa: F401
from .predict import exact_match_rate, fallback_sql, predict, to_sql, tree_sql  # noqa: F401
from .task import Text2SQLTask  # noqa: F401
from .files import ENCODER_FILE, MODEL_FORMAT, feature_size_of, load_model, record_run_encoder, save_model  # noqa: F401

__all__ = ["DataConfig", "ENCODER_FILE", "HOLDOUT_KINDS", "HOLDOUT_SALT", "MEMORY_SCALE_EXAMPLES", "MODEL_FORMAT", "ModelConfig", "SpiderConfig", "T2SBatch", "T2SExample", "Text2SQLModel", "Text2SQLTask", "TrainConfig", "collate", "config_from_dict", "config_to_dict", "decoder_norms", "exact_match_rate", "fallback_sql", "feature_size_of", "held_out", "in_selection_part", "initialize", "load_config", "load_examples", "load_model", "make_examples", "predict", "record_run_encoder", "save_model", "split_holdout", "split_holdout_databases", "split_selection", "stack_output_rms", "to_sql", "tree_sql"]
