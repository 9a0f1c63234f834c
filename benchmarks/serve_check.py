"""`deepfix serve` with the shipped model: answer latency on one thread, and the README's screenshots.

    python benchmarks/serve_check.py [--runs RUNS_DIR] [--out results/benchmarks/serve_latency.json]
                                     [--screenshots docs]

Starts the app in this process (one torch thread), asks each demo question of the bundled
database once as the first request after loading (first-request figure), then ``--rounds`` more
times, all through HTTP on loopback; reports the median and max wall time per request. With
``--large ROWS`` it does the same on a generated copy of the bundled database with ROWS more
artists (random names, 150 countries), where reading the stored values for value linking is what
a question costs: the figure ``Database`` caching (one value index per database) is measured by.
With ``--screenshots`` it then drives headless Chromium over the page (Ask after a question, Runs
with the first runs ticked) and saves PNGs.

Before/after a change: run this script from a checkout of each commit on the same machine
(``git worktree add /tmp/before COMMIT && cp benchmarks/serve_check.py /tmp/before/benchmarks/``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deepfix.machine import Machine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", help="run directories for the Runs view")
    parser.add_argument("--results", default="results")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", default="results/benchmarks/serve_latency.json")
    parser.add_argument("--screenshots", help="folder for ask.png and runs.png")
    parser.add_argument("--tick", type=int, default=2, help="runs ticked in the Runs screenshot")
    parser.add_argument("--large", type=int, default=0, metavar="ROWS",
                        help="also ask a generated copy of the bundled database with ROWS more artists")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    from deepfix.commands.serve import model_info
    from deepfix.serve.app import create_app
    from deepfix.serve.background import BackgroundServer
    from deepfix.serve.databases import DatabaseCatalog
    from deepfix.serve.limits import Limits
    from deepfix.serve.runs import RunCatalog
    from deepfix.tasks.spider.answer import Answerer
    from deepfix.tasks.spider.demo_questions import DEMO_QUESTIONS
    from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE
    from deepfix.tasks.spider.shipped_model import require_shipped_model

    model = require_shipped_model()
    load_start = time.perf_counter()
    answerer = Answerer(model)
    load_seconds = time.perf_counter() - load_start
    limits = Limits(requests_per_minute=10_000)
    db_dir = Path(tempfile.mkdtemp())
    if args.large:
        large_database(EXAMPLE_DATABASE, db_dir / "large.sqlite", args.large)
    databases = DatabaseCatalog(EXAMPLE_DATABASE, db_dir, Path(tempfile.mkdtemp()), limits)
    app = create_app(answerer, databases, RunCatalog(args.runs, args.results), limits, model_info(model))
    machine = Machine()
    with BackgroundServer(app) as server:
        def ask(database: str, question: str) -> float:
            start = time.perf_counter()
            status, body = server.call("/api/ask", {"db": database, "question": question})
            assert status == 200, body
            return time.perf_counter() - start

        def measure(database: str) -> dict:
            first = ask(database, DEMO_QUESTIONS[0].question)
            second = ask(database, DEMO_QUESTIONS[1].question)
            times = [ask(database, q.question) for _ in range(args.rounds) for q in DEMO_QUESTIONS]
            return {"first_request_seconds": round(first, 3), "second_request_seconds": round(second, 3),
                    "median_seconds": round(statistics.median(times), 3), "max_seconds": round(max(times), 3),
                    "requests": len(times)}

        record = {
            "what": "POST /api/ask on loopback, bundled music_festival database, shipped model, beam 5",
            "model_load_seconds": round(load_seconds, 3), **measure("example:music_festival"),
            "machine": machine.record(),
            "command": "python " + " ".join(sys.argv),
        }
        if args.large:
            record["large"] = {"what": f"the bundled database with {args.large} more artists", "rows": args.large,
                               **measure("dir:large.sqlite")}
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(record, indent=2) + "\n")
        print(json.dumps(record, indent=2))
        if args.screenshots:
            screenshots(server.url, Path(args.screenshots), args.tick)


def large_database(source: Path, path: Path, rows: int, seed: int = 0) -> None:
    """A copy of ``source`` with ``rows`` more artists: random names, one of 150 made-up countries."""
    import random
    import shutil
    import sqlite3

    shutil.copy(source, path)
    generator = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ra", "ten", "vor", "sel", "dun", "pia", "zo", "bre", "quin"]
    word = lambda n: "".join(generator.choice(syllables) for _ in range(n)).capitalize()  # noqa: E731
    countries = [word(3) for _ in range(150)]
    connection = sqlite3.connect(path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(artist)")]
    start = connection.execute("SELECT max(Artist_ID) FROM artist").fetchone()[0] + 1
    values = []
    for i in range(rows):
        row = {"Artist_ID": start + i, "Name": f"{word(2)} {word(3)}", "Country": generator.choice(countries),
               "Genre": word(2), "Formed_Year": generator.randint(1960, 2024)}
        values.append(tuple(row[c] for c in columns))
    connection.executemany(f"INSERT INTO artist VALUES ({', '.join('?' * len(columns))})", values)
    connection.commit()
    connection.close()


def screenshots(url: str, folder: Path, tick: int) -> None:
    from selenium.webdriver.common.by import By

    from tests.helpers.browser import ask_in_browser, browser, wait_for

    folder.mkdir(parents=True, exist_ok=True)
    driver = browser(1400, 1100)
    try:
        ask_in_browser(driver, url + "/", "Show the name of each festival and the number of stages it has.")
        driver.save_screenshot(str(folder / "serve_ask.png"))
        driver.find_element(By.ID, "tab-runs").click()
        boxes = wait_for(driver, "#runs input[type=checkbox]")
        for box in boxes[:tick]:
            box.click()
        wait_for(driver, "#charts canvas", 5, timeout=30)
        time.sleep(1)
        driver.save_screenshot(str(folder / "serve_runs.png"))
    finally:
        driver.quit()
    print(f"screenshots in {folder}")


if __name__ == "__main__":
    main()
