"""Weights saved under a submodule's old name load under its new one (deepfix.nn.renamed_keys)."""

from __future__ import annotations

import pytest
import torch
from safetensors.torch import save_file
from torch import nn

from deepfix.nn.renamed_keys import current_key, current_keys, declare_renamed, renamed_prefixes
from deepfix.train import checkpoint as ckpt
from deepfix.train.average import WeightAverage


class Renamed(nn.Module):
    """Today's layout: ``mixed`` was saved as ``encoder``."""

    def __init__(self):
        super().__init__()
        self.mixed = nn.Sequential(nn.Linear(3, 4), nn.Linear(4, 2))
        self.decoder = nn.Linear(2, 1)
        declare_renamed(self, {"encoder.": "mixed."})


def old_state(model: nn.Module) -> dict[str, torch.Tensor]:
    """``model``'s weights as the layout before the rename saved them, every value changed."""
    return {key.replace("mixed.", "encoder.", 1): value + 1.0 for key, value in model.state_dict().items()}


def test_current_keys_replace_only_a_leading_old_prefix():
    renamed = {"encoder.": "mixed."}
    assert current_key("encoder.stack.layers.0.w", renamed) == "mixed.stack.layers.0.w"
    assert current_key("mixed.encoder.layers.0.w", renamed) == "mixed.encoder.layers.0.w"  # the slot keeps its name
    assert current_key("decoder.encoder.w", renamed) == "decoder.encoder.w"
    assert list(current_keys({"encoder.a": 1, "decoder.b": 2}, renamed)) == ["mixed.a", "decoder.b"]


def test_an_old_state_dict_loads_strictly_into_the_new_layout():
    torch.manual_seed(0)
    model = Renamed()
    old = old_state(model)
    model.load_state_dict(old)  # strict: an unmapped key would be unexpected, a new one missing
    assert torch.equal(model.mixed[0].weight, old["encoder.0.weight"])
    assert renamed_prefixes(model) == {"encoder.": "mixed."}


def test_old_files_load_through_the_checkpoint_loader_and_when_nested(tmp_path):
    torch.manual_seed(0)
    model = Renamed()
    old = old_state(model)
    save_file(old, str(tmp_path / "old.safetensors"))
    ckpt.load_weights(tmp_path / "old.safetensors", model)  # safetensors' load_model, strict check after
    assert torch.equal(model.decoder.bias, old["decoder.bias"])
    outer = nn.ModuleDict({"task": Renamed()})
    outer.load_state_dict({f"task.{key}": value for key, value in old.items()})
    assert torch.equal(outer["task"].mixed[1].weight, old["encoder.1.weight"])


def test_a_weight_average_saved_before_the_rename_resumes():
    torch.manual_seed(0)
    model = Renamed()
    average = WeightAverage(model, 0.9)
    saved = {"decay": 0.9, "updates": 7, "shadow": old_state(model)}
    average.load_state_dict(saved)
    assert average.updates == 7 and torch.equal(average.shadow["mixed.0.weight"], saved["shadow"]["encoder.0.weight"])
    with pytest.raises(KeyError, match="lacks"):
        WeightAverage(model, 0.9).load_state_dict({"decay": 0.9, "updates": 1, "shadow": {}})
