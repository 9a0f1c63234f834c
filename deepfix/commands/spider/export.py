"""``deepfix spider export``: one self-contained model file (weights + config) from a training run."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help="write a run's checkpoint as one model file for 'spider eval' / 'spider ask'",
        description="Reads a 'spider train' run directory (its final checkpoint) or one of its checkpoints/step_* "
                    "folders and writes a single safetensors file holding the weights and, as metadata, the "
                    "config: all 'spider eval' and 'spider ask' need besides the pretrained encoder. With --card, "
                    "also writes its model card beside it (OUT with .json): config, training command, git "
                    "commit, data licence and the run's Spider dev scores. To ship a model with deepfix: "
                    "--out deepfix/data/models/text2sql.safetensors --card.")
    parser.add_argument("--checkpoint", required=True, help="a run directory or a checkpoints/step_* folder")
    parser.add_argument("--out", required=True, help="the model file to write (.safetensors)")
    parser.add_argument("--weights", choices=["final", "ema"], default="final",
                        help="the run's trained weights (final) or their moving average (ema; runs with train.ema_decay > 0)")
    parser.add_argument("--semantic-partial", type=float, default=None, metavar="COSINE",
                        help="store test-time semantic links (spider eval --semantic-partial) in the model's config, "
                             "so that eval, ask and serve use them; the card's dev scores must be of that setting")
    parser.add_argument("--card", action="store_true",
                        help="also write the model card (needs the run scored first: 'deepfix spider eval "
                             "--checkpoint RUN_DIR --beam-size 5')")
    parser.add_argument("--metrics", help="the dev metrics.json the card reports (default: "
                                          "RUN_DIR/eval-dev-beam5/metrics.json)")
    parser.set_defaults(func=run)


def run_directory(checkpoint: str):
    """The run directory of a run directory or of one of its checkpoints/step_* folders (the card's source)."""
    from pathlib import Path

    from deepfix.errors import DeepfixError

    path = Path(checkpoint)
    if (path / "checkpoints").is_dir():
        return path
    if path.is_dir() and path.parent.name == "checkpoints":
        return path.parent.parent
    raise DeepfixError(f"{checkpoint}: --card needs a 'spider train' run directory or one of its checkpoints")


def public_source(checkpoint: str) -> str:
    """What a model file records of where it came from: the run's name (and checkpoint folder), never a
    path of the machine that trained it."""
    from pathlib import Path

    path = Path(checkpoint).resolve()
    if path.parent.name == "checkpoints":
        return f"{path.parent.parent.name}/checkpoints/{path.name}"
    return path.name


def run(args) -> int:
    from deepfix.errors import DeepfixError
    from deepfix.tasks.spider.model_card import model_card, write_model_card
    from deepfix.tasks.spider.text2sql import feature_size_of, load_model, save_model

    if args.metrics and not args.card:
        raise DeepfixError("--metrics is read only with --card")
    model, config, blob = load_model(args.checkpoint, args.weights)
    source = public_source(args.checkpoint)
    config.train.run_dir = "runs/" + source.split("/")[0]  # neither the file nor its card carries a machine path
    if args.semantic_partial is not None:
        from dataclasses import replace

        config.data = replace(config.data, semantic_partial=args.semantic_partial)  # checked by DataConfig
    card = None
    if args.card:
        run_dir = run_directory(args.checkpoint)
        metrics = args.metrics or (run_dir / "eval-dev-beam5-ema" / "metrics.json" if args.weights == "ema" else None)
        card = model_card(run_dir, config, blob.get("step"), metrics, weights=args.weights)
    encoder = {k: v for k, v in (blob.get("encoder") or {}).items() if k != "path"} or None
    save_model(args.out, model, config, feature_size_of(model),
               {"step": blob.get("step"), "exported_from": source, "weights": args.weights}, encoder=encoder)
    print(f"wrote {args.out} (step {blob.get('step')})")
    if card is not None:
        print(f"wrote {write_model_card(args.out, card)}")
    return 0
