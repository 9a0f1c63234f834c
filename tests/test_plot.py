"""`deepfix plot` overlays runs into a valid PNG."""

from __future__ import annotations

from matplotlib.image import imread

from deepfix.cli import main

from helpers.runs import run_example


def test_plot_writes_a_png_overlaying_runs(tmp_path, capsys):
    run_example(tmp_path / "a", "train.max_steps=8", "train.log_every=1", "train.eval_every=4")
    run_example(tmp_path / "b", "train.max_steps=8", "train.log_every=2", "train.eval_every=4", "nan_at_step=6")
    out = tmp_path / "figs" / "curves.png"
    assert main(["plot", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out), "--title", "t"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = imread(out)
    assert image.ndim == 3 and image.shape[0] > 300 and image.shape[1] > 300
    assert image.std() > 0.01  # something was drawn


def test_plot_of_a_non_run_is_one_line_error(tmp_path, capsys):
    assert main(["plot", str(tmp_path), "--out", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert "no metrics file" in err and err.count("\n") == 1
    assert not (tmp_path / "x.png").exists()
