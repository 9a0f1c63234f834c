import copy
import json

import pytest

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.inputs.data import ENV_VAR, load_spider



def test_loads_valid_directory(spider_dir):
    data = load_spider(spider_dir)
    assert list(data.schemas) == ["shop"]
    assert len(data.train) == 1 and len(data.dev) == 1
    assert data.dev[0].question_words == ["How", "many", "singers", "are", "older", "than", "30", "?"]
    assert data.dev[0].sql is not None and data.train[0].sql is None
    schema = data.schemas["shop"]
    assert schema.num_columns == 9 and schema.num_tables == 3
    assert schema.primary_keys == {1, 4, 7} and schema.foreign_keys == [(5, 1), (8, 1), (3, 7)]


def test_directory_from_environment(spider_dir, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(spider_dir))
    assert len(load_spider().dev) == 1
    monkeypatch.delenv(ENV_VAR)
    with pytest.raises(DeepfixError, match=ENV_VAR):
        load_spider()


def test_optional_train_others_is_appended(spider_dir, records):
    (spider_dir / "train_others.json").write_text(json.dumps(records["train"] * 2))
    data = load_spider(spider_dir)
    assert [e.index for e in data.train] == [0, 1, 2]
    assert [e.source for e in data.train] == ["train_spider.json", "train_others.json", "train_others.json"]


def test_missing_file_is_named(spider_dir):
    (spider_dir / "dev.json").unlink()
    with pytest.raises(DeepfixError, match=r"dev\.json: missing"):
        load_spider(spider_dir)


def test_invalid_json_names_file_and_line(spider_dir):
    (spider_dir / "dev.json").write_text('[\n{"db_id": }\n]')
    with pytest.raises(DeepfixError, match=r"dev\.json: not valid JSON \(line 2"):
        load_spider(spider_dir)


@pytest.mark.parametrize("change, message", [
    (lambda r: r.update(db_id="nowhere"), r"dev\.json, record 1, field 'db_id': unknown database 'nowhere'"),
    (lambda r: r.update(question="   "), r"dev\.json, record 1, field 'question': empty question"),
    (lambda r: r.pop("query"), r"dev\.json, record 1, field 'query': missing"),
    (lambda r: r.update(question=7), r"dev\.json, record 1, field 'question': expected a string"),
    (lambda r: r.update(sql=[1]), r"dev\.json, record 1, field 'sql': expected an object"),
])
def test_bad_example_names_record_and_field(make_spider, records, change, message):
    bad = copy.deepcopy(records["dev"][0])
    change(bad)
    root = make_spider(dev=[records["dev"][0], bad])
    with pytest.raises(DeepfixError, match=message):
        load_spider(root)


@pytest.mark.parametrize("change, message", [
    (lambda t: t.pop("column_types"), r"record 0, field 'column_types': missing"),
    (lambda t: t["column_types"].pop(), r"field 'column_types': length 8 differs"),
    (lambda t: t["column_names"].__setitem__(2, [7, "name"]), r"field 'column_names': column 2 refers to table 7"),
    (lambda t: t["foreign_keys"].append([5, 99]), r"field 'foreign_keys': 99 is not a column id"),
    (lambda t: t["primary_keys"].append("x"), r"field 'primary_keys': 'x' is not a column id"),
    (lambda t: t.update(table_names="singer"), r"field 'table_names': expected a list of strings"),
])
def test_bad_schema_names_record_and_field(make_spider, records, change, message):
    bad = records["tables"][0]
    change(bad)
    root = make_spider(tables=[bad])
    with pytest.raises(DeepfixError, match=message):
        load_spider(root)


def test_duplicate_db_id(make_spider, records):
    root = make_spider(tables=records["tables"] * 2)
    with pytest.raises(DeepfixError, match=r"record 1, field 'db_id': duplicate"):
        load_spider(root)


def test_required_databases(spider_dir):
    with pytest.raises(DeepfixError, match=r"shop\.sqlite: missing \(needed by train_spider\.json, record 0\)"):
        load_spider(spider_dir, require_databases=True)
    db = spider_dir / "database" / "shop"
    db.mkdir(parents=True)
    (db / "shop.sqlite").write_bytes(b"")
    assert load_spider(spider_dir, require_databases=True).database_path("shop") == db / "shop.sqlite"


def test_cli_prints_one_line_error_and_exit_2(make_spider, records, capsys):
    from deepfix.cli import main

    bad = records["dev"][0]
    bad["db_id"] = "nowhere"
    root = make_spider(dev=[bad])
    assert main(["spider", "prepare", "--data", str(root)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"deepfix: error: {root / 'dev.json'}, record 0, field 'db_id': unknown database 'nowhere' "
                   "(not in tables.json)"]


def test_an_inconsistent_unused_schema_is_a_warning_a_used_one_an_error(make_spider, records, capsys):
    import copy

    other = copy.deepcopy(records["tables"][0])
    other["db_id"] = "other"
    other["column_names_original"].pop()  # disagrees with column_names
    root = make_spider(tables=[records["tables"][0], other])
    data = load_spider(root)
    assert set(data.schemas) == {"shop"} and len(data.splits["dev"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "warning" in err[0] and "other" in err[0] and "column_names_original" in err[0]
    dev = records["dev"] + [{**records["dev"][0], "db_id": "other"}]
    root = make_spider(tables=[records["tables"][0], other], dev=dev)
    with pytest.raises(DeepfixError, match=r"record 1, field 'column_names_original'.*used by .*dev\.json, record 1"):
        load_spider(root)


def test_an_error_under_a_progress_bar_starts_its_own_line(spider_dir, capsys):
    """The bar was left open when an error left it, so the error was printed on the bar's line
    (``prepare dev:   0%| ... |deepfix: error: .../shop.sqlite: not a sqlite database``)."""
    from pathlib import Path

    from deepfix.cli import main

    databases = spider_dir / "database"
    (databases / "shop").mkdir(parents=True)
    (databases / "shop" / "shop.sqlite").write_bytes(b"hello, not a database")
    encoder = Path(__file__).resolve().parents[1] / "fixtures" / "serve_model" / "encoder"
    code = main(["spider", "prepare", "--data", str(spider_dir), "--databases", str(databases), "--encoder", str(encoder),
                 "--splits", "dev", "--cache-dir", str(spider_dir / "cache")])  # the bar is on (no --no-progress)
    err = capsys.readouterr().err
    assert code == 2 and "prepare dev" in err  # a bar was drawn
    lines = err.replace("\r", "\n").splitlines()
    errors = [line for line in lines if "deepfix: error:" in line]
    assert errors and all(line.startswith("deepfix: error:") for line in errors), err
    assert "shop.sqlite" in errors[0] and "not a sqlite database" in errors[0]
