"""The decoder's action vocabulary and gold targets: action kinds, frontier node types, and a Spider
query turned into the (kind, index, node type, parent step) sequence teacher forcing reads.

Actions are emitted depth-first over the SQL grammar (:mod:`deepfix.tasks.spider.sql.grammar`);
``FROM ... ON`` conditions are dropped (exact match ignores them; rendering infers them from the
foreign keys) and values are placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.sql.grammar import RULES, RULES_BY_LHS, Action, Node, TreeBuilder, from_spider, to_actions

KINDS = ("rule", "column", "table", "value")
RULE, COLUMN, TABLE, VALUE = range(4)
PAD = -1  # kind of a padding step
#: Frontier node types: every rule left-hand side ("cond", "cond?", "agg*", ...) and the primitives.
NODE_TYPES: tuple[str, ...] = tuple(sorted(RULES_BY_LHS)) + ("column", "table", "value")
NODE_TYPE_IDS = {name: index for index, name in enumerate(NODE_TYPES)}
LIMIT_PLACEHOLDER = 1


def _lhs_mask() -> torch.Tensor:
    """(node types, rules) bool: which rules are valid at a frontier of each type."""
    mask = torch.zeros(len(NODE_TYPES), len(RULES), dtype=torch.bool)
    for lhs, ids in RULES_BY_LHS.items():
        mask[NODE_TYPE_IDS[lhs], ids] = True
    return mask


def frontier_type(frontier) -> int:
    return NODE_TYPE_IDS[frontier.lhs if frontier.kind == "rule" else frontier.kind]


def placeholder_value(frontier) -> Action:
    """The value a decoder emits for a ``value`` frontier: 1 for LIMIT's int, else None."""
    return Action("value", LIMIT_PLACEHOLDER if frontier.field_name == "n" else None)


def strip_join_conditions(node: Node) -> Node:
    """Drop ``From.conds`` everywhere in the tree (in place; returns ``node``)."""
    if isinstance(node, Node):
        if node.ctor == "From":
            node.fields["conds"] = None
        for value in node.fields.values():
            for child in value if isinstance(value, list) else [value]:
                strip_join_conditions(child)
    return node


@dataclass
class GoldSteps:
    """A gold action sequence in the decoder's terms (one entry per step)."""

    kind: list[int]     # RULE | COLUMN | TABLE | VALUE
    index: list[int]    # rule id, pointer position among the example's columns/tables, or 0
    node_type: list[int]
    parent: list[int]   # step that created the parent node, -1 for the root

    def __len__(self) -> int:
        return len(self.kind)


def gold_steps(sql: dict, column_positions: dict[int, int], num_tables: int) -> GoldSteps:
    """Spider ``sql`` dict -> decoder targets. ``column_positions``: schema column id -> pointer slot.

    Raises DeepfixError if the query uses a column that is not in the model's input (truncated).
    """
    actions = to_actions(strip_join_conditions(from_spider(sql)))
    builder = TreeBuilder()
    steps = GoldSteps([], [], [], [])
    for action in actions:
        frontier = builder.frontier
        steps.node_type.append(frontier_type(frontier))
        steps.parent.append(-1 if frontier.parent_step is None else frontier.parent_step)
        kind = KINDS.index(action.kind)
        if kind == RULE:
            index = action.value
        elif kind == COLUMN:
            if action.value not in column_positions:
                raise DeepfixError(f"column {action.value} is not in the model input (truncated)")
            index = column_positions[action.value]
        elif kind == TABLE:
            if not 0 <= action.value < num_tables:
                raise DeepfixError(f"table {action.value} out of range")
            index = action.value
        else:
            index = 0
        steps.kind.append(kind)
        steps.index.append(index)
        builder.apply(action)
    return steps
