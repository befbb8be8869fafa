"""Run the meeting server on loopback in a background thread (the app's embedded server, tests)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import uvicorn

from .api import create_app
from .serve_options import uvicorn_options
from .serving import MeetingServer
from .settings import Settings


def free_port(preferred: int = 0) -> int:
    """*preferred* if it is free on 127.0.0.1, else any free port."""
    for port in dict.fromkeys((preferred, 0)):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError("no free port on 127.0.0.1")


class ThreadedServer:
    """One server process-in-a-thread; ``start`` again after ``stop`` reuses the same port."""

    def __init__(self, settings: Settings, port: int) -> None:
        self.settings, self.port = settings, port
        scheme = "https" if settings.certfile else "http"
        self.url = f"{scheme}://127.0.0.1:{port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 20.0) -> ThreadedServer:
        """Start and wait until the server accepts connections."""
        config = uvicorn.Config(
            create_app(self.settings),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            timeout_graceful_shutdown=1,
            **uvicorn_options(self.settings),
        )
        server = self._server = MeetingServer(config)
        self._thread = threading.Thread(
            target=lambda: asyncio.run(server.serve()), name="meeting-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the meeting server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        """Ask the server to exit; open event streams are ended first."""
        if self._server:
            self._server.should_exit = True
            self._thread.join(timeout=10)
            self._server = None
