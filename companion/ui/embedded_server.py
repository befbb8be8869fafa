"""The meeting server inside the app, for a newcomer's first run (the one place ui imports server)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from pathlib import Path

import platformdirs
import uvicorn

from companion.server.api import create_app
from companion.server.settings import Settings

#: Same address every run, so the stored sign-in (keyed by server URL) is found again.
PREFERRED_PORT = 8766


def _free_port() -> int:
    for port in (PREFERRED_PORT, 0):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError("no free port on 127.0.0.1")


class EmbeddedServer:
    """Bundled meeting and demo personas, SQLite in the user data dir, on a free loopback port."""

    def __init__(self, db_path: Path | None = None) -> None:
        folder = Path(platformdirs.user_data_dir("meeting-companion", appauthor=False))
        self.db_path = db_path or folder / "embedded-server.db"
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        settings = Settings(db_url=f"sqlite:///{self.db_path}", demo=True)
        config = uvicorn.Config(
            create_app(settings),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=lambda: asyncio.run(self._server.serve()), name="embedded-server", daemon=True
        )

    def start(self, timeout: float = 20.0) -> EmbeddedServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the embedded meeting server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)
