"""Multiple-choice loaders: both layouts, field maps, every validation error, the fixed split."""

import json
from pathlib import Path

import pytest

from deepfix.errors import DeepfixError
from deepfix.tasks.mc.data import FieldMap, MCExample, load_examples, split_by_id, split_of

FIXTURES = Path(__file__).parent / "fixtures" / "mc"

GOOD = {"id": 1, "text": "P.", "question": "Q?", "options": ["a", "b", "c"], "answer": 2}


def write_jsonl(tmp_path, rows, name="data.jsonl"):
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_logiqa_layout_with_types():
    examples = load_examples(FIXTURES / "tiny.jsonl", require_labels=True)
    assert len(examples) == 16
    first = examples[0]
    assert first.id == "100" and first.label == 0 and len(first.options) == 4
    assert first.types == ("Categorical Reasoning", "Sufficient Conditional Reasoning")


def test_reclor_layout():
    examples = load_examples(FIXTURES / "tiny_reclor.json")
    assert [e.id for e in examples[:2]] == ["fixture_0", "fixture_1"]
    assert examples[0].passage.startswith("If a cat") and examples[0].label == 0
    assert examples[0].types == ()


def test_unlabelled_file_loads_without_labels_and_fails_when_required():
    examples = load_examples(FIXTURES / "unlabelled.jsonl")
    assert all(e.label is None for e in examples)
    with pytest.raises(DeepfixError, match=r"unlabelled.jsonl, line 1, field 'answer': missing label"):
        load_examples(FIXTURES / "unlabelled.jsonl", require_labels=True)


def test_any_number_of_options_and_mapped_fields(tmp_path):
    row = {"qid": "x", "context": "P.", "ask": "Q?", "choices": ["a", "b", "c", "d", "e"], "gold": 4}
    path = write_jsonl(tmp_path, [row])
    fields = "id=qid,passage=context,question=ask,options=choices,label=gold"
    (example,) = load_examples(path, fields=fields)
    assert example.options == ("a", "b", "c", "d", "e") and example.label == 4
    assert FieldMap().updated({"label": "gold"}).label == "gold"


@pytest.mark.parametrize("bad, message", [
    ("{not json", r"line 2: bad JSON"),
    ({**GOOD, "answer": 3}, r"line 2, field 'answer': 3 is out of range for 3 options"),
    ({**GOOD, "answer": -1}, r"line 2, field 'answer': -1 is out of range"),
    ({**GOOD, "answer": "1"}, r"line 2, field 'answer': expected an integer"),
    ({**GOOD, "answer": True}, r"line 2, field 'answer': expected an integer"),
    ({**GOOD, "options": []}, r"line 2, field 'options': needs at least 2 options, got 0"),
    ({**GOOD, "options": ["a", " "]}, r"line 2, field 'options': option 1 is empty"),
    ({**GOOD, "options": ["a", 3]}, r"line 2, field 'options': option 1 is int"),
    ({**GOOD, "options": "a b"}, r"line 2, field 'options': expected a list"),
    ({k: v for k, v in GOOD.items() if k != "options"}, r"line 2, field 'options': missing"),
    ({**GOOD, "text": 5}, r"line 2, field 'text': expected a string"),
    ({k: v for k, v in GOOD.items() if k != "question"}, r"line 2, field 'question': missing"),
    ({**GOOD, "id": [1]}, r"line 2, field 'id': expected a string or integer"),
    ({k: v for k, v in GOOD.items() if k != "id"}, r"line 2, field 'id': missing"),
    ({**GOOD, "type": 3}, r"line 2, field 'type': expected a dict"),
    ([1, 2], r"line 2: expected a JSON object"),
    ({**GOOD, "text": "P \ud800"}, r"line 2, field 'text' is not valid text: .* position 2 \(U\+D800\)"),  # a tokenizer TypeError before
    ({**GOOD, "options": ["a", "b\udcff"]}, r"line 2, field 'options': option 1 is not valid text"),
    ({**GOOD, "id": 0}, None),  # control: a valid second record
    ({**GOOD, "id": 0, "text": "P\x0cQ\tR"}, None),  # control characters stay allowed in data files
])
def test_jsonl_errors_name_file_line_and_field(tmp_path, bad, message):
    path = write_jsonl(tmp_path, [{**GOOD, "id": 0}, bad] if message else [GOOD, bad])
    if message is None:
        assert len(load_examples(path)) == 2
        return
    with pytest.raises(DeepfixError, match=message) as info:
        load_examples(path)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_duplicate_ids(tmp_path):
    path = write_jsonl(tmp_path, [GOOD, {**GOOD, "text": "other"}])
    with pytest.raises(DeepfixError, match=r"line 2, field 'id': duplicate id '1' \(first at line 1\)"):
        load_examples(path)
    first, second = load_examples(path, duplicate_ids="suffix")
    assert (first.id, second.id) == ("1", "1@line 2")
    with pytest.raises(DeepfixError, match="duplicate_ids must be one of"):
        load_examples(path, duplicate_ids="ignore")


def test_reclor_json_errors(tmp_path):
    good = {"context": "P.", "question": "Q?", "answers": ["a", "b"], "label": 1, "id_string": "r0"}
    path = tmp_path / "train.json"
    path.write_text(json.dumps([good, {**good, "id_string": "r1", "label": 2}]))
    with pytest.raises(DeepfixError, match=r"train.json, record 1, field 'label': 2 is out of range"):
        load_examples(path)
    path.write_text('[{"context": "P.",\n "question": ]')
    with pytest.raises(DeepfixError, match=r"train.json, line 2: bad JSON"):
        load_examples(path)
    path.write_text(json.dumps({"data": []}))
    with pytest.raises(DeepfixError, match=r"expected a JSON array"):
        load_examples(path)


def test_file_level_errors(tmp_path):
    with pytest.raises(DeepfixError, match="no such data file"):
        load_examples(tmp_path / "missing.jsonl")
    with pytest.raises(DeepfixError, match=r"expected a \.json"):
        load_examples(tmp_path / "data.csv")
    with pytest.raises(DeepfixError, match="no questions"):
        load_examples(write_jsonl(tmp_path, []))
    with pytest.raises(DeepfixError, match="unknown name"):
        load_examples(FIXTURES / "tiny.jsonl", fields="passsage=text")
    with pytest.raises(DeepfixError, match="NAME=KEY"):
        load_examples(FIXTURES / "tiny.jsonl", fields="passage")


def test_split_is_fixed_by_id_and_independent_of_order():
    examples = load_examples(FIXTURES / "tiny.jsonl")
    train, valid = split_by_id(examples, valid_fraction=0.25)
    train2, valid2 = split_by_id(list(reversed(examples)), valid_fraction=0.25)
    assert {e.id for e in valid} == {e.id for e in valid2} and valid
    assert len(train) + len(valid) == len(examples)
    # Pinned values: changing the hash or salt would silently move questions between splits.
    assert [split_of(str(i), 0.5) for i in range(10, 20)] == [
        "train", "valid", "valid", "train", "train", "valid", "train", "train", "valid", "train"]
    fraction = sum(split_of(str(i), 0.2) == "valid" for i in range(5000)) / 5000
    assert 0.18 < fraction < 0.22


def test_tune_fraction_validates_on_a_part_of_train_and_never_reads_the_validation_part():
    from deepfix.tasks.mc.task import MCConfig, MCTask, PreparedData, pair_offsets

    examples = [MCExample(id=f"q{i}", passage="p", question="q", options=("a", "b"), label=0) for i in range(400)]
    data = PreparedData("file.jsonl", examples, pair_offsets(examples), None, None)
    config = MCConfig()
    config.data.path = "file.jsonl"
    plain = MCTask(config, prepared=data, progress=False)
    config.data.tune_fraction = 0.25
    tuned = MCTask(config, prepared=data, progress=False)
    ids = lambda task, part: {examples[i].id for i in getattr(task, part)}  # noqa: E731
    assert ids(tuned, "train_indices") | ids(tuned, "valid_indices") == ids(plain, "train_indices")
    assert not ids(tuned, "valid_indices") & ids(plain, "valid_indices")  # the validation part is untouched
    assert 0.15 < len(tuned.valid_indices) / len(plain.train_indices) < 0.35
    config.data.valid_path = "other.jsonl"
    with pytest.raises(DeepfixError, match="tune_fraction"):
        MCTask(config, prepared=data, valid_prepared=data, progress=False)
