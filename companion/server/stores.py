"""Open the store a database URL names: SQLite (the embedded default) or PostgreSQL (replicas).

Kept apart from storage.py so the interface imports no implementation, and no implementation
imports this.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from . import console_words as words
from .console_words import said
from .storage import Storage, StorageError

POSTGRES_SCHEMES = ("postgresql", "postgres")


def open_storage(url: str) -> Storage:
    """Open storage from a URL: ``sqlite:///path/to/meeting.db`` or ``postgresql://user@host/db``."""
    scheme = urlparse(url).scheme
    if scheme == "sqlite":
        from .sqlite_storage import SqliteStorage

        # sqlite:///meeting.db is relative to the working directory, sqlite:////srv/m.db absolute
        # (SQLAlchemy's reading; the second slash pair was taken for the root before).
        path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else ""
        if not path or path == "/":
            raise said(StorageError, words.DB_URL_NO_PATH)
        return SqliteStorage(Path(path))
    if scheme in POSTGRES_SCHEMES:
        from .postgres_storage import PostgresStorage  # psycopg loads only when it is used

        return PostgresStorage(url)
    raise said(StorageError, words.DB_URL_UNKNOWN, url=url)
