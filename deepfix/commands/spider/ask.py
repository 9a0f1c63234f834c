"""``deepfix spider ask``: translate a question into SQL for any sqlite database, run it read-only."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "ask", help="question -> SQL on a database (sqlite file or URL; schema read from it), with the first rows",
        description="Reads the schema from the database (a sqlite file, or PostgreSQL, MySQL/MariaDB or DuckDB by URL), encodes question + schema with the model's "
                    "pretrained encoder, decodes SQL with beam search, fills its literals by rules (quoted spans and "
                    "numbers of the question, values stored in the database) and runs it read-only with a time limit. "
                    "Without --checkpoint it uses the model shipped with deepfix (deepfix/data/models/"
                    "text2sql.safetensors, MiniLM encoder); --checkpoint mpnet the more accurate shipped model "
                    "(needs 'deepfix encoders install mpnet'); --example asks the bundled music-festival database (tables festival, "
                    "stage, artist, performance).")
    parser.add_argument("question", help="the question, in English")
    database = parser.add_mutually_exclusive_group(required=True)
    database.add_argument("--db", help="a sqlite database file, or an SQLAlchemy URL: postgresql+psycopg://user:pw@host/db, "
                                       "mysql+pymysql://user:pw@host/db, duckdb:///file.duckdb (drivers: pip install "
                                       "'deepfix[postgres]', '[mysql]', '[duckdb]')")
    database.add_argument("--example", action="store_true",
                          help="ask the bundled example database (deepfix/data/example/music_festival.sqlite)")
    parser.add_argument("--checkpoint",
                        help="a shipped model's name (minilm, the default; mpnet), or a 'spider train' run directory, "
                             "checkpoint or model file")
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--rows", type=int, default=10, help="rows to print (default 10)")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds allowed for the query (default 5)")
    parser.set_defaults(func=run)


def run(args) -> int:
    from deepfix.errors import DeepfixError
    from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE
    from deepfix.tasks.spider.shipped_model import resolve_model
    from deepfix.tasks.spider.answer import Answerer, question_words
    from deepfix.tasks.spider.database.database import Database

    question_words(args.question)  # bad question or database: say so before loading the model
    if args.beam_size < 1 or args.rows < 0 or args.timeout <= 0:
        raise DeepfixError("--beam-size must be >= 1, --rows >= 0 and --timeout > 0")
    database = Database.open(EXAMPLE_DATABASE if args.example else args.db)  # opened once, asked once
    checkpoint = resolve_model(args.checkpoint)
    answer = Answerer(checkpoint, args.beam_size, args.timeout, max_rows=args.rows).ask(database, args.question)
    print(answer.sql)
    if answer.pruned is not None:
        from deepfix.tasks.spider.prune import summary_line

        print(f"-- {summary_line(answer.pruned)}")
    if answer.error is not None:
        print(f"-- the query did not run: {answer.error}")
        return 0
    print(f"-- {answer.total_rows} row(s)")
    for row in answer.rows:
        print(" | ".join("NULL" if v is None else str(v) for v in row))
    return 0
