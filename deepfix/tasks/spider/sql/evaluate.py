"""Spider's exact-set-match evaluation, its hardness levels, and an error breakdown.

Written from the definition published with Spider (Yu et al., EMNLP 2018, section 4 and the
official ``evaluation.py``):

* Both queries are normalised: values are dropped (``DISABLE_VALUE``), DISTINCT inside column
  units is dropped (``DISABLE_DISTINCT``; the SELECT-level DISTINCT is never compared), and a
  column of a table in the query's top-level FROM that takes part in a foreign key is replaced
  by the smallest column id of its foreign-key group.
* Ten components are compared as *sets* (each component scores 1 only when prediction and gold
  agree on every unit): select, select(no AGG), where, where(no OP), group(no Having), group,
  order, and/or, IUEN (INTERSECT/UNION/EXCEPT/NESTED, compared recursively), keywords.
* A prediction is an exact match when all ten components score 1 and the FROM table units agree
  as a multiset. Join conditions (``ON``) are not compared.
* Hardness (easy/medium/hard/extra) counts components of the gold query by Spider's rules,
  including the quirks of its ``count_others`` (a NOT in WHERE and an AND/OR in HAVING count as
  aggregates), so the dev split reproduces 248/446/174/166.

The error breakdown follows the paper's analysis (Xu et al., 2021, section 5): a wrong
prediction is *structure only* wrong when it uses the gold's columns and tables but its SQL
sketch differs, *schema only* (columns/tables) wrong when its sketch (the query with every column
and table anonymised) matches the gold's, and *both* otherwise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.sql.parser import WHERE_OPS, parse_sql

COMPONENTS = ("select", "select(no AGG)", "where", "where(no OP)", "group(no Having)", "group",
              "order", "and/or", "IUEN", "keywords")
HARDNESS_LEVELS = ("easy", "medium", "hard", "extra")
ERROR_KINDS = ("structure_only", "schema_only", "both")
SET_OPS = ("intersect", "union", "except")


def empty_sql() -> dict:
    """The query Spider scores an unparseable prediction as (matches nothing)."""
    return {"select": [False, []], "from": {"table_units": [], "conds": []}, "where": [],
            "groupBy": [], "having": [], "orderBy": [], "limit": None,
            "intersect": None, "union": None, "except": None}


# -- normalisation --------------------------------------------------------------------------

def foreign_key_map(db: dict) -> dict[int, int]:
    """Column id -> smallest column id of its foreign-key-connected group (tables.json entry)."""
    groups: list[set[int]] = []
    for first, second in db.get("foreign_keys", []):
        group = next((g for g in groups if first in g or second in g), None)
        if group is None:
            group = set()
            groups.append(group)
        group.update((first, second))
    mapping: dict[int, int] = {}
    for group in groups:
        smallest = min(group)
        for column in group:
            mapping[column] = smallest
    return mapping


def _valid_columns(sql: dict, db: dict) -> set[int]:
    tables = {unit[1] for unit in sql["from"]["table_units"] if unit[0] == "table_unit"}
    return {index for index, (table, _) in enumerate(db["column_names_original"]) if table in tables}


def _drop_values(sql: dict | None) -> dict | None:
    if sql is None:
        return None
    for key in ("where", "having"):
        sql[key] = _drop_condition_values(sql[key])
    sql["from"]["conds"] = _drop_condition_values(sql["from"]["conds"])
    for op in SET_OPS:
        sql[op] = _drop_values(sql[op])
    return sql


def _drop_condition_values(condition: list) -> list:
    out = []
    for unit in condition:
        if isinstance(unit, str):
            out.append(unit)
            continue
        not_op, op_id, val_unit, val1, val2 = unit
        val1 = _drop_values(val1) if isinstance(val1, dict) else None
        val2 = _drop_values(val2) if isinstance(val2, dict) else None
        out.append([not_op, op_id, val_unit, val1, val2])
    return out


class _ColumnCanon:
    """Apply the foreign-key map to columns of the top-level FROM tables; drop col DISTINCT."""

    def __init__(self, valid: set[int], fk_map: dict[int, int]):
        self.valid, self.fk_map = valid, fk_map

    def col_unit(self, unit):
        if unit is None:
            return None
        agg, column, _distinct = unit
        if column in self.valid and column in self.fk_map:
            column = self.fk_map[column]
        return [agg, column, None]

    def val_unit(self, unit):
        if unit is None:
            return None
        op, left, right = unit
        return [op, self.col_unit(left), self.col_unit(right)]

    def condition(self, condition):
        return [unit if isinstance(unit, str) else
                [unit[0], unit[1], self.val_unit(unit[2]), unit[3], unit[4]] for unit in condition]

    def sql(self, sql):
        if sql is None:
            return None
        distinct, items = sql["select"]
        sql["select"] = [distinct, [[agg, self.val_unit(unit)] for agg, unit in items]]
        sql["from"]["conds"] = self.condition(sql["from"]["conds"])
        sql["where"] = self.condition(sql["where"])
        sql["having"] = self.condition(sql["having"])
        sql["groupBy"] = [self.col_unit(unit) for unit in sql["groupBy"]]
        if sql["orderBy"]:
            sql["orderBy"] = [sql["orderBy"][0], [self.val_unit(u) for u in sql["orderBy"][1]]]
        for op in SET_OPS:
            sql[op] = self.sql(sql[op])
        return sql


def normalize(sql: dict, db: dict) -> dict:
    """Spider's evaluation form of ``sql``: values dropped, FK columns canonical, no col DISTINCT."""
    sql = _drop_values(json.loads(json.dumps(sql)))  # deep copy, tuples -> lists
    return _ColumnCanon(_valid_columns(sql, db), foreign_key_map(db)).sql(sql)


# -- component scores ------------------------------------------------------------------------

@dataclass
class ComponentScore:
    label_total: int
    pred_total: int
    matched: bool  # Spider's f1 == 1: same number of units and every predicted unit found


def _score(count: int, pred_total: int, label_total: int) -> bool:
    return pred_total == label_total and count == pred_total


def _multiset_hits(pred_units: list, label_units: list) -> int:
    remaining = list(label_units)
    hits = 0
    for unit in pred_units:
        if unit in remaining:
            hits += 1
            remaining.remove(unit)
    return hits


def _select(pred, label):
    p, g = pred["select"][1], label["select"][1]
    hits = _multiset_hits(p, g)
    hits_no_agg = _multiset_hits([u[1] for u in p], [u[1] for u in g])
    return (ComponentScore(len(g), len(p), _score(hits, len(p), len(g))),
            ComponentScore(len(g), len(p), _score(hits_no_agg, len(p), len(g))))


def _where(pred, label):
    p, g = pred["where"][::2], label["where"][::2]
    hits = _multiset_hits(p, g)
    hits_no_op = _multiset_hits([u[2] for u in p], [u[2] for u in g])
    return (ComponentScore(len(g), len(p), _score(hits, len(p), len(g))),
            ComponentScore(len(g), len(p), _score(hits_no_op, len(p), len(g))))


def _group(pred, label, column_name):
    p = [column_name(u[1]) for u in pred["groupBy"]]
    g = [column_name(u[1]) for u in label["groupBy"]]
    hits = _multiset_hits(p, g)
    return ComponentScore(len(g), len(p), _score(hits, len(p), len(g)))


def _having(pred, label):
    p_total, g_total = int(bool(pred["groupBy"])), int(bool(label["groupBy"]))
    same = (p_total == g_total == 1 and [u[1] for u in pred["groupBy"]] == [u[1] for u in label["groupBy"]]
            and pred["having"] == label["having"])
    return ComponentScore(g_total, p_total, _score(int(same), p_total, g_total))


def _order(pred, label):
    p_total, g_total = int(bool(pred["orderBy"])), int(bool(label["orderBy"]))
    same = (g_total == 1 and pred["orderBy"] == label["orderBy"]
            and (pred["limit"] is None) == (label["limit"] is None))
    return ComponentScore(g_total, p_total, _score(int(same), p_total, g_total))


def _and_or(pred, label):
    p, g = set(pred["where"][1::2]), set(label["where"][1::2])
    if p == g:
        return ComponentScore(1, 1, True)
    # Spider returns the two totals swapped here; kept so component acc/rec equal Spider's.
    return ComponentScore(len(p), len(g), False)


def _iuen(pred, label, column_name):
    label_total = pred_total = hits = 0
    for op in SET_OPS:
        p, g = pred[op], label[op]
        pred_total += p is not None
        label_total += g is not None
        if p is not None and g is not None:
            hits += _exact_normalized(p, g, column_name)
    return ComponentScore(label_total, pred_total, _score(hits, pred_total, label_total))


def keywords(sql: dict) -> set[str]:
    """Spider's keyword set of one query level (where, group, having, order, asc/desc, limit, ...)."""
    found = set()
    for key, word in (("where", "where"), ("groupBy", "group"), ("having", "having")):
        if sql[key]:
            found.add(word)
    if sql["orderBy"]:
        found.update(("order", sql["orderBy"][0]))
    if sql["limit"] is not None:
        found.add("limit")
    found.update(op for op in SET_OPS if sql[op] is not None)
    connectives = sql["from"]["conds"][1::2] + sql["where"][1::2] + sql["having"][1::2]
    if "or" in connectives:
        found.add("or")
    units = sql["from"]["conds"][::2] + sql["where"][::2] + sql["having"][::2]
    if any(u[0] for u in units):
        found.add("not")
    if any(u[1] == WHERE_OPS.index("in") for u in units):
        found.add("in")
    if any(u[1] == WHERE_OPS.index("like") for u in units):
        found.add("like")
    return found


def _keywords(pred, label):
    p, g = keywords(pred), keywords(label)
    return ComponentScore(len(g), len(p), _score(len(p & g), len(p), len(g)))


def component_scores(pred: dict, label: dict, column_name=lambda c: c) -> dict[str, ComponentScore]:
    """The ten component scores of two *normalised* queries.

    ``column_name`` maps a column id to what GROUP BY compares: Spider compares the bare column
    name there (table dropped), so pass ``lambda c: name_of[c]``.
    """
    select, select_no_agg = _select(pred, label)
    where, where_no_op = _where(pred, label)
    return {"select": select, "select(no AGG)": select_no_agg, "where": where,
            "where(no OP)": where_no_op, "group(no Having)": _group(pred, label, column_name),
            "group": _having(pred, label), "order": _order(pred, label),
            "and/or": _and_or(pred, label), "IUEN": _iuen(pred, label, column_name),
            "keywords": _keywords(pred, label)}


def _table_units_key(units: list) -> list[str]:
    return sorted(json.dumps(unit, sort_keys=True) for unit in units)


def _exact_normalized(pred: dict, label: dict, column_name) -> bool:
    scores = component_scores(pred, label, column_name)
    if not all(score.matched for score in scores.values()):
        return False
    if label["from"]["table_units"]:
        return _table_units_key(label["from"]["table_units"]) == _table_units_key(pred["from"]["table_units"])
    return True


def _column_namer(db: dict):
    names = [name.lower() for _, name in db["column_names_original"]]
    return lambda column: names[column] if isinstance(column, int) and 0 <= column < len(names) else column


def exact_match(pred: dict, gold: dict, db: dict) -> bool:
    """Spider's exact set match of two parsed queries (values ignored)."""
    return _exact_normalized(normalize(pred, db), normalize(gold, db), _column_namer(db))


# -- hardness ------------------------------------------------------------------------------------

def nested_queries(sql: dict) -> list[dict]:
    """Sub-queries one level down that Spider's hardness counts: condition values and the
    INTERSECT/UNION/EXCEPT arms (a sub-query in FROM is *not* counted, as in Spider)."""
    found = []
    for unit in sql["from"]["conds"][::2] + sql["where"][::2] + sql["having"][::2]:
        found.extend(value for value in unit[3:5] if isinstance(value, dict))
    found.extend(sql[op] for op in SET_OPS if sql[op] is not None)
    return found


def _count_component1(sql: dict) -> int:
    count = sum(bool(sql[key]) for key in ("where", "groupBy", "orderBy")) + (sql["limit"] is not None)
    if sql["from"]["table_units"]:
        count += len(sql["from"]["table_units"]) - 1
    connectives = sql["from"]["conds"][1::2] + sql["where"][1::2] + sql["having"][1::2]
    count += connectives.count("or")
    units = sql["from"]["conds"][::2] + sql["where"][::2] + sql["having"][::2]
    count += sum(1 for unit in units if unit[1] == WHERE_OPS.index("like"))
    return count


def _has_agg(unit) -> bool:
    # Spider tests ``unit[0] != 0`` on mixed lists: a select item's agg, a col_unit's agg, a
    # cond_unit's NOT flag, and even the first letter of "and"/"or" in HAVING (kept as is).
    return unit[0] != 0


def _count_others(sql: dict) -> int:
    units = list(sql["select"][1]) + sql["where"][::2] + sql["groupBy"] + sql["having"]
    if sql["orderBy"]:
        units += [u[1] for u in sql["orderBy"][1] if u[1]] + [u[2] for u in sql["orderBy"][1] if u[2]]
    count = int(sum(_has_agg(u) for u in units) > 1)
    count += len(sql["select"][1]) > 1
    count += len(sql["where"]) > 1
    count += len(sql["groupBy"]) > 1
    return count


def hardness(sql: dict) -> str:
    """Spider's difficulty level of a (gold) parsed query: easy, medium, hard or extra."""
    c1, c2, others = _count_component1(sql), len(nested_queries(sql)), _count_others(sql)
    if c1 <= 1 and others == 0 and c2 == 0:
        return "easy"
    if (others <= 2 and c1 <= 1 and c2 == 0) or (c1 <= 2 and others < 2 and c2 == 0):
        return "medium"
    if ((others > 2 and c1 <= 2 and c2 == 0) or (2 < c1 <= 3 and others <= 2 and c2 == 0)
            or (c1 <= 1 and others == 0 and c2 <= 1)):
        return "hard"
    return "extra"


# -- error breakdown --------------------------------------------------------------------------

def _anonymize(value):
    """Replace every column id (but ``*``) and table id by -1: the query's sketch."""
    if isinstance(value, dict) and "select" in value:
        out = {key: _anonymize(item) for key, item in value.items()}
        out["from"]["table_units"] = [["sql", unit[1]] if unit[0] == "sql" else ["table_unit", -1]
                                      for unit in out["from"]["table_units"]]
        return out
    if isinstance(value, dict):
        return {key: _anonymize(item) for key, item in value.items()}
    if isinstance(value, list):
        if len(value) == 3 and isinstance(value[0], int) and not isinstance(value[0], bool) \
                and isinstance(value[1], int) and not isinstance(value[1], bool) \
                and (value[2] is None or isinstance(value[2], bool)):
            return [value[0], 0 if value[1] == 0 else -1, value[2]]  # a col_unit
        return [_anonymize(item) for item in value]
    return value


def schema_items(sql: dict) -> tuple[set[int], set[int]]:
    """(column ids but ``*``, table ids) that a parsed query mentions anywhere."""
    columns: set[int] = set()
    tables: set[int] = set()

    def visit(value):
        if isinstance(value, dict) and "select" in value:
            for unit in value["from"]["table_units"]:
                if unit[0] == "table_unit":
                    tables.add(unit[1])
            for key, item in value.items():
                if key != "from":
                    visit(item)
            visit(value["from"]["conds"])
            for unit in value["from"]["table_units"]:
                if unit[0] == "sql":
                    visit(unit[1])
        elif isinstance(value, list):
            if len(value) == 3 and isinstance(value[1], int) and not isinstance(value[1], bool) \
                    and isinstance(value[0], int) and not isinstance(value[0], bool) \
                    and (value[2] is None or isinstance(value[2], bool)):
                if value[1] != 0:
                    columns.add(value[1])
                return
            for item in value:
                visit(item)

    visit(sql)
    return columns, tables


def error_kind(pred: dict, gold: dict, db: dict) -> str | None:
    """None for an exact match, else 'structure_only', 'schema_only' or 'both'."""
    p, g = normalize(pred, db), normalize(gold, db)
    namer = _column_namer(db)
    if _exact_normalized(p, g, namer):
        return None
    sketch_ok = _exact_normalized(_anonymize(p), _anonymize(g), lambda c: c)
    if sketch_ok:
        return "schema_only"
    if schema_items(p) == schema_items(g):
        return "structure_only"
    return "both"


# -- one prediction, many predictions --------------------------------------------------------

@dataclass
class PairResult:
    hardness: str
    exact: bool
    parsed: bool  # False when the prediction is not valid Spider SQL for the schema
    components: dict[str, ComponentScore] = field(default_factory=dict)
    error: str | None = None  # error kind when not exact
    parse_error: str | None = None


def evaluate_pair(pred_sql: str, gold_sql: dict, db: dict) -> PairResult:
    """Score one predicted SQL string against a gold parsed query (Spider's exact set match)."""
    parse_error = None
    try:
        pred = parse_sql(pred_sql, db)
    except DeepfixError as error:
        pred, parse_error = empty_sql(), str(error)
    namer = _column_namer(db)
    p, g = normalize(pred, db), normalize(gold_sql, db)
    components = component_scores(p, g, namer)
    exact = _exact_normalized(p, g, namer)
    kind = None if exact else error_kind(pred, gold_sql, db)
    return PairResult(hardness(gold_sql), exact, parse_error is None, components, kind, parse_error)


def summarize(results: list[PairResult]) -> dict:
    """Spider's report: exact match overall and per hardness, component acc/rec/F1, errors."""
    n = len(results)
    out: dict = {"n": n, "exact_match": sum(r.exact for r in results) / n if n else 0.0}
    out["per_difficulty"] = {}
    for level in HARDNESS_LEVELS:
        group = [r for r in results if r.hardness == level]
        out["per_difficulty"][level] = {
            "n": len(group), "exact_match": sum(r.exact for r in group) / len(group) if group else None}
    out["components"] = {}
    for name in COMPONENTS:
        predicted = [r.components[name] for r in results if r.components[name].pred_total > 0]
        labelled = [r.components[name] for r in results if r.components[name].label_total > 0]
        acc = sum(s.matched for s in predicted) / len(predicted) if predicted else 0.0
        rec = sum(s.matched for s in labelled) / len(labelled) if labelled else 0.0
        f1 = 2 * acc * rec / (acc + rec) if acc + rec else 0.0
        out["components"][name] = {"acc": acc, "rec": rec, "f1": f1}
    wrong = [r for r in results if not r.exact]
    out["errors"] = {"wrong": len(wrong), "unparseable": sum(not r.parsed for r in results)}
    out["errors"].update({kind: sum(r.error == kind for r in wrong) for kind in ERROR_KINDS})
    return out
