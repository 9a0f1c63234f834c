"""The committed fixture model (tests/fixtures/serve_model, made by its make.py): answers fixed by its weights."""

from __future__ import annotations

from pathlib import Path

FIXTURE_MODEL = Path(__file__).resolve().parents[1] / "fixtures" / "serve_model"


def fixture_model_file(directory: Path) -> Path:
    """The fixture model saved under ``directory`` with its config pointing at the committed encoder folder.

    It was trained once to a loss below 0.01 on the five demo questions of the bundled database, so
    every decision wins by a margin (~6 nats between the two beams) that no CPU's rounding changes.
    """
    from deepfix.tasks.spider.text2sql import feature_size_of, load_model, save_model

    model, config, blob = load_model(FIXTURE_MODEL / "text2sql.safetensors")
    config.data.encoder = str(FIXTURE_MODEL / "encoder")
    path = Path(directory) / "text2sql.safetensors"
    save_model(path, model, config, feature_size_of(model), {"step": blob.get("step")})
    return path
