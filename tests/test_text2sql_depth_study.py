"""`deepfix study text2sql-depth` collects finished run directories; lr is chosen on the held-out part only."""

from __future__ import annotations

import json

import yaml

from deepfix.cli import main


def fake_run(root, name, init, layers, lr, seed, dev_em, holdout_em, grad=(5.0, 7.0)):
    run = root / name
    (run / "eval-dev-beam5").mkdir(parents=True)
    (run / "eval-holdout-beam5").mkdir()
    (run / "config.yaml").write_text(yaml.safe_dump({
        "train": {"seed": seed, "lr": lr, "batch_size": 16},
        "model": {"layers": layers, "init": init, "decoder": {"memory": "scaled"}}}))
    (run / "summary.json").write_text(json.dumps({"steps": 100, "diverged": False, "train_seconds": 12.0}))
    lines = [{"event": "train", "step": 50, "loss": 1.0, "grad_norm": 900.0, "grad_norm_max": 1000.0},
             {"event": "train", "step": 150, "loss": 1.0, "grad_norm": grad[0], "grad_norm_max": grad[1]},
             {"event": "layers", "step": 150, "lr": lr, "stack": "s", "delta_output": 2 * lr,
              "layers": [{"stream_in": 2.0, "stream_out": 3.0, "delta_branch": lr / layers},
                         {"stream_in": 3.0, "stream_out": 8.0, "delta_branch": lr / layers}]}]
    (run / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines))
    dev = {"exact_match": dev_em, "n": 10, "valid_sql": 1.0, "checkpoint_step": 100,
           "per_difficulty": {"easy": {"n": 5, "exact_match": dev_em}},
           "errors": {"wrong": 5, "structure_only": 1, "schema_only": 2, "both": 2, "unparseable": 0}}
    (run / "eval-dev-beam5" / "metrics.json").write_text(json.dumps(dev))
    (run / "eval-holdout-beam5" / "metrics.json").write_text(json.dumps({"exact_match": holdout_em, "n": 4}))
    return run


def test_collects_runs_and_chooses_lr_on_the_held_out_part(tmp_path):
    runs = [
        # at 2 layers lr 1e-3 wins on held-out although lr 5e-4 is better on dev: dev must not decide
        fake_run(tmp_path, "a", "dt_fixup", 2, 5e-4, 0, dev_em=0.9, holdout_em=0.2),
        fake_run(tmp_path, "b", "dt_fixup", 2, 1e-3, 0, dev_em=0.3, holdout_em=0.5),
        fake_run(tmp_path, "c", "dt_fixup", 8, 1e-3, 0, dev_em=0.4, holdout_em=0.6),
        fake_run(tmp_path, "d", "dt_fixup", 8, 1e-3, 1, dev_em=0.6, holdout_em=0.6),
        fake_run(tmp_path, "e", "dt_fixup", 8, 5e-4, 0, dev_em=0.99, holdout_em=0.1),
    ]
    # an ablation with another decoder memory must not choose the lr nor enter the summary
    ablation = fake_run(tmp_path, "f", "dt_fixup", 2, 5e-4, 1, dev_em=0.1, holdout_em=0.99)
    config = yaml.safe_load((ablation / "config.yaml").read_text())
    config["model"]["decoder"]["memory"] = "layernorm"
    (ablation / "config.yaml").write_text(yaml.safe_dump(config))
    runs.append(ablation)
    (tmp_path / "unfinished").mkdir()
    out = tmp_path / "results"
    assert main(["study", "text2sql-depth", *map(str, runs), str(tmp_path / "unfinished"), "--out", str(out)]) == 0
    result = json.loads((out / "results.json").read_text())
    assert result["chosen_lr"] == {"dt_fixup": 1e-3}
    depth8 = result["summary"]["dt_fixup"]["8"]
    assert depth8["n"] == 2 and abs(depth8["mean"] - 0.5) < 1e-12 and abs(depth8["std"] - 0.1) < 1e-12
    assert set(result["summary"]["dt_fixup"]) == {"2", "8"}  # lr 5e-4 runs are recorded, not summarised
    assert len(result["records"]) == 6
    assert [r["grid"] for r in result["records"] if r["run"] == "f"] == [False]
    record = next(r for r in result["records"] if r["run"] == "c")
    assert record["max_grad_norm_after_100"] == 7.0 and record["max_stream_growth"] == 4.0
    assert (out / "depth.png").read_bytes()[:4] == b"\x89PNG"
    assert abs(record["theorem_3_2"]["layer_change_per_lr"] - 1 / 8) < 1e-9
    assert (out / "theorem_3_2.png").read_bytes()[:4] == b"\x89PNG"


def test_no_finished_run_is_a_one_line_error(tmp_path, capsys):
    assert main(["study", "text2sql-depth", str(tmp_path), "--out", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_keep_carries_records_of_runs_whose_directories_are_gone(tmp_path):
    import shutil

    runs = [fake_run(tmp_path, "a", "dt_fixup", 2, 5e-4, 0, dev_em=0.9, holdout_em=0.2),
            fake_run(tmp_path, "b", "dt_fixup", 2, 1e-3, 0, dev_em=0.3, holdout_em=0.5)]
    first = tmp_path / "first"
    assert main(["study", "text2sql-depth", *map(str, runs), "--out", str(first)]) == 0
    shutil.rmtree(runs[1])
    new = fake_run(tmp_path, "c", "dt_fixup", 8, 1e-3, 0, dev_em=0.4, holdout_em=0.6)
    again = fake_run(tmp_path / "rerun", "a", "dt_fixup", 2, 5e-4, 0, dev_em=0.8, holdout_em=0.2)
    out = tmp_path / "second"
    assert main(["study", "text2sql-depth", str(again), str(new), "--keep", str(first / "results.json"),
                 "--out", str(out)]) == 0
    records = {r["run"]: r for r in json.loads((out / "results.json").read_text())["records"]}
    assert set(records) == {"a", "b", "c"}
    assert records["a"]["exact_match"] == 0.8  # the run found again replaces its kept record
    assert json.loads((out / "results.json").read_text())["chosen_lr"] == {"dt_fixup": 1e-3}


def test_keep_rejects_a_file_without_records(tmp_path, capsys):
    run = fake_run(tmp_path, "a", "dt_fixup", 2, 5e-4, 0, dev_em=0.9, holdout_em=0.2)
    (tmp_path / "bad.json").write_text("[1, 2]")
    assert main(["study", "text2sql-depth", str(run), "--keep", str(tmp_path / "bad.json"),
                 "--out", str(tmp_path / "o")]) == 2
    assert "field 'records'" in capsys.readouterr().err
