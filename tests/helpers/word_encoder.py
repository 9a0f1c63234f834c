"""A tiny BERT whose word embeddings dominate its output, saved like a Hugging Face model folder."""

from __future__ import annotations

from pathlib import Path

import torch


def save_word_encoder(directory: Path, vocab: list[str], num_layers: int = 1) -> Path:
    """A ``num_layers``-layer, 32-wide BERT over ``vocab`` whose word embeddings have std 1, so
    different questions get different vectors. The tokenizer is built from a vocabulary dict:
    under transformers 5, ``BertTokenizerFast(vocab_file=...)`` saves a tokenizer that maps every
    word to [UNK]."""
    from transformers import BertConfig, BertModel, BertTokenizer

    tokenizer = BertTokenizer(vocab={w: i for i, w in enumerate(vocab)}, do_lower_case=True)
    torch.manual_seed(0)
    model = BertModel(BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=num_layers,
                                 num_attention_heads=2, intermediate_size=64, max_position_embeddings=128))
    with torch.no_grad():
        model.embeddings.word_embeddings.weight.normal_(0.0, 1.0)  # words dominate the output
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return Path(directory)
