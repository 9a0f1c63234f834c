"""``deepfix spider export``: one self-contained model file (weights + config) from a training run."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help="write a run's checkpoint as one model file for 'spider eval' / 'spider ask'",
        description="Reads a 'spider train' run directory (its final checkpoint) or one of its checkpoints/step_* "
                    "folders and writes a single safetensors file holding the weights and, as metadata, the "
                    "config: all 'spider eval' and 'spider ask' need besides the pretrained encoder.")
    parser.add_argument("--checkpoint", required=True, help="a run directory or a checkpoints/step_* folder")
    parser.add_argument("--out", required=True, help="the model file to write (.safetensors)")
    parser.set_defaults(func=run)


def run(args) -> int:
    from deepfix.tasks.spider.text2sql import feature_size_of, load_model, save_model

    model, config, blob = load_model(args.checkpoint)
    save_model(args.out, model, config, feature_size_of(model),
               {"step": blob.get("step"), "exported_from": str(args.checkpoint)})
    print(f"wrote {args.out} (step {blob.get('step')})")
    return 0
