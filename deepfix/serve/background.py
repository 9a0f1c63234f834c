"""Serving an app from a thread: for tests, benchmarks and notebooks (``deepfix serve`` runs uvicorn itself)."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request


class BackgroundServer:
    """uvicorn serving ``app`` on a free loopback port in a daemon thread; use as a context manager."""

    def __init__(self, app, host: str = "127.0.0.1", port: int = 0, start_timeout: float = 20.0):
        import uvicorn

        # proxy_headers=False: the client address is the TCP peer's, never a forwarded header's
        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning",
                                                    proxy_headers=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.host, self.start_timeout = host, start_timeout
        self.url = ""

    def __enter__(self) -> "BackgroundServer":
        self.thread.start()
        deadline = time.monotonic() + self.start_timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://{self.host}:{port}"
        return self

    def __exit__(self, *_exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)

    def call(self, path: str, body=None, method: str | None = None, headers: dict | None = None) -> tuple[int, dict]:
        """(status, JSON body) of one request; ``body``: bytes as they are (``application/octet-stream``),
        anything else as JSON (``application/json``); ``headers`` add to or replace those."""
        data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
        sent = {} if body is None else {"Content-Type": "application/octet-stream" if isinstance(body, bytes)
                                        else "application/json"}
        sent.update(headers or {})
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=sent)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())
