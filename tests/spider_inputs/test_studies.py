"""Study bookkeeping that needs no training: run order, equal epochs, steps to target, summaries."""

from deepfix.studies.batch import batch_specs
from deepfix.studies.convergence import steps_to_target
from deepfix.studies.depth import depth_specs, summarize
from deepfix.studies.spider_items import RunSpec


def test_depth_grid_is_seed_major_and_keys_differ():
    specs = depth_specs([2, 24], ["standard", "dt_fixup"], [0, 1], RunSpec(layers=2, init="standard", seed=0))
    assert [(s.seed, s.layers, s.init) for s in specs[:4]] == [
        (0, 2, "standard"), (0, 2, "dt_fixup"), (0, 24, "standard"), (0, 24, "dt_fixup")]
    assert len({s.key() for s in specs}) == 8


def test_batch_sizes_see_equal_examples():
    base = RunSpec(layers=8, init="dt_fixup", seed=0, steps=300, eval_every=30)
    specs = batch_specs([16, 120], ["dt_fixup"], [0], base)
    assert [(s.batch_size, s.steps, s.eval_every) for s in specs] == [(16, 300, 30), (120, 40, 4)]
    assert specs[0] == base  # the depth grid's run is reused


def test_steps_to_target():
    history = [{"step": 25, "exact_set": 0.1}, {"step": 50, "exact_set": 0.3}, {"step": 75, "exact_set": 0.2}]
    assert steps_to_target(history, 0.25, "exact_set") == 50
    assert steps_to_target(history, 0.5, "exact_set") is None


def test_summarise_mean_std():
    records = [{"init": "dt_fixup", "layers": 2, "value": 0.2}, {"init": "dt_fixup", "layers": 2, "value": 0.4},
               {"init": "standard", "layers": 2, "value": None}]
    s = summarize(records)
    assert abs(s["dt_fixup"]["2"]["mean"] - 0.3) < 1e-9 and abs(s["dt_fixup"]["2"]["std"] - 0.1) < 1e-9
    assert s["standard"]["2"] == {"mean": 0.0, "std": 0.0, "n": 1}


def test_depth_study_end_to_end_and_resume(spider_dir, tiny_tokenizer, tmp_path, capsys):
    """`deepfix study depth` on the hand-made data with a tiny BERT: JSON + PNG, then a resume."""
    import json

    import torch
    from transformers import BertConfig, BertModel

    from deepfix.cli import main

    torch.manual_seed(0)
    encoder = tmp_path / "bert"
    BertModel(BertConfig(vocab_size=len(tiny_tokenizer), hidden_size=16, num_hidden_layers=1,
                         num_attention_heads=2, intermediate_size=32, max_position_embeddings=64)).save_pretrained(encoder)
    tiny_tokenizer.save_pretrained(encoder)
    train = [{"db_id": "shop", "question": q, "query": sql} for q, sql in [
        ("List the names of singers.", "SELECT name FROM singer"),
        ("How many concerts are there?", "SELECT count(*) FROM concert"),
        ("What is the year of the concert?", "SELECT year FROM concert"),
        ("Show the best singer of every stadium.", "SELECT best_singer FROM stadium"),
    ]]
    (spider_dir / "train_spider.json").write_text(json.dumps(train))
    out, runs = tmp_path / "out", tmp_path / "runs"
    argv = ["study", "depth", "--data", str(spider_dir), "--encoder", str(encoder), "--cache-dir", str(tmp_path / "c"),
            "--runs-dir", str(runs), "--out", str(out), "--layers", "1", "2", "--seeds", "0", "--steps", "3",
            "--batch-size", "2", "--eval-every", "3", "--d-model", "8", "--d-ff", "16", "--heads", "2",
            "--no-progress"]
    assert main(argv) == 0
    result = json.loads((out / "results.json").read_text())
    assert (out / "depth.png").stat().st_size > 0
    assert result["finished_runs"] == result["planned_runs"] == 4
    assert result["data"]["labelled"] == {"train": 4, "dev": 1}
    record = result["records"][0]
    assert set(record) >= {"layers", "init", "seed", "metric", "value", "steps", "diverged"}
    assert record["metric"] == "exact_set" and record["steps"] == 3
    assert {r["init"] for r in result["records"]} == {"standard", "dt_fixup"}
    assert all(r["mu"]["max"] > 0 for r in result["records"] if r["init"] == "dt_fixup")
    assert len(list(runs.glob("*.json"))) == 4
    capsys.readouterr()
    assert main(argv) == 0  # resume: every run is read back, none retrained
    assert capsys.readouterr().err.count("(stored)") == 4
    # a study cut short: --stored-only reports the finished runs and trains nothing
    assert main(argv[:-1] + ["--seeds", "0", "1", "--stored-only", "--no-progress"]) == 0
    result = json.loads((out / "results.json").read_text())
    assert result["finished_runs"] == 4 and result["planned_runs"] == 8
    assert len(list(runs.glob("*.json"))) == 4
