"""The one factory that opens a store from a URL. Each store imports only the interface
(``storage``), and this module imports the stores: no import circle."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from .sqlite_storage import SqliteStorage
from .storage import Storage, StorageError


def open_storage(url: str) -> Storage:
    """Open storage from a URL such as ``sqlite:///path/to/meeting.db``."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = url.removeprefix("sqlite://")
        path = path[1:] if path.startswith("//") else path  # sqlite:////abs and sqlite:///rel
        if not path or path == "/":
            raise StorageError("sqlite URL needs a file path, e.g. sqlite:///meeting.db")
        return SqliteStorage(Path(path))
    raise StorageError(f"unsupported database URL {url!r} (use sqlite:///path/to/file.db)")
