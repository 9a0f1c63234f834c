"""Shared fixtures. Tests never download: models are built from tiny configs."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

torch.set_num_threads(1)

TINY_VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + [
    "the", "a", "of", "how", "many", "what", "is", "are", "name", "names", "id", "age", "student", "students",
    "singer", "singers", "concert", "stadium", "table", "column", "count", "average", "maximum", "show", "list",
    "all", "for", "each", "with", "than", "older", "year", "country", "city", "which", "who", "and", "or", "not",
    "in", "to", "be", "true", "false", "because", "if", "then", "some", "every", "no", "?", ".", ",", "##s", "##ed",
]


@pytest.fixture(scope="session")
def tiny_encoder_dir(tmp_path_factory):
    """A 2-layer, 32-wide BERT with a 60-word vocabulary, saved like a Hugging Face model folder."""
    from transformers import BertConfig, BertModel, BertTokenizer

    directory = tmp_path_factory.mktemp("tiny_encoder")
    # transformers 5 ignores `vocab_file=` here (every word became [UNK]); pass the vocabulary itself.
    tokenizer = BertTokenizer(vocab={word: i for i, word in enumerate(TINY_VOCAB)}, do_lower_case=True)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(TINY_VOCAB), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=128,
    )
    BertModel(config).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


@pytest.fixture(autouse=True)
def no_shipped_model(monkeypatch, tmp_path_factory):
    """Tests never read the model shipped in deepfix/data/models/ (dropped in by the maintainer, MiniLM-sized):
    the shipped-model path points at a missing file, and a test that needs one points it at a tiny model."""
    from deepfix.tasks.spider import shipped_model

    monkeypatch.setattr(shipped_model, "SHIPPED_MODEL", Path(tmp_path_factory.getbasetemp()) / "no-shipped-model"
                        / shipped_model.SHIPPED_MODEL.name)


# The Spider model fixtures (a tiny Spider directory, examples, tiny configs, one overfit model), shared
# by the decoder, text2sql, answer, serve, command and adaptive tests.
from tests.helpers.spider_model import data_config, examples, overfit, spider_dir, tiny_config, word_encoder_dir  # noqa: E402,F401
