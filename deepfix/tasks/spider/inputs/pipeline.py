"""From a Spider directory to cached stack inputs: load, validate, link, lay out, encode.

One function per stage so that commands, studies and tests share the same path:
:func:`prepare_splits` (data + relations + labels, seconds) and :func:`encode_splits` (frozen
encoder, cached in safetensors; minutes on CPU the first time, then a file read), or
:func:`encode_token_splits` (the frozen lower layers' token outputs, when the top layers train).
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.inputs.cache import cached_features, cached_token_states, data_fingerprint
from deepfix.tasks.spider.inputs.data import SPLIT_FILES, SpiderData, load_spider
from deepfix.tasks.spider.inputs.layout import LayoutBuilder
from deepfix.tasks.spider.inputs.preprocess import Prepared, Preprocessor
from deepfix.tasks.spider.inputs.values import ValueMatcher


def encoder_path(path: str | os.PathLike | None = None) -> Path:
    """The encoder directory of a setting: a directory, a known name (``minilm``, ``mpnet``), or None for
    the core's default (MiniLM; ``$DEEPFIX_ENCODER`` overrides): :func:`~deepfix.models.encoders.resolve_encoder`."""
    from deepfix.models.encoders import resolve_encoder

    return Path(resolve_encoder(path))


def load_encoder(path: str | os.PathLike):
    """(hf_model, tokenizer) from a local directory, frozen and in eval mode."""
    from deepfix.models.encoders import load_pretrained

    model, tokenizer = load_pretrained(str(path))
    model.eval()
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    return model, tokenizer


def load_tokenizer(path: str | os.PathLike):
    from transformers import AutoTokenizer

    if not Path(path, "config.json").is_file():
        raise DeepfixError(f"{path}: not a pretrained model directory (no config.json)")
    try:
        return AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    except (OSError, ValueError) as error:
        raise DeepfixError(f"{path}: cannot load the tokenizer ({str(error).strip().splitlines()[0]})") from None


@dataclass
class PreparedSpider:
    data: SpiderData
    splits: dict[str, list[Prepared]]
    stats: dict[str, dict]
    layout_config: dict
    seconds: float


def prepare_splits(data: str | None, splits=("train", "dev"), encoder: str | None = None,
                   databases: str | None = None, value_time_limit: float = 2.0, cache_dir: Path | None = None,
                   max_tokens: int = 512, progress: bool = True,
                   semantic_threshold: float | None = None, semantic_as_partial: bool = False) -> PreparedSpider:
    """Load and validate, then link, lay out and label every example of ``splits``.

    ``semantic_threshold``: also link question words to names by the encoder's embedding similarity
    (:mod:`.semantic`, relation vocabulary version 2); None (default): version 1, as before. The
    encoder-vector cache does not depend on it (it holds the layout's pooled vectors; relations are
    rebuilt here on every run), so runs with and without semantic links share their cache files.
    ``semantic_as_partial``: write those links as partial name matches instead (version 1), for a model
    trained without semantic links (test time only: ``spider eval --semantic-partial``).
    """
    spider = load_spider(data, splits)
    database_dir = Path(databases) if databases else spider.root / "database"
    values = ValueMatcher(database_dir, time_limit=value_time_limit,
                          cache_dir=(Path(cache_dir) / "values") if cache_dir else None)
    builder = LayoutBuilder(load_tokenizer(encoder_path(encoder)), max_tokens=max_tokens)
    semantic = None
    if semantic_threshold is not None:
        from deepfix.tasks.spider.inputs.semantic import SemanticLinker

        model, tokenizer = load_encoder(encoder_path(encoder))
        semantic = SemanticLinker(model, tokenizer, semantic_threshold)
    start = time.perf_counter()
    out, stats = {}, {}
    for split in splits:
        pre = Preprocessor(spider.schemas, builder, values, semantic=semantic, semantic_as_partial=semantic_as_partial)
        out[split] = pre.run(spider.splits[split], desc=f"prepare {split}", progress=progress)
        stats[split] = pre.stats.as_dict()
        for source, index, message in pre.stats.parse_failures[:3]:
            print(f"deepfix: notice: {source}, record {index}, field 'query': not parsed ({message}); "
                  "no schema-item labels for it", file=sys.stderr)
    return PreparedSpider(spider, out, stats, builder.config(), time.perf_counter() - start)


def encode_splits(prepared: PreparedSpider, encoder: str | None = None, cache_dir: Path | None = None,
                  progress: bool = True) -> tuple[dict[str, list], dict[str, dict]]:
    """Pooled encoder vectors per split, from the cache or computed once and cached."""
    path = encoder_path(encoder)
    features, info = {}, {}
    for split, items in prepared.splits.items():
        key = data_fingerprint(prepared.data.root, list(SPLIT_FILES[split]))
        features[split], info[split] = cached_features(
            lambda p: load_encoder(p)[0], path, items, split, key, prepared.layout_config,
            Path(cache_dir) if cache_dir else None, progress)
    return features, info


def encode_token_splits(prepared: PreparedSpider, train_layers: int, encoder: str | None = None,
                        cache_dir: Path | None = None, dtype: str = "float16",
                        progress: bool = True) -> tuple[dict, dict[str, dict]]:
    """Per split, the frozen lower layers' token outputs below the encoder's top ``train_layers``
    (a memory-mapped :class:`~deepfix.models.feature_cache.FeatureFile`), from the cache or computed once."""
    path = encoder_path(encoder)
    states, info = {}, {}
    for split, items in prepared.splits.items():
        key = data_fingerprint(prepared.data.root, list(SPLIT_FILES[split]))
        states[split], info[split] = cached_token_states(path, items, split, key, prepared.layout_config,
                                                         train_layers, dtype, Path(cache_dir) if cache_dir else None,
                                                         progress)
    return states, info
