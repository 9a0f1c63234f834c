"""The flagship demo: questions about the bundled example database, each with gold SQL.

The questions and their gold queries were written with the database, before any model answered
them, and stay as they are whatever a model answers. A predicted query is right when its rows
match the gold query's (execution match, as in Spider's execution accuracy: a multiset of rows,
in order only when the gold query orders them).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.answer import Answer
from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE


@dataclass(frozen=True)
class DemoQuestion:
    question: str
    gold_sql: str


DEMO_QUESTIONS = (
    DemoQuestion("How many artists are there?", "SELECT count(*) FROM artist"),
    DemoQuestion("What are the names of the festivals held in 2024?", "SELECT Name FROM festival WHERE Year = 2024"),
    DemoQuestion("List the names of artists from Canada.", "SELECT Name FROM artist WHERE Country = 'Canada'"),
    DemoQuestion("What is the average capacity of the stages?", "SELECT avg(Capacity) FROM stage"),
    DemoQuestion("Show the name of each festival and the number of stages it has.",
                 "SELECT T1.Name, count(*) FROM festival AS T1 JOIN stage AS T2 ON T1.Festival_ID = T2.Festival_ID "
                 "GROUP BY T1.Festival_ID"),
)


@dataclass
class DemoAnswer:
    question: DemoQuestion
    answer: Answer  # the model's query (values filled) and its first rows, or why it did not run
    right: bool     # same rows as the gold query

    @property
    def sql(self) -> str:
        return self.answer.sql


def answer_demo_questions(model: str | os.PathLike, db: str | os.PathLike = EXAMPLE_DATABASE,
                          questions: tuple[DemoQuestion, ...] = DEMO_QUESTIONS, beam_size: int = 5,
                          timeout_s: float = 5.0) -> list[DemoAnswer]:
    """Ask ``model`` (a model file or run directory) each question on ``db`` and score it against the gold SQL."""
    from deepfix.tasks.spider.answer import Answerer
    from deepfix.tasks.spider.sql.execute import execution_match, open_read_only
    from deepfix.tasks.spider.sql.parser import parse_sql
    from deepfix.tasks.spider.inputs.sqlite_schema import schema_from_sqlite

    schema = schema_from_sqlite(db)
    answerer = Answerer(model, beam_size=beam_size, timeout_s=timeout_s)
    answers = []
    connection = open_read_only(db)
    try:
        for question in questions:
            answer = answerer.ask(db, question.question)
            ordered = bool(parse_sql(question.gold_sql, schema)["orderBy"])
            right, error = execution_match(connection, answer.sql, question.gold_sql, ordered, timeout_s)
            if right is None:
                raise DeepfixError(f"{db}: the gold query of {question.question!r} failed ({error})")
            answers.append(DemoAnswer(question, answer, right))
    finally:
        connection.close()
    return answers


def format_rows(answer: Answer, rows: int) -> str:
    """The first ``rows`` rows on one line (``a | b; c | d``), or why the query did not run."""
    if answer.error is not None:
        return f"did not run ({answer.error})"
    shown = "; ".join(" | ".join("NULL" if v is None else str(v) for v in row) for row in answer.rows[:rows])
    more = f"; ... ({answer.total_rows} rows)" if answer.total_rows > rows else ""
    return (shown + more) if answer.rows else "no rows"


def run_demo_questions(model: str | os.PathLike, db: str | os.PathLike = EXAMPLE_DATABASE, rows: int = 3,
                       beam_size: int = 5) -> int:
    """Print each question, the model's SQL and its first rows, then how many were right; return that number."""
    answers = answer_demo_questions(model, db, beam_size=beam_size)
    print(f"\nQuestions about the example database {Path(db).name} (model {model}, beam {beam_size}):")
    for answer in answers:
        print(f"  Q    : {answer.question.question}")
        print(f"  SQL  : {answer.sql}")
        print(f"  rows : {format_rows(answer.answer, rows)}")
        print(f"  gold : {answer.question.gold_sql} ({'right: same rows' if answer.right else 'wrong: other rows'})")
    right = sum(answer.right for answer in answers)
    print(f"  right by execution match: {right} of {len(answers)} (gold SQL written before any model answered)")
    return right
