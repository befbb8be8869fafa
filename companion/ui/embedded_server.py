"""The meeting server inside the app, for a newcomer's first run (the one place ui imports server)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from companion.server.settings import Settings
from companion.server.threaded import ThreadedServer, free_port

#: Same address every run, so the stored sign-in (keyed by server URL) is found again.
PREFERRED_PORT = 8766


class EmbeddedServer(ThreadedServer):
    """Bundled meeting and demo personas, SQLite in the user data dir, on loopback."""

    def __init__(self, db_path: Path | None = None) -> None:
        folder = Path(platformdirs.user_data_dir("meeting-companion", appauthor=False))
        db_path = db_path or folder / "embedded-server.db"
        super().__init__(Settings(db_url=f"sqlite:///{db_path}", demo=True), free_port(PREFERRED_PORT))
