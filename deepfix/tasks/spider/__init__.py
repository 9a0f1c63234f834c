"""Spider Text-to-SQL (Yu et al., 2018), by side: `inputs/` (what the model reads: data, schema, linking, values, relations,
layout, cache), `decoder/` (grammar decoder, beam search, value filling), `sql/` (grammar, parser,
rendering, evaluation), `items/` (the schema-item head), `text2sql/` (the model and its task) and the
user-facing answer pipeline (`answer`, `shipped_model`, `model_card`, the example database)."""
