"""Value matching on small sqlite databases built here."""

import sqlite3

import numpy as np

from deepfix.tasks.spider.inputs.linking import EXACT, NONE, PARTIAL
from deepfix.tasks.spider.inputs.values import ValueMatcher, read_value_index


def build_db(root, rows=(("Joe Sharp", 52), ("Rose White", 41)), extra=0):
    path = root / "shop" / "shop.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE singer (Singer_ID INTEGER PRIMARY KEY, Name TEXT, Age INTEGER)")
    con.execute("CREATE TABLE concert (Concert_ID INTEGER, Singer_ID INTEGER, Year TEXT)")
    con.execute("CREATE TABLE stadium (Stadium_ID INTEGER, Best_Singer INTEGER)")
    con.executemany("INSERT INTO singer (Name, Age) VALUES (?, ?)", list(rows) + [(f"n{i}", i) for i in range(extra)])
    con.execute("INSERT INTO concert VALUES (1, 1, '2014')")
    con.commit()
    con.close()
    return path


def test_exact_and_partial_value_matches(tmp_path, shop_schema):
    build_db(tmp_path / "database")
    matcher = ValueMatcher(tmp_path / "database")
    codes = matcher.matches(["Is", "Joe", "Sharp", "52", "in", "2014", "or", "is", "Rose", "?"], shop_schema)
    assert codes.shape == (10, 9)
    assert codes[1, 2] == codes[2, 2] == EXACT  # "Joe Sharp" is a whole Name cell
    assert codes[3, 3] == EXACT  # 52 is an Age cell
    assert codes[5, 6] == EXACT  # '2014' is a Year cell
    assert codes[8, 2] == PARTIAL  # "Rose" is one word of the cell "Rose White"
    assert codes[0].max() == NONE and codes[6].max() == NONE


def test_database_is_opened_read_only(tmp_path, shop_schema):
    path = build_db(tmp_path / "database")
    before = path.read_bytes()
    path.chmod(0o444)  # a writable open would still succeed for root, so also compare the bytes
    ValueMatcher(tmp_path / "database").matches(["Joe"], shop_schema)
    assert path.read_bytes() == before
    assert not (path.parent / "shop.sqlite-journal").exists()


def test_time_limit_cuts_reading_and_says_so(tmp_path, shop_schema, capsys):
    path = build_db(tmp_path / "database", extra=3000)
    index = read_value_index(path, shop_schema, time_limit=-1.0)
    assert index.truncated
    matcher = ValueMatcher(tmp_path / "database", time_limit=-1.0)
    matcher.index(shop_schema)
    assert matcher.truncated == {"shop"}
    assert "stopped at the -1.0s limit" in capsys.readouterr().err


def test_missing_database_switches_off_with_one_notice(tmp_path, shop_schema, capsys):
    matcher = ValueMatcher(tmp_path / "database")
    assert matcher.matches(["Joe"], shop_schema) is None
    assert matcher.matches(["Rose"], shop_schema) is None
    assert matcher.missing == {"shop"}
    err = capsys.readouterr().err
    assert err.count("notice") == 1 and "value matching is off" in err


def test_index_is_cached_on_disk(tmp_path, shop_schema):
    build_db(tmp_path / "database")
    cache = tmp_path / "cache"
    first = ValueMatcher(tmp_path / "database", cache_dir=cache).index(shop_schema)
    files = list(cache.glob("shop-*.json"))
    assert len(files) == 1
    second = ValueMatcher(tmp_path / "database", cache_dir=cache).index(shop_schema)
    assert second.cells == first.cells and second.words == first.words
    assert np.array_equal(
        ValueMatcher(tmp_path / "database", cache_dir=cache).matches(["Joe", "Sharp"], shop_schema),
        ValueMatcher(tmp_path / "database").matches(["Joe", "Sharp"], shop_schema))


def test_a_file_that_is_not_sqlite_is_a_one_line_error_naming_it(tmp_path, shop_schema):
    import pytest

    from deepfix.errors import DeepfixError

    path = tmp_path / "database" / "shop" / "shop.sqlite"
    path.parent.mkdir(parents=True)
    path.write_text("id,name\n1,Joe\n")  # a CSV under the sqlite name
    with pytest.raises(DeepfixError, match=r"shop\.sqlite: not a sqlite database"):
        ValueMatcher(tmp_path / "database").matches(["Joe"], shop_schema)
    damaged = build_db(tmp_path / "other")
    data = bytearray(damaged.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # a valid header, garbage after it
    damaged.write_bytes(bytes(data))
    with pytest.raises(DeepfixError, match="not a readable sqlite database"):
        read_value_index(damaged, shop_schema)
