"""The library call for people who embed deepfix: load a Text-to-SQL model once, ask databases.

    from deepfix import Text2SQL

    model = Text2SQL.load()                     # the shipped model (or Text2SQL.load("model.safetensors"))
    answer = model.ask("shop.sqlite", "How many orders were placed in 2024?")
    answer = model.ask("postgresql+psycopg://reader:***@localhost/shop", "How many orders ...?")  # pip install 'deepfix[postgres]'

    answer.sql, answer.rows, answer.candidates, answer.links

An :class:`~deepfix.tasks.spider.answer.Answer` is the object ``deepfix serve`` renders: the SQL,
every beam alternative with its score, the first rows (read-only, one deadline per question), and
the schema linking. Bad input is a one-line :class:`~deepfix.errors.DeepfixError`.
"""

from __future__ import annotations

import os

from deepfix.tasks.spider.answer import Answer, Answerer
from deepfix.tasks.spider.shipped_model import resolve_model


class Text2SQL:
    """A trained Text-to-SQL model in memory; :meth:`ask` is safe to call from several threads."""

    def __init__(self, answerer: Answerer):
        self.answerer = answerer

    @classmethod
    def load(cls, model: str | os.PathLike | None = None, beam_size: int = 5, timeout_s: float = 5.0,
             max_rows: int = 100) -> "Text2SQL":
        """``model``: a shipped model's name (``minilm``, the default; ``mpnet``, after ``deepfix encoders
        install mpnet``), a model file or a ``spider train`` run directory.

        ``timeout_s``: each question's deadline, covering every database read it makes;
        ``max_rows``: rows kept of each result (all are counted).
        """
        return cls(Answerer(resolve_model(model), beam_size, timeout_s, max_rows))

    def ask(self, database: str | os.PathLike, question: str) -> Answer:
        """SQL, candidates, rows and links for ``question`` on ``database``: a sqlite file, or an SQLAlchemy
        URL (``postgresql+psycopg://…``, ``mysql+pymysql://…``, ``duckdb:///file.duckdb``), opened once
        and reused by later questions; every engine runs it read-only with the question's deadline."""
        return self.answerer.ask(database, question)
