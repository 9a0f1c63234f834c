"""Soak `deepfix serve`: ≥ 10,000 mixed requests over ≥ 5 minutes from 8 concurrent clients.

    python benchmarks/serve_soak.py [--checkpoint MODEL] [--requests 10000] [--minutes 5]
                                    [--clients 8] [--out results/benchmarks/serve_soak.json]

Starts a real ``deepfix serve`` process (the shipped model unless ``--checkpoint``; beam 5, one
torch thread; the per-client rate limit raised to 1,000,000 a minute so that 8 clients on one
address are not refused) over the bundled database and a large generated one (the bundled
schema with ~10^6 rows, no indexes but the primary keys: joins and groupings there run into the
request deadline). Each client loops over a weighted mix:

* good asks: a question of the bundled database (≥ 50 distinct questions from templates over its
  values; the server has no answer cache);
* slow asks: a question of the large database (many end at the deadline);
* schema, database list, run list, status, and bad requests (bodies that are not JSON, too deep,
  wrong content type, unknown database, a wrong method).

Recorded client-side: p50/p99 latency of good asks (status 200), the slowest request of every
kind against the deadline, the share of asks that hit the deadline, the status counts, every 5xx,
traceback or absolute server path in a body (there must be none), and the resident memory of
every server process after every 1,000 requests (from /proc).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deepfix.machine import Machine  # noqa: E402

DEADLINE = 5.0
RATE = 1_000_000


def good_questions(db: Path) -> list[str]:
    """≥ 50 distinct questions of the bundled database, from templates over its own values."""
    connection = sqlite3.connect(db)
    countries = [r[0] for r in connection.execute("SELECT DISTINCT Country FROM artist")]
    genres = [r[0] for r in connection.execute("SELECT DISTINCT Genre FROM artist")]
    years = [r[0] for r in connection.execute("SELECT DISTINCT Year FROM festival")]
    cities = [r[0] for r in connection.execute("SELECT DISTINCT City FROM festival")]
    connection.close()
    fixed = ["How many artists are there?", "How many festivals are there?", "How many stages are there?",
             "What is the average capacity of the stages?", "What is the largest stage capacity?",
             "Show the name of each festival and the number of stages it has.",
             "List the names of all artists.", "What are the names and cities of all festivals?",
             "Which festival had the highest attendance?", "List the genres of artists and how many artists each has."]
    out = fixed + [f"List the names of artists from {c}." for c in countries]
    out += [f"How many artists play {g}?" for g in genres]
    out += [f"What are the names of the festivals held in {y}?" for y in years]
    out += [f"Which festivals take place in {c}?" for c in cities]
    out += [f"How many festivals were held after {y}?" for y in years]
    out += [f"How many artists are from {c}?" for c in countries]
    out += [f"What are the names of artists whose genre is {g}?" for g in genres]
    return list(dict.fromkeys(out))


SLOW_QUESTIONS = [
    "Show the name of each festival and the number of stages it has.",
    "List the genres of artists and how many artists each has.",
    "What is the name of the artist who performed the most times?",
    "Show the names of festivals and the total duration of their performances.",
    "How many performances did each artist give?",
    "What are the distinct countries of artists who performed on a stage with capacity above 5000?",
]


def make_large_database(path: Path, rows: int, seed: int = 0) -> None:
    """The bundled schema with ``rows`` stages, artists and performances (festival: rows // 10)."""
    from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE

    source = sqlite3.connect(EXAMPLE_DATABASE)
    schema = [r[0] for r in source.execute("SELECT sql FROM sqlite_master WHERE type = 'table'")]
    source.close()
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    with connection:
        for sql in schema:
            connection.execute(sql)
        festivals = rows // 10
        connection.executemany("INSERT INTO festival VALUES (?, ?, ?, ?, ?, ?)", (
            (i, f"Festival {i}", f"City {i % 997}", f"Country {i % 53}", 1990 + i % 35, rng.randrange(100, 90_000))
            for i in range(1, festivals + 1)))
        connection.executemany("INSERT INTO stage VALUES (?, ?, ?, ?)", (
            (i, rng.randrange(1, festivals + 1), f"Stage {i}", rng.randrange(50, 20_000)) for i in range(1, rows + 1)))
        connection.executemany("INSERT INTO artist VALUES (?, ?, ?, ?, ?)", (
            (i, f"Artist {i}", f"Country {i % 53}", f"Genre {i % 41}", 1950 + i % 70) for i in range(1, rows + 1)))
        connection.executemany("INSERT INTO performance VALUES (?, ?, ?, ?, ?, ?)", (
            (i, rng.randrange(1, rows + 1), rng.randrange(1, rows + 1), rng.randrange(1, 4),
             f"{rng.randrange(12, 24)}:00", rng.randrange(20, 120)) for i in range(1, rows + 1)))
    connection.close()


def rss_kb(pid: int) -> int:
    """Resident memory of one process and its children (kB), from /proc."""
    total = 0
    for p in [pid] + children(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def children(pid: int) -> list[int]:
    try:
        found = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return found + [g for c in found for g in children(c)]


class Soak:
    def __init__(self, url: str, root: Path, questions: list[str], rng_seed: int):
        self.url, self.root, self.questions = url, root, questions
        self.lock = threading.Lock()
        self.records: list[dict] = []
        self.problems: list[str] = []
        self.memory: list[dict] = []
        self.seed = rng_seed

    def request(self, path: str, body: bytes | None = None, headers: dict | None = None,
                method: str | None = None) -> tuple[int, str, float]:
        request = urllib.request.Request(self.url + path, data=body, headers=headers or {}, method=method)
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
        except (urllib.error.URLError, OSError) as error:
            status, text = 599, f"client error: {error}"
        return status, text, time.perf_counter() - start

    def one(self, rng: random.Random) -> dict:
        kind = rng.choices(["good_ask", "slow_ask", "schema", "databases", "runs", "status", "bad"],
                           weights=[22, 6, 14, 14, 14, 10, 20])[0]
        json_type = {"Content-Type": "application/json"}
        if kind == "good_ask":
            question = rng.choice(self.questions)
            body = json.dumps({"db": "example:music_festival", "question": question}).encode()
            status, text, seconds = self.request("/api/ask", body, json_type)
        elif kind == "slow_ask":
            question = rng.choice(SLOW_QUESTIONS)
            body = json.dumps({"db": "dir:large.sqlite", "question": question}).encode()
            status, text, seconds = self.request("/api/ask", body, json_type)
        elif kind == "schema":
            db = rng.choice(["example:music_festival", "dir:large.sqlite"])
            status, text, seconds = self.request(f"/api/schema?db={db}")
        elif kind in ("databases", "runs", "status"):
            status, text, seconds = self.request(f"/api/{kind}")
        else:
            body, headers, method = rng.choice([
                (b"not json", json_type, None), (b"[" * 20_000, json_type, None),
                (json.dumps({"db": "example:music_festival", "question": "x"}).encode(), {"Content-Type": "text/plain"}, None),
                (json.dumps({"db": "dir:../../etc/passwd", "question": "How many?"}).encode(), json_type, None),
                (json.dumps({"db": "example:music_festival", "question": "\ud800"}).encode(), json_type, None),
                (None, {}, "GET")])
            status, text, seconds = self.request("/api/ask", body, headers, method)
        record = {"kind": kind, "status": status, "seconds": seconds}
        if kind.endswith("ask") and status == 200:
            record["timeout"] = json.loads(text).get("error") == "timeout"
        bad = []
        if status >= 500:
            bad.append(f"{status}")
        if "Traceback" in text:
            bad.append("traceback")
        if str(self.root) in text or "/tmp/" in text or str(ROOT) in text:
            bad.append("server path")
        if kind == "bad" and not 400 <= status < 500:
            bad.append(f"bad request answered {status}")
        if bad:
            record["problem"] = ", ".join(bad) + f": {kind} {text[:200]}"
        return record

    def client(self, index: int, stop) -> None:
        rng = random.Random(self.seed * 1000 + index)
        while not stop():
            record = self.one(rng)
            with self.lock:
                self.records.append(record)
                if "problem" in record:
                    self.problems.append(record["problem"])


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkpoint", help="model file (default: the shipped model)")
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows per large table of the generated database")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="results/benchmarks/serve_soak.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="deepfix-soak-") as temp:
        root = Path(temp)
        (root / "dbs").mkdir()
        made = time.perf_counter()
        make_large_database(root / "dbs" / "large.sqlite", args.rows, args.seed)
        made = time.perf_counter() - made
        from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE

        questions = good_questions(EXAMPLE_DATABASE)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        command = [sys.executable, "-m", "deepfix.cli", "serve", "--port", str(port), "--db-dir", str(root / "dbs"),
                   "--runs", str(ROOT / "results"), "--results", str(ROOT / "results"),
                   "--requests-per-minute", str(RATE), "--query-seconds", str(DEADLINE)]
        if args.checkpoint:
            command += ["--checkpoint", args.checkpoint]
        log = open(root / "server.log", "w")
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=root,
                                  env={**os.environ, "OMP_NUM_THREADS": "1", "TMPDIR": str(root)})
        url = f"http://127.0.0.1:{port}"
        while True:
            try:
                urllib.request.urlopen(url + "/api/status", timeout=2).close()
                break
            except (urllib.error.URLError, OSError):
                if server.poll() is not None:
                    raise SystemExit("the server did not start:\n" + (root / "server.log").read_text())
                time.sleep(0.5)
        soak = Soak(url, root, questions, args.seed)
        start = time.monotonic()
        done = lambda: len(soak.records) >= args.requests and time.monotonic() - start >= args.minutes * 60  # noqa: E731
        threads = [threading.Thread(target=soak.client, args=(i, done)) for i in range(args.clients)]
        for thread in threads:
            thread.start()
        next_mark = 1000
        while any(t.is_alive() for t in threads):
            time.sleep(0.2)
            if len(soak.records) >= next_mark:
                soak.memory.append({"requests": len(soak.records), "rss_mb": round(rss_kb(server.pid) / 1024, 1),
                                    "seconds": round(time.monotonic() - start, 1)})
                print(f"{len(soak.records)} requests, {soak.memory[-1]['rss_mb']} MB, "
                      f"{soak.memory[-1]['seconds']} s", flush=True)
                next_mark += 1000
        wall = time.monotonic() - start
        alive = server.poll() is None
        server.send_signal(signal.SIGINT)
        server.wait(30)
        log.close()
        leftover = [p.name for p in root.iterdir() if p.name.startswith("deepfix-uploads-")]

    records = soak.records
    asks = [r for r in records if r["kind"].endswith("ask") and r["status"] == 200]
    good = [r["seconds"] for r in records if r["kind"] == "good_ask" and r["status"] == 200]
    first = soak.memory[0]["rss_mb"] if soak.memory else None
    at_10k = next((m["rss_mb"] for m in soak.memory if m["requests"] >= 10_000), None)
    slowest = {kind: round(max(r["seconds"] for r in records if r["kind"] == kind), 3)
               for kind in sorted({r["kind"] for r in records})}
    statuses = {}
    for r in records:
        statuses[str(r["status"])] = statuses.get(str(r["status"]), 0) + 1
    result = {
        "what": "deepfix serve soak: mixed requests from concurrent clients on loopback, real server process",
        "command": "python " + " ".join(sys.argv),
        "server": {"model": args.checkpoint or "shipped (deepfix/data/models/text2sql.safetensors)", "beam_size": 5,
                   "deadline_seconds": DEADLINE, "requests_per_minute_per_client": RATE, "torch_threads": 1},
        "large_database": {"rows_per_table": args.rows, "seconds_to_make": round(made, 1)},
        "clients": args.clients, "requests": len(records), "wall_seconds": round(wall, 1),
        "distinct_good_questions": len(questions),
        "statuses": statuses,
        "asks_answered": len(asks), "asks_at_deadline": sum(r.get("timeout", False) for r in asks),
        "asks_at_deadline_share": round(sum(r.get("timeout", False) for r in asks) / max(1, len(asks)), 4),
        "good_ask_seconds": {"n": len(good), "p50": round(percentile(good, 0.5), 3),
                             "p99": round(percentile(good, 0.99), 3), "max": round(max(good), 3) if good else None},
        "slowest_request_seconds_by_kind": slowest,
        "over_deadline_plus_half_second": sum(r["seconds"] > DEADLINE + 0.5 for r in records),
        "rss_mb_every_1000_requests": soak.memory,
        "rss_growth_mb_1000_to_10000": round(at_10k - first, 1) if first is not None and at_10k is not None else None,
        "problems": soak.problems[:50], "problem_count": len(soak.problems),
        "server_alive_at_end": alive, "uploads_folder_left": leftover,
        "machine": Machine().record(),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "rss_mb_every_1000_requests"}, indent=2))


if __name__ == "__main__":
    main()
