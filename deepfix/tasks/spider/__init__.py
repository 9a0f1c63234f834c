"""Spider Text-to-SQL (Yu et al., 2018): data, schema linking, relations, SQL grammar, evaluation."""
