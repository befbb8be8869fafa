"""Commands waiting to reach the server, on disk, each with the idempotency key it will keep."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',   -- pending | failed
    error TEXT
);
"""


@dataclass(frozen=True)
class Pending:
    key: str
    command: dict[str, Any]
    status: str = "pending"
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.status == "failed"


class Outbox:
    """A durable FIFO. A command is removed only once the server has answered it."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(folder / "outbox.db", check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()

    def add(self, command: dict[str, Any], key: str | None = None) -> Pending:
        """Keep *command* until the server answers it, under *key* or a new random one."""
        import uuid  # on the first command, not at start (uuid brings platform with it)

        entry = Pending(key or str(uuid.uuid4()), command)
        with self._lock:
            self._db.execute("INSERT INTO outbox (key, body) VALUES (?, ?)", (entry.key, json.dumps(command)))
        return entry

    def entries(self) -> list[Pending]:
        """Every pending and failed command, oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT key, body, status, error FROM outbox ORDER BY n").fetchall()
        return [Pending(k, json.loads(b), s, e) for k, b, s, e in rows]

    def next_pending(self) -> Pending | None:
        with self._lock:
            row = self._db.execute(
                "SELECT key, body FROM outbox WHERE status = 'pending' ORDER BY n LIMIT 1"
            ).fetchone()
        return Pending(row[0], json.loads(row[1])) if row else None

    def done(self, key: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM outbox WHERE key = ?", (key,))

    def failed(self, key: str, error: str) -> None:
        with self._lock:
            self._db.execute("UPDATE outbox SET status = 'failed', error = ? WHERE key = ?", (error, key))

    def dismiss(self, key: str) -> None:
        """Forget a failed command once the user has seen why."""
        self.done(key)

    def close(self) -> None:
        with self._lock:
            self._db.close()
