"""Relation types between the encoder's items, as in RAT-SQL (Wang et al. 2020, Table 1).

The stack's input is ``[question words (q) | columns (C) | tables (T)]``; every ordered pair
(i, j) gets one relation id from :data:`RELATIONS` (the documented module-level table), looked up
by the relation-aware attention (paper Sec. 2: r^k_ij, r^v_ij).

Schema-only blocks (column-column, column-table, table-column, table-table) are built once per
database with numpy; per example only the question blocks are filled in, all vectorised (no
Python loop over pairs). Where several relations hold, the stronger wins: exact name > partial
name > value exact > value partial > semantic > none; for columns, primary key > belongs.

The vocabulary is **versioned** (:data:`VOCABULARIES`): version 1 is :data:`RELATIONS`, what every
model made before semantic linking reads; version 2 appends :data:`SEMANTIC_RELATIONS` (question
word - column/table name pairs linked by the encoder's own embedding similarity, :mod:`.semantic`).
A version only appends, so a name keeps its id in every version that has it. A model records the
version it was trained with (``data.semantic_links``, the model file's ``relations`` metadata) and
its stack has :func:`num_relations` of that version rows of relation embeddings.
"""

from __future__ import annotations

import numpy as np

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.inputs.schema import Schema

#: (name, meaning). The id of a relation is its position in this table.
RELATIONS: tuple[tuple[str, str], ...] = (
    ("pad", "either position is padding (masked out anyway)"),
    # question - question: signed distance j - i clipped to [-2, 2]
    ("qq_dist_-2", "question word j is 2 or more words before i"),
    ("qq_dist_-1", "question word j is the word just before i"),
    ("qq_dist_0", "the same question word"),
    ("qq_dist_+1", "question word j is the word just after i"),
    ("qq_dist_+2", "question word j is 2 or more words after i"),
    # question - column (and the mirrored column - question)
    ("qc_none", "no name or value match"),
    ("qc_name_partial", "the word is in an n-gram occurring inside the column name"),
    ("qc_name_exact", "the word is in an n-gram equal to the column name"),
    ("qc_value_partial", "the word occurs in a cell of the column"),
    ("qc_value_exact", "the word is in an n-gram equal to a whole cell of the column"),
    ("cq_none", "mirror of qc_none"),
    ("cq_name_partial", "mirror of qc_name_partial"),
    ("cq_name_exact", "mirror of qc_name_exact"),
    ("cq_value_partial", "mirror of qc_value_partial"),
    ("cq_value_exact", "mirror of qc_value_exact"),
    # question - table (and mirrored)
    ("qt_none", "no name match"),
    ("qt_name_partial", "the word is in an n-gram occurring inside the table name"),
    ("qt_name_exact", "the word is in an n-gram equal to the table name"),
    ("tq_none", "mirror of qt_none"),
    ("tq_name_partial", "mirror of qt_name_partial"),
    ("tq_name_exact", "mirror of qt_name_exact"),
    # column - column
    ("cc_identity", "the same column"),
    ("cc_same_table", "two columns of the same table"),
    ("cc_fk_forward", "column i is a foreign key referring to column j"),
    ("cc_fk_backward", "column j is a foreign key referring to column i"),
    ("cc_other", "columns of different tables, no foreign key"),
    # column - table (and mirrored)
    ("ct_primary_key", "column i is (part of) the primary key of table j"),
    ("ct_belongs", "column i belongs to table j (not its primary key)"),
    ("ct_any_table", "column i is '*' (belongs to every table)"),
    ("ct_other", "column i is not in table j"),
    ("tc_primary_key", "mirror of ct_primary_key"),
    ("tc_belongs", "mirror of ct_belongs"),
    ("tc_any_table", "mirror of ct_any_table"),
    ("tc_other", "mirror of ct_other"),
    # table - table
    ("tt_identity", "the same table"),
    ("tt_fk_forward", "table i has a foreign key into table j (not the reverse)"),
    ("tt_fk_backward", "table j has a foreign key into table i (not the reverse)"),
    ("tt_fk_both", "foreign keys in both directions"),
    ("tt_other", "no foreign key between the tables"),
)
#: Appended by vocabulary version 2: a pair with no name or value match whose embeddings are close.
SEMANTIC_RELATIONS: tuple[tuple[str, str], ...] = (
    ("qc_semantic", "no name/value match; the word's encoder embedding is close to the column name's "
                    "(cosine >= data.semantic_threshold)"),
    ("cq_semantic", "mirror of qc_semantic"),
    ("qt_semantic", "no name match; the word's encoder embedding is close to the table name's"),
    ("tq_semantic", "mirror of qt_semantic"),
)
#: version -> relation table. Version 1 (no semantic links) is what models without a record read.
VOCABULARIES: dict[int, tuple[tuple[str, str], ...]] = {1: RELATIONS, 2: RELATIONS + SEMANTIC_RELATIONS}
LATEST_VERSION = max(VOCABULARIES)
#: name -> id over the latest vocabulary (versions only append: an id is the same in every version that has it).
RELATION_IDS: dict[str, int] = {name: i for i, (name, _) in enumerate(VOCABULARIES[LATEST_VERSION])}
#: Relation types of version 1 (what the item task and models without a record read).
NUM_RELATIONS = len(RELATIONS)


def num_relations(version: int) -> int:
    """Relation types of vocabulary ``version``; an unknown version is a one-line error."""
    if version not in VOCABULARIES:
        raise DeepfixError(f"relation vocabulary version {version!r} is unknown to this deepfix (it knows "
                           f"{', '.join(map(str, sorted(VOCABULARIES)))}; a newer deepfix made it?)")
    return len(VOCABULARIES[version])

_R = RELATION_IDS
# Lookup from combined match code to relation id: code = max(name code + 2, value code), so
# 0 none, 1 value partial, 2 value exact, 3 name partial, 4 name exact.
_QC = np.array([_R["qc_none"], _R["qc_value_partial"], _R["qc_value_exact"], _R["qc_name_partial"],
                _R["qc_name_exact"]], dtype=np.int64)
_CQ = np.array([_R["cq_none"], _R["cq_value_partial"], _R["cq_value_exact"], _R["cq_name_partial"],
                _R["cq_name_exact"]], dtype=np.int64)
_QT = np.array([_R["qt_none"], _R["qt_name_partial"], _R["qt_name_exact"]], dtype=np.int64)
_TQ = np.array([_R["tq_none"], _R["tq_name_partial"], _R["tq_name_exact"]], dtype=np.int64)


def schema_relations(schema: Schema) -> np.ndarray:
    """Relations among the schema items, (C+T, C+T) int64, columns first then tables."""
    C, T = schema.num_columns, schema.num_tables
    table_of = np.array([c.table for c in schema.columns])  # (C,), -1 for '*'
    is_pk = np.zeros(C, dtype=bool)
    is_pk[sorted(schema.primary_keys)] = True

    cc = np.full((C, C), _R["cc_other"], dtype=np.int64)
    cc[table_of[:, None] == table_of[None, :]] = _R["cc_same_table"]
    if schema.foreign_keys:
        src, dst = np.array(schema.foreign_keys).T
        cc[src, dst] = _R["cc_fk_forward"]
        cc[dst, src] = _R["cc_fk_backward"]
    np.fill_diagonal(cc, _R["cc_identity"])

    belongs = table_of[:, None] == np.arange(T)[None, :]  # (C, T)
    ct = np.full((C, T), _R["ct_other"], dtype=np.int64)
    ct[belongs] = _R["ct_belongs"]
    ct[belongs & is_pk[:, None]] = _R["ct_primary_key"]
    ct[table_of == -1] = _R["ct_any_table"]
    tc = ct.T - _R["ct_primary_key"] + _R["tc_primary_key"]  # the mirrored ids are laid out alike

    fk = np.zeros((T, T), dtype=bool)  # fk[a, b]: table a has a foreign key into table b
    if schema.foreign_keys:
        fk[table_of[src], table_of[dst]] = True
    tt = np.full((T, T), _R["tt_other"], dtype=np.int64)
    tt[fk & ~fk.T] = _R["tt_fk_forward"]
    tt[~fk & fk.T] = _R["tt_fk_backward"]
    tt[fk & fk.T] = _R["tt_fk_both"]
    np.fill_diagonal(tt, _R["tt_identity"])
    return np.block([[cc, ct], [tc, tt]])


def example_relations(num_words: int, schema_block: np.ndarray, name_qc: np.ndarray, name_qt: np.ndarray,
                      value_qc: np.ndarray | None = None, semantic_qc: np.ndarray | None = None,
                      semantic_qt: np.ndarray | None = None) -> np.ndarray:
    """Full relation matrix (q+C+T, q+C+T) int64 for one example.

    ``name_qc`` (q, C), ``name_qt`` (q, T) and ``value_qc`` (q, C) hold match codes from
    :mod:`.linking` / :mod:`.values` (0 none, 1 partial, 2 exact). ``semantic_qc`` (q, C) and
    ``semantic_qt`` (q, T), bool, from :mod:`.semantic` (vocabulary version 2): a pair that is
    semantically close gets ``*_semantic`` only where no name or value match links it. Without
    them (None) the matrix is version 1's, exactly as before semantic linking.
    """
    q = num_words
    C = name_qc.shape[1]
    n = q + schema_block.shape[0]
    out = np.empty((n, n), dtype=np.int64)
    idx = np.arange(q)
    out[:q, :q] = np.clip(idx[None, :] - idx[:, None], -2, 2) + _R["qq_dist_0"]
    code = np.where(name_qc > 0, name_qc.astype(np.int64) + 2, 0)
    if value_qc is not None:
        code = np.maximum(code, value_qc.astype(np.int64))
    out[:q, q:q + C] = _QC[code]
    out[q:q + C, :q] = _CQ[code].T
    out[:q, q + C:] = _QT[name_qt]
    out[q + C:, :q] = _TQ[name_qt].T
    if semantic_qc is not None:
        close = np.asarray(semantic_qc, dtype=bool) & (code == 0)
        out[:q, q:q + C][close] = _R["qc_semantic"]
        out[q:q + C, :q][close.T] = _R["cq_semantic"]
    if semantic_qt is not None:
        close = np.asarray(semantic_qt, dtype=bool) & (name_qt == 0)
        out[:q, q + C:][close] = _R["qt_semantic"]
        out[q + C:, :q][close.T] = _R["tq_semantic"]
    out[q:, q:] = schema_block
    return out

