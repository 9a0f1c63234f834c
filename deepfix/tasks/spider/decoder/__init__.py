"""The decoder side of Spider: the grammar tree decoder with column/table pointers, beam search over
its trees, and the rule-based filling of literal values."""
