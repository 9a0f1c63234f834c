"""The decoder's read of the stack output (scaled / layernorm / raw), its one init, the held-out part of train."""

from __future__ import annotations

import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.decoder.config import DecoderConfig
from deepfix.tasks.spider.decoder.lstm import TreeDecoder
from deepfix.tasks.spider.text2sql import (DataConfig, Text2SQLTask, held_out, initialize, split_holdout,
                                           stack_output_rms)


def test_legacy_memory_norm_key_maps_to_memory():
    assert DecoderConfig().memory == "scaled"
    assert DecoderConfig(memory_norm=True).memory == "layernorm"
    assert DecoderConfig(memory_norm=False).memory == "raw"
    assert DecoderConfig(memory_norm=True).memory_norm is None  # saved configs round-trip to the same model
    with pytest.raises(DeepfixError, match="model.decoder.memory"):
        DecoderConfig(memory="batchnorm")


def test_decoder_init_is_xavier_with_zero_biases():
    decoder = TreeDecoder(16, DecoderConfig(hidden=16, action_dim=8, type_dim=4, n_heads=2))
    embedding = decoder.rule_embedding.weight  # PyTorch's default would be N(0, 1)
    bound = (6.0 / sum(embedding.shape)) ** 0.5
    assert float(embedding.detach().abs().max()) <= bound
    assert all(float(p.detach().abs().max()) == 0.0 for name, p in decoder.named_parameters() if name.endswith("bias"))
    assert "memory_scale" in decoder.state_dict() and "memory_scale" not in TreeDecoder(
        16, DecoderConfig(hidden=16, action_dim=8, type_dim=4, n_heads=2, memory="layernorm")).state_dict()


def test_initialize_sets_the_memory_scale_to_the_stack_outputs_rms(examples, tiny_config):
    task = Text2SQLTask(tiny_config(), examples["train"], examples["dev"])
    model = task.build_model()
    rms = stack_output_rms(model, examples["train"])
    assert float(model.decoder.memory_scale) == pytest.approx(1.0 / rms, rel=1e-6)
    assert task.init_report["decoder_memory_rms"] == pytest.approx(rms, rel=1e-9)
    # the scaled memory the decoder reads has unit RMS on the training examples
    from deepfix.tasks.spider.text2sql import collate

    model.eval()
    batch = collate(examples["train"][:16])
    with torch.no_grad():
        memory = model.decoder.prepare(model.encode(batch)).memory[~batch.padding_mask]
    assert 0.5 < float(memory.pow(2).mean().sqrt()) < 2.0


def test_raw_and_layernorm_decoders_have_no_scale(examples, tiny_config):
    for memory in ("raw", "layernorm"):
        config = tiny_config()
        config.model.decoder.memory = memory
        model = Text2SQLTask(config, examples["train"], examples["dev"]).build_model()
        assert model.decoder.memory_scale is None
        with pytest.raises(DeepfixError, match="no scale"):
            model.decoder.set_memory_scale(2.0)


def test_holdout_is_fixed_by_the_question_alone(examples):
    train = examples["train"]
    a_train, a_valid = split_holdout(train, 0.3)
    b_train, b_valid = split_holdout(list(reversed(train)), 0.3)
    assert {e.question for e in a_valid} == {e.question for e in b_valid}
    assert len(a_train) + len(a_valid) == len(train) and a_valid and a_train
    assert all(held_out(e.db["db_id"], e.question, 0.3) for e in a_valid)
    assert split_holdout(train, 0.0) == (train, [])
    with pytest.raises(DeepfixError, match="holdout_fraction"):
        DataConfig(holdout_fraction=1.0)


def test_legacy_dev_eval_limit_key():
    assert DataConfig(dev_eval_limit=7).eval_limit == 7
