"""Multiple-choice reading-comprehension data: ReClor JSON and JSON Lines (LogiQA 2.0 layout).

A question is a passage, a question, any number (>= 2) of answer options and, optionally, the
index of the correct one and the reasoning types it needs. Two file layouts are read:

* ``.json``  -- a JSON array of objects, ReClor's layout (Yu et al., ICLR 2020):
  ``context``, ``question``, ``answers`` (list), ``label`` (absent in ReClor's test file),
  ``id_string``.
* ``.jsonl`` -- one JSON object per line, LogiQA 2.0's layout (Liu et al., TASLP 2023):
  ``id``, ``text``, ``question``, ``options`` (list), ``answer``, optional ``type``
  (a dict ``{reasoning type: true}``, a list of names, or one name).

Field names are mappable (:class:`FieldMap`, ``--fields passage=context,label=gold``). Every
problem is reported as one :class:`~deepfix.errors.DeepfixError` naming the file, the record
(JSON array, 0-based index) or line (JSON Lines, 1-based) and the field.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from deepfix.errors import DeepfixError, require_text, where
from deepfix.train import holdout


@dataclass(frozen=True)
class MCExample:
    """One multiple-choice question. ``label`` is None in unlabelled files."""

    id: str
    passage: str
    question: str
    options: tuple[str, ...]
    label: int | None = None
    types: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldMap:
    """Which JSON key holds each part of a question. ``types=None`` means the data has none."""

    id: str = "id"
    passage: str = "text"
    question: str = "question"
    options: str = "options"
    label: str = "answer"
    types: str | None = "type"

    def updated(self, spec: str | dict | None) -> "FieldMap":
        """This map with some keys renamed: ``"passage=context,label=gold"`` or a dict."""
        if not spec:
            return self
        if isinstance(spec, str):
            spec = parse_field_spec(spec)
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(spec) - known)
        if unknown:
            raise DeepfixError(f"fields: unknown name(s) {unknown}; known: {sorted(known)}")
        return dataclasses.replace(self, **spec)


def parse_field_spec(spec: str) -> dict[str, str]:
    """``"passage=context,label=gold"`` -> ``{"passage": "context", "label": "gold"}``."""
    pairs = {}
    for item in spec.split(","):
        name, sep, key = item.partition("=")
        if not sep or not name.strip() or not key.strip():
            raise DeepfixError(f"--fields: expected NAME=KEY[,NAME=KEY...], got {item!r}")
        pairs[name.strip()] = key.strip()
    return pairs


LOGIQA_FIELDS = FieldMap()
RECLOR_FIELDS = FieldMap(id="id_string", passage="context", question="question",
                         options="answers", label="label", types=None)


def default_fields(path: str | Path) -> FieldMap:
    """ReClor's names for ``.json`` files, LogiQA 2.0's for ``.jsonl``."""
    return RECLOR_FIELDS if str(path).endswith(".json") else LOGIQA_FIELDS


def _location(path: Path, index: int, jsonl: bool, field: str | None = None) -> str:
    if jsonl:
        text = f"{path}, line {index}"
        return text + (f", field {field!r}" if field is not None else "")
    return where(path, index, field)


def _records(path: Path) -> tuple[list[tuple[int, object]], bool]:
    """``[(record index or line number, parsed value)]`` and whether the file is JSON Lines."""
    if not path.is_file():
        raise DeepfixError(f"{path}: no such data file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DeepfixError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    if path.suffix == ".json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise DeepfixError(f"{path}, line {error.lineno}: bad JSON ({error.msg})") from None
        if not isinstance(value, list):
            raise DeepfixError(f"{path}: expected a JSON array of questions, got {type(value).__name__}")
        return list(enumerate(value)), False
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            raise DeepfixError(f"{path}, line {number}: bad JSON ({error.msg})") from None
    return records, True


def _types(value, loc) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return tuple(sorted(name for name, on in value.items() if on))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(sorted(value))
    raise DeepfixError(f"{loc()}: expected a dict, list or string of reasoning types, "
                       f"got {type(value).__name__}")


def parse_record(raw, fields: FieldMap, loc) -> MCExample:
    """Validate one JSON object into an :class:`MCExample`; ``loc(field)`` formats error places."""
    if not isinstance(raw, dict):
        raise DeepfixError(f"{loc(None)}: expected a JSON object, got {type(raw).__name__}")

    def text(name: str) -> str:
        key = getattr(fields, name)
        if key not in raw:
            raise DeepfixError(f"{loc(key)}: missing ({name})")
        if not isinstance(raw[key], str):
            raise DeepfixError(f"{loc(key)}: expected a string, got {type(raw[key]).__name__}")
        return require_text(raw[key], loc(key), controls=False)

    ident = raw.get(fields.id)
    if ident is None:
        raise DeepfixError(f"{loc(fields.id)}: missing (id)")
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        raise DeepfixError(f"{loc(fields.id)}: expected a string or integer id, got {type(ident).__name__}")
    passage, question = text("passage"), text("question")

    options = raw.get(fields.options)
    if options is None:
        raise DeepfixError(f"{loc(fields.options)}: missing (options)")
    if not isinstance(options, list):
        raise DeepfixError(f"{loc(fields.options)}: expected a list of strings, got {type(options).__name__}")
    if len(options) < 2:
        raise DeepfixError(f"{loc(fields.options)}: needs at least 2 options, got {len(options)}")
    for k, option in enumerate(options):
        if not isinstance(option, str):
            raise DeepfixError(f"{loc(fields.options)}: option {k} is {type(option).__name__}, expected a string")
        if not option.strip():
            raise DeepfixError(f"{loc(fields.options)}: option {k} is empty")
        require_text(option, f"{loc(fields.options)}: option {k}", controls=False)

    label = raw.get(fields.label)
    if label is not None:
        if isinstance(label, bool) or not isinstance(label, int):
            raise DeepfixError(f"{loc(fields.label)}: expected an integer option index, got {type(label).__name__}")
        if not 0 <= label < len(options):
            raise DeepfixError(f"{loc(fields.label)}: {label} is out of range for {len(options)} options")

    types = _types(raw.get(fields.types), lambda: loc(fields.types)) if fields.types else ()
    return MCExample(id=str(ident), passage=passage, question=question, options=tuple(options),
                     label=label, types=types)


DUPLICATE_ID_POLICIES = ("error", "suffix")


def load_examples(path: str | Path, fields: FieldMap | str | dict | None = None,
                  require_labels: bool = False, duplicate_ids: str = "error") -> list[MCExample]:
    """Read and validate a ``.json`` (ReClor) or ``.jsonl`` (LogiQA 2.0) file.

    ``fields``: a :class:`FieldMap`, or renames applied to the file type's default map.
    ``require_labels``: a question without a label is an error (training and evaluation).
    ``duplicate_ids``: ``"error"`` (default; predictions are keyed by id) or ``"suffix"``: a
    repeated id gets ``@line N`` / ``@record N`` appended (LogiQA 2.0's dev file reuses two ids
    for different questions: 10882 and 10973).
    """
    if duplicate_ids not in DUPLICATE_ID_POLICIES:
        raise DeepfixError(f"duplicate_ids must be one of {DUPLICATE_ID_POLICIES}, got {duplicate_ids!r}")
    path = Path(path)
    if path.suffix not in (".json", ".jsonl"):
        raise DeepfixError(f"{path}: expected a .json (ReClor) or .jsonl (JSON Lines) file")
    if not isinstance(fields, FieldMap):
        fields = default_fields(path).updated(fields)
    records, jsonl = _records(path)
    if not records:
        raise DeepfixError(f"{path}: no questions in the file")
    examples, seen = [], {}
    for index, raw in records:
        loc = lambda field, index=index: _location(path, index, jsonl, field)  # noqa: E731
        example = parse_record(raw, fields, loc)
        if require_labels and example.label is None:
            raise DeepfixError(f"{loc(fields.label)}: missing label (needed to train or evaluate)")
        if example.id in seen and duplicate_ids == "suffix":
            example = dataclasses.replace(example, id=f"{example.id}@{'line' if jsonl else 'record'} {index}")
        if example.id in seen:
            raise DeepfixError(f"{loc(fields.id)}: duplicate id {example.id!r} "
                               f"(first at {'line' if jsonl else 'record'} {seen[example.id]})")
        seen[example.id] = index
        examples.append(example)
    return examples


def split_of(example_id: str, valid_fraction: float, salt: str = "deepfix-mc") -> str:
    """``"valid"`` or ``"train"``, fixed by the id alone (:func:`deepfix.train.holdout.split_of`)."""
    return holdout.split_of(example_id, valid_fraction, salt)


def split_by_id(examples: list[MCExample], valid_fraction: float = 0.2,
                salt: str = "deepfix-mc") -> tuple[list[MCExample], list[MCExample]]:
    """(train, valid) by :func:`split_of`; file order is kept inside each part."""
    if not 0.0 < valid_fraction < 1.0:
        raise DeepfixError(f"valid_fraction must be in (0, 1), got {valid_fraction}")
    train = [e for e in examples if split_of(e.id, valid_fraction, salt) == "train"]
    valid = [e for e in examples if split_of(e.id, valid_fraction, salt) == "valid"]
    return train, valid
