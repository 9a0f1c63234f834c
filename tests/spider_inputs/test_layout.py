import numpy as np
import pytest
import torch

from deepfix.tasks.spider.inputs.cache import pool_spans
from deepfix.errors import DeepfixError
from deepfix.tasks.spider.inputs.layout import LayoutBuilder, column_text


def test_layout_order_and_spans(tiny_tokenizer, shop_schema):
    builder = LayoutBuilder(tiny_tokenizer)
    words = ["How", "many", "singers", "?"]
    layout = builder.build(words, shop_schema)
    assert layout.num_words == 4 and layout.num_items == 4 + 9 + 3
    assert layout.dropped_words == layout.dropped_columns == 0
    tokens = tiny_tokenizer.convert_ids_to_tokens(layout.input_ids)
    assert tokens[0] == "[CLS]" and tokens[-1] == "[SEP]"
    pieces = [tokens[a:b] for a, b in layout.spans]
    assert pieces[2] == ["singer", "##s"]  # one question word, two sub-words
    assert pieces[4] == ["*", "all"]  # column 0
    assert pieces[6] == ["name", "singer", "text"]  # column 2: name, its table, its type
    assert pieces[-1] == ["stadium"]  # the last table
    # items never cover special tokens
    covered = np.concatenate([np.arange(a, b) for a, b in layout.spans])
    assert not {tokens[i] for i in covered} & {"[CLS]", "[SEP]"}


def test_truncation_keeps_keys_first_and_counts(tiny_tokenizer, shop_schema):
    builder = LayoutBuilder(tiny_tokenizer, max_tokens=30, max_question_tokens=3)
    layout = builder.build(["How", "many", "singers", "?"], shop_schema)
    assert layout.num_words == 2 and layout.dropped_words == 2  # "singers" needs 2 sub-words: over budget
    assert len(layout.input_ids) <= 30
    kept = layout.column_ids.tolist()
    assert layout.dropped_columns == 9 - len(kept) > 0
    assert kept[:1] == [0] and {1, 4, 7} <= set(kept)  # '*' and primary keys go first
    # the relation rows of the kept items
    index = builder.item_index(layout, 4, 9)
    assert index.tolist() == [0, 1] + [4 + c for c in kept] + [13, 14, 15]


def test_tables_that_do_not_fit_are_an_error_not_an_overlong_sequence(tiny_tokenizer, shop_schema):
    """Truncation drops only columns: a schema whose tables alone overflow gave a sequence longer than
    the encoder's positions (a tensor size error in the encoder) instead of one line."""
    builder = LayoutBuilder(tiny_tokenizer, max_tokens=8)
    with pytest.raises(DeepfixError, match=r"schema of \S+ take \d+ tokens; this model reads at most 8 .*tables"):
        builder.build(["How", "many", "singers", "?"], shop_schema)


def test_answering_refuses_a_schema_that_does_not_fit_whole(tiny_tokenizer, shop_schema):
    """Training truncates columns (above); answering must not silently drop them."""
    words = ["How", "many", "singers", "?"]
    whole = len(LayoutBuilder(tiny_tokenizer).build(words, shop_schema).input_ids)
    assert len(LayoutBuilder(tiny_tokenizer, max_tokens=whole, truncate_schema=False).build(words, shop_schema).input_ids) == whole
    with pytest.raises(DeepfixError, match=rf"take {whole} tokens; this model reads at most {whole - 1} \(unpruned: ask a database with fewer tables/columns\)"):
        LayoutBuilder(tiny_tokenizer, max_tokens=whole - 1, truncate_schema=False).build(words, shop_schema)


def test_column_text(shop_schema):
    assert column_text(shop_schema, 0) == "* all"
    assert column_text(shop_schema, 8) == "best singer stadium number"


def test_mean_pooling_over_spans():
    hidden = torch.arange(12, dtype=torch.float32).reshape(6, 2)
    spans = torch.tensor([[1, 2], [2, 5]])
    pooled = pool_spans(hidden, spans)
    assert torch.allclose(pooled, torch.stack([hidden[1], hidden[2:5].mean(0)]))
