"""The adaptive study's selection rule (held-out only) and its figures."""

from __future__ import annotations

import json
from pathlib import Path

from deepfix.studies.adaptive import choose, plot
from deepfix.studies.decoder_depth import plot as plot_blocks

RESULTS = Path(__file__).resolve().parents[1] / "results" / "adaptive"


def point(metric, depth, threshold):
    return {"method": "confidence", "threshold": threshold, "metric": metric, "avg_exit_depth": depth}


def test_choose_takes_the_shallowest_point_within_the_tolerance():
    full = {"metric": 0.50}
    points = [point(0.45, 1.0, 0.3), point(0.492, 1.4, 0.6), point(0.499, 2.0, 0.9), point(0.51, 3.0, 0.99)]
    assert choose(points, full, 0.01)["threshold"] == 0.6      # 0.45 is more than 1 point below
    assert choose(points, full, 0.0)["threshold"] == 0.99
    assert choose(points, full, 0.1)["threshold"] == 0.3
    assert choose([point(0.3, 1.0, 0.5)], full, 0.01) is None  # nothing good enough: no choice


def test_figures_draw_from_the_committed_results(tmp_path):
    result = json.loads((RESULTS / "spider.json").read_text())
    assert plot(result, tmp_path / "a.png").read_bytes()[:4] == b"\x89PNG"
    records = json.loads((RESULTS / "decoder_depth" / "results.json").read_text())["records"]
    assert plot_blocks(records, tmp_path / "b.png").read_bytes()[:4] == b"\x89PNG"
    assert {r["init"] for r in records} == {"dt_fixup", "xavier"}
