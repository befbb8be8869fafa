"""The server's secret (the pepper of personal codes), kept outside the database.

A stolen database alone then cannot be used to guess codes offline. Where it comes from, first
match wins: the ``MEETING_SERVER_SECRET`` environment variable (the secret itself), a
``--secret-file`` / ``MEETING_SERVER_SECRET_FILE``, else a file in the user config dir created with
mode 0600 on first use. A database from before this kept the pepper in its ``secrets`` table: it
is moved to the file (and deleted from the database) the first time.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

import platformdirs

from .storage import Storage, StorageError

ENV_SECRET = "MEETING_SERVER_SECRET"
ENV_SECRET_FILE = "MEETING_SERVER_SECRET_FILE"
#: Where older versions kept the pepper, inside the database.
LEGACY_NAME = "code-pepper"
#: A keyed fingerprint of the secret, kept in the database (it reveals nothing of the secret).
FINGERPRINT_NAME = "pepper-fingerprint"


def default_secret_file() -> Path:
    return Path(platformdirs.user_config_dir("meeting-companion", appauthor=False)) / "server-secret"


def secret_file(explicit: str | None = None) -> Path:
    """The secret file in use: the option, else the environment, else the default."""
    return Path(explicit or os.environ.get(ENV_SECRET_FILE) or default_secret_file())


def server_secret(storage: Storage, explicit_file: str | None = None) -> bytes:
    """The pepper for codes; raises StorageError when it cannot be read or made safely, or when it
    is not the one this database's codes were made with (its fingerprint, kept in the database,
    differs): a console command run without the server's secret stops before it changes anything,
    rather than issue a code that could never sign in."""
    value, where = _find_secret(storage, explicit_file)
    mine = derived_key(value, FINGERPRINT_NAME).hex().encode()
    recorded = bytes(storage.secret(FINGERPRINT_NAME, mine))  # the first secret used is recorded
    if recorded != mine:
        raise StorageError(
            f"the secret from {where} is not the one this database's codes were made with; give the "
            f"server's own secret (--secret-file, ${ENV_SECRET_FILE} or ${ENV_SECRET})"
        )
    return value


def _find_secret(storage: Storage, explicit_file: str | None) -> tuple[bytes, str]:
    legacy = _take_legacy(storage)
    from_env = os.environ.get(ENV_SECRET)
    if from_env:
        return _agree(from_env.encode(), legacy, f"${ENV_SECRET}"), f"${ENV_SECRET}"
    path = secret_file(explicit_file)
    if path.exists():
        return _agree(_read(path), legacy, str(path)), str(path)
    value = _write_private(path, legacy or secrets.token_hex(32).encode())
    value = _agree(value, legacy, str(path))
    if legacy:
        storage.delete_secret(LEGACY_NAME)
    return value, str(path)


def derived_key(secret: bytes, purpose: str) -> bytes:
    """A key for one purpose (e.g. listener pseudonyms of one meeting), never the secret itself."""
    return hmac.new(secret, purpose.encode(), hashlib.sha256).digest()


def _take_legacy(storage: Storage) -> bytes | None:
    finder = getattr(storage, "stored_secret", None)
    return finder(LEGACY_NAME) if finder else None


def _agree(value: bytes, legacy: bytes | None, where: str) -> bytes:
    if legacy is not None and legacy != value:
        raise StorageError(
            f"this database's codes were made with a pepper stored in the database, not the one in "
            f"{where}; start once with a new --secret-file so it can be moved there"
        )
    return value


def _read(path: Path) -> bytes:
    try:
        value = path.read_bytes().strip()
    except OSError as exc:
        raise StorageError(f"cannot read the secret file {path}: {exc.strerror}") from None
    if len(value) < 16:
        raise StorageError(f"the secret file {path} holds less than 16 bytes")
    if os.name == "posix" and path.stat().st_mode & 0o077:
        raise StorageError(f"the secret file {path} is readable by others; chmod 600 it")
    return value


def _write_private(path: Path, value: bytes) -> bytes:
    """Create the file (0600, never overwriting); returns what it holds."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(value)
        return value
    except FileExistsError:  # another process made it meanwhile: use theirs
        return _read(path)
    except OSError as exc:
        raise StorageError(f"cannot create the secret file {path}: {exc.strerror}") from None
