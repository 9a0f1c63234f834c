"""Schema-item labels and metrics: which columns and tables does the gold SQL use?

Labels come from Spider's parsed ``sql`` dict (``dev.json`` has it; for ``train_spider.json``
the query is parsed with :func:`deepfix.tasks.spider.sql.parser.parse_sql`). A column is used
when any column unit anywhere in the query (SELECT, WHERE, GROUP BY, HAVING, ORDER BY, join
conditions, nested and set-operation sub-queries) refers to it; ``*`` (column 0) counts when
``count(*)`` or ``SELECT *`` appears. A table is used when it is a FROM table unit at any level.
"""

from __future__ import annotations

import numpy as np

from deepfix.errors import DeepfixError


def _col_unit(unit, columns: set) -> None:
    # col_unit = [agg_id, col_id, distinct]
    if isinstance(unit, (list, tuple)) and len(unit) == 3 and isinstance(unit[1], int):
        columns.add(unit[1])


def _val_unit(unit, columns: set) -> None:
    # val_unit = [unit_op, col_unit1, col_unit2 | None]
    _col_unit(unit[1], columns)
    if unit[2] is not None:
        _col_unit(unit[2], columns)


def _value(value, columns: set, tables: set) -> None:
    if isinstance(value, dict):
        _walk(value, columns, tables)
    elif isinstance(value, (list, tuple)):
        _col_unit(value, columns)  # a column compared to a column (join conditions)


def _conditions(conds, columns: set, tables: set) -> None:
    for cond in conds:
        if isinstance(cond, str):  # "and" / "or"
            continue
        _not, _op, val_unit, val1, val2 = cond
        _val_unit(val_unit, columns)
        _value(val1, columns, tables)
        _value(val2, columns, tables)


def _walk(sql: dict, columns: set, tables: set) -> None:
    for kind, unit in sql["from"]["table_units"]:
        if kind == "table_unit":
            tables.add(unit)
        elif isinstance(unit, dict):
            _walk(unit, columns, tables)
    _conditions(sql["from"]["conds"], columns, tables)
    for _agg, val_unit in sql["select"][1]:
        _val_unit(val_unit, columns)
    _conditions(sql["where"], columns, tables)
    for unit in sql["groupBy"]:
        _col_unit(unit, columns)
    _conditions(sql["having"], columns, tables)
    if sql["orderBy"]:
        for val_unit in sql["orderBy"][1]:
            _val_unit(val_unit, columns)
    for key in ("intersect", "union", "except"):
        if sql.get(key):
            _walk(sql[key], columns, tables)


def used_items(sql: dict) -> tuple[set[int], set[int]]:
    """(column ids, table ids) that the parsed query uses."""
    columns: set[int] = set()
    tables: set[int] = set()
    try:
        _walk(sql, columns, tables)
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise DeepfixError(f"malformed parsed 'sql' structure ({type(error).__name__}: {error})") from None
    return columns, tables


def binary_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney U with average ranks for ties); nan if one class."""
    labels = labels.astype(bool)
    pos, neg = labels.sum(), (~labels).sum()
    if pos == 0 or neg == 0:
        return float("nan")
    order = np.argsort(scores, kind="mergesort")
    sorted_scores = scores[order]
    ranks = np.empty(len(scores), dtype=np.float64)
    # average ranks over ties
    _, start, counts = np.unique(sorted_scores, return_index=True, return_counts=True)
    avg = start + (counts - 1) / 2.0 + 1.0
    ranks[order] = np.repeat(avg, counts)
    return float((ranks[labels].sum() - pos * (pos + 1) / 2.0) / (pos * neg))


def item_metrics(scores: list[np.ndarray], labels: list[np.ndarray], kinds: list[np.ndarray]) -> dict[str, float]:
    """Per-item AUC/F1 (all items of all examples pooled, and per kind) and exact-set accuracy.

    ``scores`` are logits per item of each example, ``labels`` 0/1, ``kinds`` 0 = column,
    1 = table. A prediction is ``logit > 0``. ``exact_set`` is the fraction of examples whose
    predicted used-set equals the gold one over all columns and tables.
    """
    s = np.concatenate(scores)
    y = np.concatenate(labels).astype(bool)
    k = np.concatenate(kinds)
    pred = s > 0
    result = {"exact_set": float(np.mean([np.array_equal(a > 0, b.astype(bool)) for a, b in zip(scores, labels)]))}
    for name, mask in (("item", np.ones_like(y)), ("column", k == 0), ("table", k == 1)):
        tp = float(np.sum(pred[mask] & y[mask]))
        fp = float(np.sum(pred[mask] & ~y[mask]))
        fn = float(np.sum(~pred[mask] & y[mask]))
        result[f"{name}_f1"] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        result[f"{name}_auc"] = binary_auc(s[mask], y[mask])
    return result
