"""Study bookkeeping that needs no training: run order, equal epochs, steps to target, summaries."""

from deepfix.studies.batch import batch_specs
from deepfix.studies.convergence import steps_to_target
from deepfix.studies.depth import depth_specs, summarise
from deepfix.studies.spider_items import RunSpec


def test_depth_grid_is_seed_major_and_keys_differ():
    specs = depth_specs([2, 24], ["standard", "dt_fixup"], [0, 1], RunSpec(layers=2, init="standard", seed=0))
    assert [(s.seed, s.layers, s.init) for s in specs[:4]] == [
        (0, 2, "standard"), (0, 2, "dt_fixup"), (0, 24, "standard"), (0, 24, "dt_fixup")]
    assert len({s.key() for s in specs}) == 8


def test_batch_sizes_see_equal_examples():
    specs = batch_specs([16, 120], ["dt_fixup"], [0], RunSpec(layers=8, init="dt_fixup", seed=0, steps=300))
    assert [(s.batch_size, s.steps) for s in specs] == [(16, 300), (120, 40)]


def test_steps_to_target():
    history = [{"step": 25, "exact_set": 0.1}, {"step": 50, "exact_set": 0.3}, {"step": 75, "exact_set": 0.2}]
    assert steps_to_target(history, 0.25) == 50
    assert steps_to_target(history, 0.5) is None


def test_summarise_mean_std():
    records = [{"init": "dt_fixup", "layers": 2, "value": 0.2}, {"init": "dt_fixup", "layers": 2, "value": 0.4},
               {"init": "standard", "layers": 2, "value": None}]
    s = summarise(records)
    assert abs(s["dt_fixup"]["2"]["mean"] - 0.3) < 1e-9 and abs(s["dt_fixup"]["2"]["std"] - 0.1) < 1e-9
    assert s["standard"]["2"] == {"mean": 0.0, "std": 0.0, "n": 1}
