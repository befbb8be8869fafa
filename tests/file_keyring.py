"""A keyring backend for tests: a JSON file named by $TEST_KEYRING_FILE, or memory. Never the real keychain."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1

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
            Path(path).write_text(json.dumps(data))
        self._memory = data

    def get_password(self, service, username):
        return self._load().get(f"{service}|{username}")

    def set_password(self, service, username, password):
        self._store({**self._load(), f"{service}|{username}": password})

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(f"{service}|{username}", None) is None:
            raise PasswordDeleteError("not stored")
        self._store(data)
