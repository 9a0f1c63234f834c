"""Every relation type of RELATIONS on the hand-made 'shop' schema (see conftest)."""

import numpy as np

from deepfix.tasks.spider.inputs.linking import EXACT, NONE, PARTIAL, SchemaNameIndex, name_matches
from deepfix.tasks.spider.inputs.relations import NUM_RELATIONS, RELATION_IDS as R, RELATIONS, example_relations, \
    schema_relations


def test_relation_table_is_unique_and_documented():
    names = [name for name, _ in RELATIONS]
    assert len(set(names)) == NUM_RELATIONS == len(names)
    assert all(meaning for _, meaning in RELATIONS)


def test_column_column(shop_schema):
    rel = schema_relations(shop_schema)
    assert rel.shape == (12, 12)
    cc = rel[:9, :9]
    assert cc[2, 2] == R["cc_identity"]
    assert cc[1, 2] == cc[2, 3] == R["cc_same_table"]
    assert cc[5, 1] == R["cc_fk_forward"] and cc[1, 5] == R["cc_fk_backward"]
    assert cc[2, 6] == R["cc_other"]


def test_column_table(shop_schema):
    rel = schema_relations(shop_schema)
    ct, tc = rel[:9, 9:], rel[9:, :9]
    assert ct[1, 0] == R["ct_primary_key"] and tc[0, 1] == R["tc_primary_key"]
    assert ct[2, 0] == R["ct_belongs"] and tc[0, 2] == R["tc_belongs"]
    assert (ct[0] == R["ct_any_table"]).all() and (tc[:, 0] == R["tc_any_table"]).all()
    assert ct[2, 1] == R["ct_other"] and tc[1, 2] == R["tc_other"]


def test_table_table(shop_schema):
    tt = schema_relations(shop_schema)[9:, 9:]
    # concert (1) -> singer (0) only; singer (0) <-> stadium (2) both ways; concert/stadium none
    assert tt[1, 0] == R["tt_fk_forward"] and tt[0, 1] == R["tt_fk_backward"]
    assert tt[0, 2] == tt[2, 0] == R["tt_fk_both"]
    assert tt[1, 2] == tt[2, 1] == R["tt_other"]
    assert (np.diag(tt) == R["tt_identity"]).all()


def test_name_matches_exact_partial_none(shop_schema):
    index = SchemaNameIndex.build(shop_schema)
    words = ["Which", "singer", "id", "has", "the", "best", "concerts", "?"]
    qc, qt = name_matches(words, index)
    assert qc.shape == (8, 9) and qt.shape == (8, 3)
    assert qc[1, 1] == qc[2, 1] == EXACT  # "singer id" = column 1 (and 5)
    assert qc[1, 5] == EXACT
    assert qc[5, 8] == PARTIAL  # "best" inside "best singer"
    assert qc[1, 8] == PARTIAL  # "singer" inside "best singer"
    assert qt[1, 0] == EXACT  # the 1-gram "singer" equals table "singer"
    assert qt[6, 1] == EXACT  # "concerts" normalises to table "concert"
    assert qc[4, :].max() == NONE  # "the" is a stop word: never a partial match
    assert qc[0, :].max() == NONE


def test_question_blocks(shop_schema):
    block = schema_relations(shop_schema)
    q = 4
    qc = np.zeros((q, 9), np.uint8)
    qt = np.zeros((q, 3), np.uint8)
    vc = np.zeros((q, 9), np.uint8)
    qc[0, 2], qc[1, 2] = EXACT, PARTIAL
    vc[2, 2], vc[3, 2] = EXACT, PARTIAL
    vc[0, 2] = EXACT  # the name match wins over the value match
    qt[0, 1], qt[1, 1] = EXACT, PARTIAL
    rel = example_relations(q, block, qc, qt, vc)
    assert rel.shape == (16, 16)
    assert [rel[2, j] for j in range(4)] == [R["qq_dist_-2"], R["qq_dist_-1"], R["qq_dist_0"], R["qq_dist_+1"]]
    assert rel[0, 3] == R["qq_dist_+2"]
    c = q + 2
    assert rel[0, c] == R["qc_name_exact"] and rel[c, 0] == R["cq_name_exact"]
    assert rel[1, c] == R["qc_name_partial"] and rel[c, 1] == R["cq_name_partial"]
    assert rel[2, c] == R["qc_value_exact"] and rel[c, 2] == R["cq_value_exact"]
    assert rel[3, c] == R["qc_value_partial"] and rel[c, 3] == R["cq_value_partial"]
    assert rel[0, q + 1] == R["qc_none"] and rel[q + 1, 0] == R["cq_none"]
    t = q + 9 + 1
    assert rel[0, t] == R["qt_name_exact"] and rel[t, 0] == R["tq_name_exact"]
    assert rel[1, t] == R["qt_name_partial"] and rel[t, 1] == R["tq_name_partial"]
    assert rel[2, t] == R["qt_none"] and rel[t, 2] == R["tq_none"]
    assert (rel[q:, q:] == block).all()
    # every relation but padding occurs in this one example
    assert set(np.unique(rel)) == set(range(1, NUM_RELATIONS))
