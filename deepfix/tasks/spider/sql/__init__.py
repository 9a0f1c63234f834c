"""Spider SQL: parser (SQL text -> Spider `sql` dict), grammar/AST, SQL rendering, evaluation, execution."""
