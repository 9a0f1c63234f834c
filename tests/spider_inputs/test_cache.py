"""Preprocessing end to end and the safetensors encoder cache, with a tiny BERT built from a config."""

import json

import pytest
import torch

from deepfix.tasks.spider.inputs.cache import cache_key, cached_features, load_features, save_features
from deepfix.tasks.spider.inputs.data import load_spider
from deepfix.tasks.spider.inputs.layout import LayoutBuilder
from deepfix.tasks.spider.inputs.preprocess import Preprocessor


@pytest.fixture
def tiny_bert_dir(tmp_path, tiny_tokenizer):
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(tiny_tokenizer), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64)
    path = tmp_path / "bert"
    BertModel(config).save_pretrained(path)
    tiny_tokenizer.save_pretrained(path)
    return path


def prepared(spider_dir, tokenizer, **kw):
    data = load_spider(spider_dir)
    pre = Preprocessor(data.schemas, LayoutBuilder(tokenizer, **kw), values=None, parse=False)
    return data, pre, pre.run(data.dev + data.train, progress=False)


def test_preprocessing_builds_relations_and_labels(spider_dir, tiny_tokenizer):
    _, pre, items = prepared(spider_dir, tiny_tokenizer)
    dev, train = items
    n = dev.layout.num_items
    assert dev.relations.shape == (n, n) and dev.relations.dtype.name == "uint8"
    assert dev.column_labels.tolist() == [1, 0, 0, 1, 0, 0, 0, 0, 0] and dev.table_labels.tolist() == [1, 0, 0]
    assert train.column_labels is None  # no sql field, parser switched off: counted, not invented
    assert pre.stats.unlabelled == 1 and pre.stats.examples == 2


def test_truncation_is_counted_and_relations_follow_kept_items(spider_dir, tiny_tokenizer):
    _, pre, items = prepared(spider_dir, tiny_tokenizer, max_tokens=30)
    dev = items[0]
    assert pre.stats.truncated_examples == 2 and pre.stats.dropped_columns > 0
    assert dev.relations.shape == (dev.layout.num_items,) * 2
    assert pre.stats.dropped_used_columns == int(dev.column_labels[
        [c for c in range(9) if c not in dev.layout.column_ids]].sum())


def test_encoder_cache_round_trip_and_key(spider_dir, tiny_tokenizer, tiny_bert_dir, tmp_path):
    from transformers import BertModel

    _, _, items = prepared(spider_dir, tiny_tokenizer)
    calls = []

    def loader(path):
        calls.append(path)
        return BertModel.from_pretrained(path)

    layout = {"max_tokens": 512}
    first, info = cached_features(loader, tiny_bert_dir, items, "dev", "datahash", layout, tmp_path / "c",
                                  progress=False)
    assert not info["hit"] and len(calls) == 1
    assert [f.shape for f in first] == [(i.layout.num_items, 16) for i in items]
    again, info = cached_features(loader, tiny_bert_dir, items, "dev", "datahash", layout, tmp_path / "c",
                                  progress=False)
    assert info["hit"] and len(calls) == 1  # no second encoder run
    assert all(torch.allclose(a.float(), b.float(), atol=1e-2) for a, b in zip(first, again))
    # padding in a batch must not change an example's vectors: compare with encoding alone
    model = BertModel.from_pretrained(tiny_bert_dir)
    from deepfix.tasks.spider.inputs.cache import encode_prepared

    alone = encode_prepared(model, items[:1], progress=False)[0]
    assert torch.allclose(alone, first[0].float(), atol=1e-2)
    # any change of layout or data gives another key
    model_fp = {"config_sha": "x", "weights": []}
    assert cache_key(model_fp, "a", layout) != cache_key(model_fp, "b", layout)
    assert cache_key(model_fp, "a", layout) != cache_key(model_fp, "a", {"max_tokens": 256})


def test_saved_file_is_complete(tmp_path):
    path = tmp_path / "f.safetensors"
    feats = [torch.randn(3, 4), torch.randn(5, 4)]
    save_features(path, feats, {"note": "x"})
    assert not list(tmp_path.glob("*.tmp"))
    loaded = load_features(path)
    assert [f.shape[0] for f in loaded] == [3, 5]
    from safetensors import safe_open

    with safe_open(str(path), "pt") as handle:
        assert json.loads(handle.metadata()["deepfix"]) == {"note": "x"}


def test_an_error_while_encoding_closes_the_bar_so_the_next_line_starts_clean(spider_dir, tiny_tokenizer, capsys):
    """An exception used to leave the bar's line open, so whatever came next (the CLI's error) shared it."""
    from deepfix.errors import DeepfixError
    from deepfix.tasks.spider.inputs.cache import encode_prepared

    _, _, items = prepared(spider_dir, tiny_tokenizer)

    class Failing(torch.nn.Module):
        def forward(self, **_inputs):
            raise DeepfixError("the encoder failed")

    with pytest.raises(DeepfixError) as info:
        encode_prepared(Failing(), items, progress=True, desc="encode dev")
    err = capsys.readouterr().err  # read while the traceback (as in the CLI's handler) still holds the frame
    assert info.value and "encode dev" in err and err.endswith("\n")
