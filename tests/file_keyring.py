"""A keyring backend for tests: a JSON file named by $TEST_KEYRING_FILE, or memory. Never the real keychain."""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    """Like a real keychain, safe to use from several threads (the sync client's sender and stream
    follower may both forget a token at the same moment): one at a time, files replaced whole."""

    priority = 1
    _lock = threading.RLock()

    def __init__(self) -> None:
        super().__init__()
        self._memory: dict[str, str] = {}

    def _load(self) -> dict[str, str]:
        path = os.environ.get("TEST_KEYRING_FILE")
        if path and Path(path).exists():
            return json.loads(Path(path).read_text())
        return dict(self._memory)

    def _store(self, data: dict[str, str]) -> None:
        path = os.environ.get("TEST_KEYRING_FILE")
        if path:
            handle, tmp = tempfile.mkstemp(dir=Path(path).parent, suffix=".tmp")
            with os.fdopen(handle, "w") as out:
                out.write(json.dumps(data))
            os.replace(tmp, path)  # a reader in another process sees the old file or the new one
        self._memory = data

    def get_password(self, service, username):
        with self._lock:
            return self._load().get(f"{service}|{username}")

    def set_password(self, service, username, password):
        with self._lock:
            self._store({**self._load(), f"{service}|{username}": password})

    def delete_password(self, service, username):
        with self._lock:
            data = self._load()
            if data.pop(f"{service}|{username}", None) is None:
                raise PasswordDeleteError("not stored")
            self._store(data)
