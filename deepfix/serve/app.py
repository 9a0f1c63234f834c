"""The Starlette application of ``deepfix serve``: a JSON API and one static page.

API (every answer is JSON; a bad request gets ``{"error": "..."}`` with a 4xx status and one log
line, an unexpected failure a 500 with a generic message, never a traceback):

* ``GET  /api/status`` -- the model being served and the limits;
* ``GET  /api/databases`` -- the databases one may ask; ``GET /api/schema?db=ID`` -- one's tables;
* ``POST /api/upload?name=FILE`` (the file as the body, ``application/octet-stream``) -- add a sqlite file;
* ``POST /api/ask`` ``{"db": ID, "question": "..."}`` (``application/json``) -- SQL, beam
  alternatives, rows, linking;
* ``GET  /api/runs`` -- run directories and study plots; ``GET /api/run?id=ID`` -- one run's
  config, summary and curves; ``GET /api/plot?id=ID`` -- one plot (PNG).

Who may call it (the threat model): the server binds to loopback by default, so only programs on
this machine reach it -- but any web page the user opens is such a program. So every request must
name an allowed host in ``Host`` (a DNS-rebinding page names its own), an ``Origin`` or
``Sec-Fetch-Site`` header that says another site sent it is refused, and the two POST endpoints
take only content types a cross-site form cannot send without the browser asking first (and the
server never answers that question with CORS headers). The client address is the TCP peer's
(forwarded headers are not trusted), and one deadline covers every database read of a request.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from deepfix.deadline import Deadline
from deepfix.errors import DeepfixError

from .databases import Database, DatabaseCatalog, display_name, schema_view
from .limits import Limits, RateLimiter
from .runs import RunCatalog

STATIC = Path(__file__).resolve().parent / "static"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
log = logging.getLogger("deepfix.serve")


class BadRequest(DeepfixError):
    """A request the API refuses (status 400 unless told otherwise)."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


_ABSOLUTE_PATH = re.compile(r"(?<![\w.:/])/(?:[^/\s'\":,;]+/)+[^/\s'\":,;]*")


def without_paths(message: str) -> str:
    """A library message (which names files by their path, right for the CLI) with every absolute
    path cut to its last component: a client never learns where the server keeps its files."""
    return _ABSOLUTE_PATH.sub(lambda m: Path(m.group(0)).name or "/", message)


def about(database: Database, error: DeepfixError) -> BadRequest:
    """An error met while reading ``database``, told by its id, not by its path on the server."""
    message = str(error)
    if database.source == "url":  # the address, masked or not, never reaches the client
        for address in (str(database.path), database.shown):
            message = message.replace(address, database.id)
        return BadRequest(without_paths(message), getattr(error, "status", 400))
    for path in {str(database.path), str(Path(database.path).resolve())}:
        message = message.replace(path, database.id)
    return BadRequest(without_paths(message), getattr(error, "status", 400))


def host_of(value: str) -> str:
    """The host part of a ``Host`` header or URL authority (``[::1]:8000`` -> ``::1``), lower case."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def allowed_hosts(bound: str) -> frozenset[str]:
    """Host names a request may use: the bound address, and every loopback name when bound to loopback."""
    bound = host_of(bound)
    names = {bound}
    if bound in LOOPBACK or bound.startswith("127."):
        names.update(LOOPBACK)
    return frozenset(names)


def _error(request: Request, message: str, status: int) -> JSONResponse:
    log.warning("%s %s -> %d: %s", request.method, display_name(request.url.path), status,
                display_name(message, 300))
    return JSONResponse({"error": message}, status_code=status)


def create_app(answerer, databases: DatabaseCatalog, runs: RunCatalog, limits: Limits = Limits(),
               model_info: dict | None = None, hosts: frozenset[str] | None = None) -> Starlette:
    """The app over an :class:`~deepfix.tasks.spider.answer.Answerer` (or None: asking is off).

    ``hosts``: the host names requests may carry in ``Host`` (default: the loopback names).
    """
    limiter = RateLimiter(limits.requests_per_minute, max_keys=limits.clients)
    hosts = hosts if hosts is not None else allowed_hosts("127.0.0.1")

    def param(request: Request, name: str) -> str:
        value = request.query_params.get(name)
        if not value:
            raise BadRequest(f"query parameter {name!r}: missing")
        return value

    def require_type(request: Request, expected: str) -> None:
        given = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if given != expected:
            raise BadRequest(f"the request body must be sent as {expected} (got {display_name(given or 'none', 40)!r})",
                             415)

    async def body(request: Request, largest: int, what: str) -> bytes:
        """The request body, refused (413) past ``largest`` bytes before it is all read."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > largest:
            raise BadRequest(f"{what} is larger than {largest:,} bytes", 413)
        data = bytearray()
        async for chunk in request.stream():
            data += chunk
            if len(data) > largest:
                raise BadRequest(f"{what} is larger than {largest:,} bytes", 413)
        return bytes(data)

    async def index(request: Request) -> Response:
        return FileResponse(STATIC / "index.html")

    async def status(request: Request) -> Response:
        return JSONResponse({"model": model_info or {}, "asking": answerer is not None,
                             "limits": limits.__dict__})

    async def list_databases(request: Request) -> Response:
        return JSONResponse({"databases": [d.as_dict() for d in databases.list()]})

    async def schema(request: Request) -> Response:
        database = databases.get(param(request, "db"))
        try:
            tables = await run_in_threadpool(schema_view, database)
        except DeepfixError as error:
            raise about(database, error) from None
        return JSONResponse({"db": database.id, "tables": tables})

    async def upload(request: Request) -> Response:
        name = display_name(request.query_params.get("name") or "upload.sqlite")
        require_type(request, "application/octet-stream")
        data = await body(request, limits.upload_bytes, f"{name}: the upload")
        database = await run_in_threadpool(databases.add_upload, data, name)
        log.info("upload %r (%d bytes) -> %s", name, len(data), database.id)
        return JSONResponse(database.as_dict())

    async def ask(request: Request) -> Response:
        deadline = Deadline.after(limits.query_seconds)  # from the request's arrival: waiting counts too
        if answerer is None:
            raise BadRequest("this server has no model to ask (start it with --checkpoint)", 503)
        require_type(request, "application/json")
        try:
            payload = json.loads(await body(request, limits.body_bytes, "the request body"))
        except (ValueError, RecursionError):  # not JSON, not UTF-8, a number too long, nesting too deep
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
        try:
            answer = await run_in_threadpool(answerer.ask, database.path, question, deadline)
        except DeepfixError as error:
            raise about(database, error) from None
        log.info("ask %s %r -> %r (%.2f s)", database.id, question[:80], answer.sql, answer.seconds)
        return JSONResponse({"db": database.id, **answer.as_dict()})

    async def list_runs(request: Request) -> Response:
        return JSONResponse({"runs": runs.list(), "plots": runs.plots()})

    async def run(request: Request) -> Response:
        return JSONResponse(await run_in_threadpool(runs.read, param(request, "id")))

    async def plot(request: Request) -> Response:
        data = await run_in_threadpool(runs.plot_bytes, param(request, "id"))
        return Response(data, media_type="image/png")

    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 404:
            return _error(request, "no such page", 404)
        if exc.status_code == 405:
            return _error(request, f"method {display_name(request.method, 20)} is not allowed here", 405)
        return _error(request, display_name(str(exc.detail), 200), exc.status_code)

    async def refused(request: Request, exc: DeepfixError) -> Response:
        return _error(request, without_paths(str(exc)), getattr(exc, "status", 400))

    def cross_site(request: Request) -> str | None:
        """Why a request looks sent by another site or through a foreign host name, or None."""
        if host_of(request.headers.get("host", "")) not in hosts:
            return "the Host header names a host this server does not answer for"
        origin = request.headers.get("origin")
        if origin is not None:
            authority = origin.split("://", 1)[-1]
            if origin == "null" or authority.lower() != request.headers.get("host", "").lower():
                return "requests from another origin are refused"
        if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return "requests from another site are refused"
        return None

    async def guard(request: Request, call_next):
        """Host/origin checks, the request-rate limit, and any unexpected failure as one log line and a plain 500."""
        why = cross_site(request)
        if why is not None:
            return _error(request, why, 403)
        if request.url.path.startswith("/api/"):
            client = request.client.host if request.client else "unknown"
            if not limiter.allow(client):
                return _error(request, f"too many requests: at most {limits.requests_per_minute} a minute", 429)
        try:
            return await call_next(request)
        except Exception as exc:  # noqa: BLE001 -- the one place that turns a bug into a 500
            log.error("%s %s -> 500: %s: %s", request.method, display_name(request.url.path), type(exc).__name__,
                      display_name(str(exc), 300))
            return JSONResponse({"error": "internal error (the server log has one line about it)"}, status_code=500)

    app = Starlette(
        routes=[Route("/", index), Route("/api/status", status), Route("/api/databases", list_databases),
                Route("/api/schema", schema), Route("/api/upload", upload, methods=["POST"]),
                Route("/api/ask", ask, methods=["POST"]), Route("/api/runs", list_runs), Route("/api/run", run),
                Route("/api/plot", plot), Mount("/static", StaticFiles(directory=STATIC), name="static")],
        exception_handlers={HTTPException: http_error, DeepfixError: refused},
        middleware=[Middleware(BaseHTTPMiddleware, dispatch=guard)])

    return app
