"""The Starlette application of ``deepfix serve``: a JSON API and one static page.

API (every answer is JSON; a bad request gets ``{"error": "..."}`` with a 4xx status and one log
line, an unexpected failure a 500 with a generic message, never a traceback):

* ``GET  /api/status`` -- the model being served and the limits;
* ``GET  /api/databases`` -- the databases one may ask; ``GET /api/schema?db=ID`` -- one's tables;
* ``POST /api/upload?name=FILE`` (the file as the body) -- add a sqlite file;
* ``POST /api/ask`` ``{"db": ID, "question": "..."}`` -- SQL, beam alternatives, rows, linking;
* ``GET  /api/runs`` -- run directories and study plots; ``GET /api/run?id=ID`` -- one run's
  config, summary and curves; ``GET /api/plot?id=ID`` -- one plot (PNG).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from deepfix.errors import DeepfixError

from .databases import DatabaseCatalog, schema_view
from .limits import Limits, RateLimiter
from .runs import RunCatalog, read_run

STATIC = Path(__file__).resolve().parent / "static"
log = logging.getLogger("deepfix.serve")


class BadRequest(DeepfixError):
    """A request the API refuses (status 400 unless told otherwise)."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def _error(request: Request, message: str, status: int) -> JSONResponse:
    log.warning("%s %s -> %d: %s", request.method, request.url.path, status, message)
    return JSONResponse({"error": message}, status_code=status)


def create_app(answerer, databases: DatabaseCatalog, runs: RunCatalog, limits: Limits = Limits(),
               model_info: dict | None = None) -> Starlette:
    """The app over an :class:`~deepfix.tasks.spider.answer.Answerer` (or None: asking is off)."""
    limiter = RateLimiter(limits.requests_per_minute)

    def param(request: Request, name: str) -> str:
        value = request.query_params.get(name)
        if not value:
            raise BadRequest(f"query parameter {name!r}: missing")
        return value

    async def index(request: Request) -> Response:
        return FileResponse(STATIC / "index.html")

    async def status(request: Request) -> Response:
        return JSONResponse({"model": model_info or {}, "asking": answerer is not None,
                             "limits": limits.__dict__})

    async def list_databases(request: Request) -> Response:
        return JSONResponse({"databases": [d.as_dict() for d in databases.list()]})

    async def schema(request: Request) -> Response:
        database = databases.get(param(request, "db"))
        return JSONResponse({"db": database.id, "tables": await run_in_threadpool(schema_view, database.path)})

    async def upload(request: Request) -> Response:
        name = request.query_params.get("name") or "upload.sqlite"
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limits.upload_bytes:
            raise BadRequest(f"{name}: the upload is larger than {limits.upload_bytes // 2**20} MiB", 413)
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limits.upload_bytes:
                raise BadRequest(f"{name}: the upload is larger than {limits.upload_bytes // 2**20} MiB", 413)
        database = await run_in_threadpool(databases.add_upload, bytes(body), name)
        log.info("upload %s (%d bytes) -> %s", name, len(body), database.id)
        return JSONResponse(database.as_dict())

    async def ask(request: Request) -> Response:
        if answerer is None:
            raise BadRequest("this server has no model to ask (start it with --checkpoint)", 503)
        try:
            payload = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise BadRequest("the request body is not JSON") from None
        if not isinstance(payload, dict):
            raise BadRequest("the request body must be a JSON object with 'db' and 'question'")
        question, database_id = payload.get("question"), payload.get("db")
        if not isinstance(question, str) or not question.strip():
            raise BadRequest("field 'question': expected a non-empty string")
        if len(question) > limits.question_chars:
            raise BadRequest(f"field 'question': longer than {limits.question_chars} characters")
        if not isinstance(database_id, str):
            raise BadRequest("field 'db': expected a database id from /api/databases")
        database = databases.get(database_id)
        answer = await run_in_threadpool(answerer.ask, database.path, question)
        log.info("ask %s %r -> %s (%.2f s)", database.id, question[:80], answer.sql, answer.seconds)
        return JSONResponse({"db": database.id, **answer.as_dict()})

    async def list_runs(request: Request) -> Response:
        return JSONResponse({"runs": runs.list(), "plots": runs.plots()})

    async def run(request: Request) -> Response:
        path = runs.path(param(request, "id"))
        return JSONResponse(await run_in_threadpool(read_run, path))

    async def plot(request: Request) -> Response:
        return FileResponse(runs.plot(param(request, "id")), media_type="image/png")

    async def not_found(request: Request, exc) -> Response:
        return _error(request, f"{request.url.path[:80]}: no such page", 404)

    async def refused(request: Request, exc: DeepfixError) -> Response:
        return _error(request, str(exc), getattr(exc, "status", 400))

    async def guard(request: Request, call_next):
        """The request-rate limit, and any unexpected failure as one log line and a plain 500."""
        if request.url.path.startswith("/api/"):
            client = request.client.host if request.client else "unknown"
            if not limiter.allow(client):
                return _error(request, f"too many requests: at most {limits.requests_per_minute} a minute", 429)
        try:
            return await call_next(request)
        except Exception as exc:  # noqa: BLE001 -- the one place that turns a bug into a 500
            log.error("%s %s -> 500: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
            return JSONResponse({"error": "internal error (the server log has one line about it)"}, status_code=500)

    app = Starlette(
        routes=[Route("/", index), Route("/api/status", status), Route("/api/databases", list_databases),
                Route("/api/schema", schema), Route("/api/upload", upload, methods=["POST"]),
                Route("/api/ask", ask, methods=["POST"]), Route("/api/runs", list_runs), Route("/api/run", run),
                Route("/api/plot", plot), Mount("/static", StaticFiles(directory=STATIC), name="static")],
        exception_handlers={404: not_found, DeepfixError: refused},
        middleware=[Middleware(BaseHTTPMiddleware, dispatch=guard)])

    return app
