import numpy as np

from deepfix.tasks.spider.items.labels import binary_auc, item_metrics, used_items


def test_used_items_simple(records):
    assert used_items(records["dev"][0]["sql"]) == ({0, 3}, {0})


def test_used_items_join_nested_and_set_operations(records):
    inner = records["dev"][0]["sql"]
    sql = {
        "from": {"table_units": [["table_unit", 0], ["table_unit", 1]],
                 "conds": [[False, 2, [0, [0, 1, False], None], [0, 5, False], None]]},
        "select": [True, [[0, [0, [0, 2, False], None]]]],
        "where": [[False, 8, [0, [0, 1, False], None], inner, None], "and",
                  [False, 2, [0, [0, 6, False], None], "2014", None]],
        "groupBy": [[0, 4, False]], "having": [], "orderBy": ["desc", [[0, [0, 3, False], None]]],
        "limit": 1, "intersect": None,
        "union": {**inner, "from": {"table_units": [["table_unit", 2]], "conds": []},
                  "select": [False, [[0, [0, [0, 8, False], None]]]], "where": []},
        "except": None,
    }
    columns, tables = used_items(sql)
    assert columns == {0, 1, 2, 3, 4, 5, 6, 8}
    assert tables == {0, 1, 2}


def test_auc_matches_pairwise_definition():
    rng = np.random.default_rng(0)
    scores = rng.integers(0, 5, 40).astype(float)  # many ties
    labels = rng.integers(0, 2, 40)
    pos, neg = scores[labels == 1], scores[labels == 0]
    pairwise = np.mean([(p > n) + 0.5 * (p == n) for p in pos for n in neg])
    assert np.isclose(binary_auc(scores, labels), pairwise)
    assert np.isnan(binary_auc(scores, np.ones(40)))


def test_item_metrics():
    scores = [np.array([2.0, -1.0, 3.0]), np.array([-2.0, 1.0])]
    labels = [np.array([1, 0, 1]), np.array([1, 1])]
    kinds = [np.array([0, 0, 1]), np.array([0, 1])]
    m = item_metrics(scores, labels, kinds)
    assert m["exact_set"] == 0.5
    assert np.isclose(m["item_f1"], 2 * 3 / (2 * 3 + 0 + 1))
    assert m["table_f1"] == 1.0 and np.isclose(m["column_f1"], 2 / 3)
