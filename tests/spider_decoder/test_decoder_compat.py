"""Model files written before the Spider decoder moved into ``deepfix/tasks/spider/decoder/`` load and compute
what they computed then: the same state-dict keys (those of the mixed model, saved as ``encoder.``, now
under ``mixed.``), loss, beam-search trees, scores and exit depths.

The fixture (``tests/fixtures/decoder_main/``: an LSTM and a transformer-decoder model file, and
``expected.json``) was written by ``make.py`` on the code of that time; :mod:`probe` is the
computation both sides run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "decoder_main"


@pytest.mark.parametrize("kind", ["lstm", "transformer"])
def test_a_model_file_of_the_earlier_layout_loads_and_decodes_the_same(kind):
    from deepfix.nn.renamed_keys import current_key
    from deepfix.tasks.spider.decoder.memory import Memory
    from deepfix.tasks.spider.text2sql import load_model
    from deepfix.tasks.spider.text2sql.model import RENAMED

    sys.path.insert(0, str(FIXTURE))
    try:
        from probe import outputs
    finally:
        sys.path.remove(str(FIXTURE))
    expected = json.loads((FIXTURE / "expected.json").read_text())[kind]
    model, config, _ = load_model(FIXTURE / f"{kind}.safetensors")  # strict: every key, no extra one
    assert config.model.decoder.kind == kind
    got = outputs(model, Memory)
    assert any(key.startswith("encoder.stack.") for key in expected["keys"])  # saved before the mixed model's rename
    assert got["keys"] == [current_key(key, RENAMED) for key in expected["keys"]]
    assert got["loss"] == pytest.approx(expected["loss"], rel=1e-5)
    for method in (name for name in expected if name.startswith("beam_")):
        for decoded, reference in zip(got[method], expected[method], strict=True):
            assert decoded["actions"] == reference["actions"]
            assert decoded["score"] == pytest.approx(reference["score"], rel=1e-4, abs=1e-5)
            assert (decoded["depths"], decoded["blocks"]) == (reference["depths"], reference["blocks"])


def test_the_former_module_path_still_names_the_decoder():
    from deepfix.tasks.spider.decoder import config, lstm, memory, tree

    assert (tree.DecoderConfig, tree.TreeDecoder, tree.Memory) == (config.DecoderConfig, lstm.TreeDecoder,
                                                                   memory.Memory)
