"""An abstract syntax of Spider SQL for a grammar-based (tree) decoder.

The grammar is written in the style of ASDL, as in TranX / RAT-SQL (Yin & Neubig, 2018;
Wang et al., 2020): *types* have one or more *constructors*; a constructor has typed *fields*
with a cardinality (single, ``?`` optional, ``*`` sequence). Field types are either other types
or *primitives*: ``column`` and ``table`` (pointers into the schema), ``value`` (a literal, which
Spider's evaluation ignores) and ``int`` (the LIMIT count).

A tree is linearised depth-first, fields in declaration order, into *actions*:

* ``rule``: choose a constructor of a type (``cond -> And``), the presence of an optional field
  (``limit? -> Some``), or the length of a sequence field (``agg* -> 2``);
* ``column`` / ``table``: point to a schema item (column id / table id of tables.json);
* ``value``: emit a literal (a decoder emits ``None`` = placeholder; ``int`` fields take an int).

:class:`TreeBuilder` replays actions one at a time and says, before each step, which kind of
action is allowed and which rules are valid (``Frontier``), so a decoder can mask its outputs
and feed the parent's action (parent feeding). Conversions: Spider ``sql`` dict ⇄ :class:`Node`
(:func:`from_spider`, :func:`to_spider`) and :class:`Node` ⇄ actions (:func:`to_actions`,
:func:`from_actions`). Round trips are exact (values included). ``From.conds`` (the ``ON``
conditions) is kept for exact round trips; Spider's exact match ignores it, so a decoder may
always emit ``cond? -> None`` there and render with ``infer_joins=True`` (joins from the
schema's foreign keys).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.sql.parser import AGG_OPS, UNIT_OPS, WHERE_OPS

PRIMITIVES = ("column", "table", "value", "int")
MAX_SEQUENCE = 16  # longest sequence field the length rules cover


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    cardinality: str = ""  # "", "?" or "*"


@dataclass(frozen=True)
class Constructor:
    name: str
    fields: tuple[Field, ...] = ()


def _c(name: str, *fields: Field) -> Constructor:
    return Constructor(name, tuple(fields))


def _f(name: str, type_: str, cardinality: str = "") -> Field:
    return Field(name, type_, cardinality)


AGG_NAMES = ("NoAgg", "Max", "Min", "Count", "Sum", "Avg")               # index = Spider agg id
UNIT_NAMES = ("Column", "Minus", "Plus", "Times", "Divide")             # index = Spider unit op
CMP_NAMES = ("NotOp", "Between", "Eq", "Gt", "Lt", "Ge", "Le", "Ne", "In", "Like", "Is", "Exists")
SET_OP_NAMES = {"intersect": "Intersect", "union": "Union", "except": "Except"}

TYPES: dict[str, tuple[Constructor, ...]] = {
    "sql": (_c("Query", _f("select", "select"), _f("from", "from"), _f("where", "cond", "?"),
               _f("group_by", "col_unit", "*"), _f("having", "cond", "?"),
               _f("order_by", "order_by", "?"), _f("limit", "limit", "?"),
               _f("set_op", "set_op", "?")),),
    "set_op": tuple(_c(name, _f("right", "sql")) for name in SET_OP_NAMES.values()),
    "select": (_c("Select", _f("distinct", "distinct"), _f("items", "agg", "*")),),
    "distinct": (_c("All"), _c("Distinct")),
    "agg": (_c("Agg", _f("agg_op", "agg_op"), _f("val_unit", "val_unit")),),
    "agg_op": tuple(_c(name) for name in AGG_NAMES),
    "val_unit": (_c("Column", _f("col_unit", "col_unit")),) + tuple(
        _c(name, _f("left", "col_unit"), _f("right", "col_unit")) for name in UNIT_NAMES[1:]),
    "col_unit": (_c("ColUnit", _f("agg_op", "agg_op"), _f("column", "column"),
                    _f("distinct", "distinct")),),
    "from": (_c("From", _f("table_units", "table_unit", "*"), _f("conds", "cond", "?")),),
    "table_unit": (_c("Table", _f("table", "table")), _c("TableQuery", _f("query", "sql"))),
    "cond": (_c("And", _f("left", "cond"), _f("right", "cond")),
             _c("Or", _f("left", "cond"), _f("right", "cond")),
             _c("Compare", _f("negated", "negation"), _f("op", "cmp_op"), _f("val_unit", "val_unit"),
                _f("val1", "operand")),
             _c("Between", _f("negated", "negation"), _f("val_unit", "val_unit"),
                _f("low", "operand"), _f("high", "operand"))),
    "negation": (_c("Positive"), _c("Negated")),
    "cmp_op": tuple(_c(name) for name in CMP_NAMES[2:]),  # BETWEEN has its own constructor
    "operand": (_c("Literal", _f("value", "value")), _c("Subquery", _f("query", "sql")),
                _c("ColumnRef", _f("col_unit", "col_unit"))),
    "order_by": (_c("OrderBy", _f("direction", "direction"), _f("items", "val_unit", "*")),),
    "direction": (_c("Asc"), _c("Desc")),
    "limit": (_c("Limit", _f("n", "int")),),
}
CONSTRUCTORS: dict[str, tuple[str, Constructor]] = {
    ctor.name: (type_, ctor) for type_, ctors in TYPES.items() for ctor in ctors}


@dataclass(frozen=True)
class Rule:
    lhs: str   # a type, "type?" (optional field) or "type*" (sequence field)
    rhs: str   # a constructor name, "Some"/"None", or a sequence length

    def __str__(self) -> str:
        return f"{self.lhs} -> {self.rhs}"


def _build_rules() -> list[Rule]:
    rules = [Rule(type_, ctor.name) for type_, ctors in TYPES.items() for ctor in ctors]
    optional = sorted({f.type for _, c in CONSTRUCTORS.values() for f in c.fields if f.cardinality == "?"})
    sequence = sorted({f.type for _, c in CONSTRUCTORS.values() for f in c.fields if f.cardinality == "*"})
    rules += [Rule(f"{t}?", rhs) for t in optional for rhs in ("None", "Some")]
    rules += [Rule(f"{t}*", str(n)) for t in sequence for n in range(MAX_SEQUENCE + 1)]
    return rules


RULES: list[Rule] = _build_rules()
RULE_IDS: dict[Rule, int] = {rule: index for index, rule in enumerate(RULES)}
RULES_BY_LHS: dict[str, list[int]] = {}
for _index, _rule in enumerate(RULES):
    RULES_BY_LHS.setdefault(_rule.lhs, []).append(_index)


@dataclass
class Node:
    """One AST node: a constructor name and its field values (Node, list[Node], None, primitive)."""

    ctor: str
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return CONSTRUCTORS[self.ctor][0]

    def __getitem__(self, name: str) -> Any:
        return self.fields[name]


@dataclass(frozen=True)
class Action:
    kind: str    # "rule", "column", "table" or "value"
    value: Any   # rule id, column id, table id, or literal (None = placeholder)

    def __str__(self) -> str:
        if self.kind == "rule":
            return str(RULES[self.value])
        return f"{self.kind}({self.value!r})"


class GrammarError(DeepfixError):
    """An AST or action sequence that the Spider SQL grammar does not allow."""


# -- Spider dict <-> AST -------------------------------------------------------------------

def _enum(names: tuple[str, ...], index: int, what: str) -> Node:
    if not isinstance(index, int) or not 0 <= index < len(names):
        raise GrammarError(f"bad {what} id {index!r}")
    return Node(names[index])


def _col_unit(unit) -> Node:
    agg, column, distinct = unit
    return Node("ColUnit", {"agg_op": _enum(AGG_NAMES, agg, "aggregate"), "column": column,
                            "distinct": Node("Distinct" if distinct else "All")})


def _val_unit(unit) -> Node:
    op, left, right = unit
    if op == 0:
        return Node("Column", {"col_unit": _col_unit(left)})
    return Node(_enum(UNIT_NAMES, op, "unit operator").ctor,
                {"left": _col_unit(left), "right": _col_unit(right)})


def _operand(value) -> Node:
    if isinstance(value, dict):
        return Node("Subquery", {"query": from_spider(value)})
    if isinstance(value, (list, tuple)):
        return Node("ColumnRef", {"col_unit": _col_unit(value)})
    return Node("Literal", {"value": value})


def _condition(units: list) -> Node | None:
    """Spider's flat ``[c1, 'and', c2, 'or', c3]`` -> a left-nested And/Or tree (same order)."""
    if not units:
        return None
    tree = _cond_unit(units[0])
    for position in range(1, len(units), 2):
        connective = units[position]
        if connective not in ("and", "or"):
            raise GrammarError(f"bad connective {connective!r}")
        tree = Node("And" if connective == "and" else "Or", {"left": tree, "right": _cond_unit(units[position + 1])})
    return tree


def _cond_unit(unit) -> Node:
    negated, op, val_unit, val1, val2 = unit
    if not isinstance(op, int) or not 1 <= op < len(CMP_NAMES):
        raise GrammarError(f"bad comparison operator id {op!r}")
    negation = Node("Negated" if negated else "Positive")
    if CMP_NAMES[op] == "Between":
        return Node("Between", {"negated": negation, "val_unit": _val_unit(val_unit),
                                "low": _operand(val1), "high": _operand(val2)})
    if val2 is not None:
        raise GrammarError(f"a second value for operator {WHERE_OPS[op]!r}")
    return Node("Compare", {"negated": negation, "op": Node(CMP_NAMES[op]),
                            "val_unit": _val_unit(val_unit), "val1": _operand(val1)})


def from_spider(sql: dict) -> Node:
    """Spider ``sql`` dict -> AST (a ``Query`` node)."""
    try:
        set_ops = [op for op in SET_OP_NAMES if sql.get(op) is not None]
        if len(set_ops) > 1:
            raise GrammarError(f"more than one set operation at one level: {set_ops}")
        distinct, items = sql["select"]
        table_units = []
        for kind, target in sql["from"]["table_units"]:
            if kind == "sql":
                table_units.append(Node("TableQuery", {"query": from_spider(target)}))
            else:
                table_units.append(Node("Table", {"table": target}))
        order_by = None
        if sql["orderBy"]:
            direction, units = sql["orderBy"]
            order_by = Node("OrderBy", {"direction": Node("Desc" if direction == "desc" else "Asc"),
                                        "items": [_val_unit(unit) for unit in units]})
        return Node("Query", {
            "select": Node("Select", {"distinct": Node("Distinct" if distinct else "All"),
                                      "items": [Node("Agg", {"agg_op": _enum(AGG_NAMES, agg, "aggregate"),
                                                             "val_unit": _val_unit(unit)})
                                                for agg, unit in items]}),
            "from": Node("From", {"table_units": table_units, "conds": _condition(sql["from"]["conds"])}),
            "where": _condition(sql["where"]),
            "group_by": [_col_unit(unit) for unit in sql["groupBy"]],
            "having": _condition(sql["having"]),
            "order_by": order_by,
            "limit": None if sql["limit"] is None else Node("Limit", {"n": sql["limit"]}),
            "set_op": (Node(SET_OP_NAMES[set_ops[0]], {"right": from_spider(sql[set_ops[0]])})
                       if set_ops else None),
        })
    except (KeyError, TypeError, ValueError) as error:
        raise GrammarError(f"not a Spider sql structure ({type(error).__name__}: {error})") from None


def _to_col_unit(node: Node) -> list:
    return [AGG_NAMES.index(node["agg_op"].ctor), node["column"], node["distinct"].ctor == "Distinct"]


def _to_val_unit(node: Node) -> list:
    if node.ctor == "Column":
        return [0, _to_col_unit(node["col_unit"]), None]
    return [UNIT_NAMES.index(node.ctor), _to_col_unit(node["left"]), _to_col_unit(node["right"])]


def _to_operand(node: Node):
    if node.ctor == "Subquery":
        return to_spider(node["query"])
    if node.ctor == "ColumnRef":
        return _to_col_unit(node["col_unit"])
    return node["value"]


def _to_condition(node: Node | None) -> list:
    if node is None:
        return []
    if node.ctor in ("And", "Or"):
        return _to_condition(node["left"]) + [node.ctor.lower()] + _to_condition(node["right"])
    negated = node["negated"].ctor == "Negated"
    if node.ctor == "Between":
        return [[negated, CMP_NAMES.index("Between"), _to_val_unit(node["val_unit"]),
                 _to_operand(node["low"]), _to_operand(node["high"])]]
    return [[negated, CMP_NAMES.index(node["op"].ctor), _to_val_unit(node["val_unit"]),
             _to_operand(node["val1"]), None]]


def to_spider(node: Node) -> dict:
    """AST (a ``Query`` node) -> Spider ``sql`` dict."""
    select = node["select"]
    from_ = node["from"]
    sql = {
        "from": {"table_units": [["sql", to_spider(u["query"])] if u.ctor == "TableQuery" else ["table_unit", u["table"]]
                                 for u in from_["table_units"]],
                 "conds": _to_condition(from_["conds"])},
        "select": [select["distinct"].ctor == "Distinct",
                   [[AGG_NAMES.index(item["agg_op"].ctor), _to_val_unit(item["val_unit"])] for item in select["items"]]],
        "where": _to_condition(node["where"]),
        "groupBy": [_to_col_unit(unit) for unit in node["group_by"]],
        "having": _to_condition(node["having"]),
        "orderBy": ([] if node["order_by"] is None else
                    [node["order_by"]["direction"].ctor.lower(), [_to_val_unit(u) for u in node["order_by"]["items"]]]),
        "limit": None if node["limit"] is None else node["limit"]["n"],
        "intersect": None, "union": None, "except": None,
    }
    if node["set_op"] is not None:
        op = {name: key for key, name in SET_OP_NAMES.items()}[node["set_op"].ctor]
        sql[op] = to_spider(node["set_op"]["right"])
    return sql


# -- AST <-> actions -----------------------------------------------------------------------

def _rule(lhs: str, rhs: str) -> Action:
    try:
        return Action("rule", RULE_IDS[Rule(lhs, rhs)])
    except KeyError:
        raise GrammarError(f"no grammar rule {lhs} -> {rhs}") from None


def to_actions(node: Node, type_: str = "sql") -> list[Action]:
    """Depth-first (pre-order) action sequence of an AST whose root has type ``type_``."""
    actions: list[Action] = []

    def visit(value, type_: str):
        if type_ in PRIMITIVES:
            actions.append(Action({"int": "value"}.get(type_, type_), value))
            return
        if not isinstance(value, Node) or CONSTRUCTORS.get(value.ctor, (None,))[0] != type_:
            raise GrammarError(f"expected a {type_} node, found {value!r:.60}")
        actions.append(_rule(type_, value.ctor))
        for fld in CONSTRUCTORS[value.ctor][1].fields:
            child = value.fields.get(fld.name)
            if fld.cardinality == "?":
                actions.append(_rule(f"{fld.type}?", "None" if child is None else "Some"))
                if child is not None:
                    visit(child, fld.type)
            elif fld.cardinality == "*":
                if len(child) > MAX_SEQUENCE:
                    raise GrammarError(f"{fld.name} has {len(child)} items, more than {MAX_SEQUENCE}")
                actions.append(_rule(f"{fld.type}*", str(len(child))))
                for item in child:
                    visit(item, fld.type)
            else:
                visit(child, fld.type)

    visit(node, type_)
    return actions


@dataclass
class Frontier:
    """What the next action must be: its kind, and for rules the left-hand side."""

    kind: str                 # "rule", "column", "table" or "value"
    lhs: str | None           # for kind "rule": "type", "type?" or "type*"
    parent_step: int | None   # index of the action that created the parent node (parent feeding)
    field_name: str | None    # the parent's field being filled

    def valid_rules(self) -> list[int]:
        return RULES_BY_LHS[self.lhs] if self.kind == "rule" else []


class TreeBuilder:
    """Build an AST from actions one at a time, depth-first; ``frontier`` says what comes next."""

    def __init__(self, root_type: str = "sql"):
        self.root: list = [None]
        # Each pending slot: (container, key, type, cardinality-state, parent_step, field name).
        self._stack: list[tuple] = [(self.root, 0, root_type, "", None, None)]
        self.steps = 0

    @property
    def done(self) -> bool:
        return not self._stack

    @property
    def frontier(self) -> Frontier | None:
        if not self._stack:
            return None
        _, _, type_, state, parent, name = self._stack[-1]
        if type_ in PRIMITIVES:
            return Frontier({"int": "value"}.get(type_, type_), None, parent, name)
        return Frontier("rule", type_ + state, parent, name)

    def apply(self, action: Action) -> None:
        frontier = self.frontier
        if frontier is None:
            raise GrammarError("action after the tree is complete")
        if action.kind != frontier.kind:
            raise GrammarError(f"expected a {frontier.kind} action for {frontier.lhs or frontier.kind}, got {action}")
        container, key, type_, state, parent, name = self._stack.pop()
        step, self.steps = self.steps, self.steps + 1
        if action.kind != "rule":
            container[key] = action.value
            return
        if not isinstance(action.value, int) or not 0 <= action.value < len(RULES):
            raise GrammarError(f"no rule with id {action.value!r}")
        rule = RULES[action.value]
        if rule.lhs != frontier.lhs:
            raise GrammarError(f"rule {rule} where {frontier.lhs} -> ... is expected")
        if state == "?":
            container[key] = None
            if rule.rhs == "Some":
                self._stack.append((container, key, type_, "", parent, name))
            return
        if state == "*":
            items = [None] * int(rule.rhs)
            container[key] = items
            for index in reversed(range(len(items))):
                self._stack.append((items, index, type_, "", parent, name))
            return
        ctor = CONSTRUCTORS[rule.rhs][1]
        node = Node(ctor.name, {fld.name: None for fld in ctor.fields})
        container[key] = node
        for fld in reversed(ctor.fields):
            self._stack.append((node.fields, fld.name, fld.type, fld.cardinality, step, fld.name))

    def copy(self) -> "TreeBuilder":
        """An independent builder in the same state (what ``copy.deepcopy`` gives, several times faster:
        beam search copies a builder per extra child). The partial tree is copied node by node and the
        pending slots re-pointed at the copies of their containers."""
        containers: dict[int, object] = {}

        def clone(value):
            if isinstance(value, Node):
                fields = {name: clone(v) for name, v in value.fields.items()}
                containers[id(value.fields)] = fields
                return Node(value.ctor, fields)
            if isinstance(value, list):
                items = [clone(v) for v in value]
                containers[id(value)] = items
                return items
            return value  # primitives and None (Actions' values are immutable)

        new = TreeBuilder.__new__(TreeBuilder)
        new.root = clone(self.root)
        new._stack = [(containers[id(container)], *rest) for container, *rest in self._stack]
        new.steps = self.steps
        return new

    def tree(self) -> Node:
        if not self.done:
            raise GrammarError("incomplete action sequence")
        return self.root[0]


def from_actions(actions: list[Action], root_type: str = "sql") -> Node:
    """Replay an action sequence into an AST (raises :class:`GrammarError` if invalid)."""
    builder = TreeBuilder(root_type)
    for action in actions:
        builder.apply(action)
    return builder.tree()
