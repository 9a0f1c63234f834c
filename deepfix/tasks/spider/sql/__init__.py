"""Spider SQL: parser (SQL text -> Spider `sql` dict), grammar/AST, SQL rendering, evaluation, execution.

    parse_sql(text, db) -> sql dict        (parser.py; db = the tables.json entry)
    from_spider / to_spider / to_actions / from_actions / TreeBuilder   (grammar.py)
    render_sql(sql or AST, db) -> text     (render.py)
    exact_match, hardness, evaluate_pair   (evaluate.py: Spider's exact set match)
    open_read_only, run_query, execution_match   (execute.py: safe sqlite execution)
"""

from deepfix.tasks.spider.sql.evaluate import evaluate_pair, exact_match, hardness
from deepfix.tasks.spider.sql.execute import execution_match, open_read_only, run_query
from deepfix.tasks.spider.sql.grammar import RULES, Action, Node, TreeBuilder, from_actions, from_spider, to_actions, to_spider
from deepfix.tasks.spider.sql.parser import SQLParseError, parse_sql
from deepfix.tasks.spider.sql.render import render_sql

__all__ = ["parse_sql", "SQLParseError", "RULES", "Action", "Node", "TreeBuilder", "from_spider",
           "to_spider", "to_actions", "from_actions", "render_sql", "exact_match", "hardness",
           "evaluate_pair", "open_read_only", "run_query", "execution_match"]
