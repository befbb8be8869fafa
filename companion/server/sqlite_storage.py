"""SQLite storage: WAL mode, full fsync on commit, one connection guarded by a lock."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import console_words as words
from .console_words import said
from .storage import (
    AnswerTaken,
    Change,
    Idempotency,
    SeqTaken,
    StorageError,
    StorageUnavailable,
    TokenGrant,
    schema_too_new,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    meeting_id TEXT NOT NULL, seq INTEGER NOT NULL, envelope TEXT NOT NULL,
    PRIMARY KEY (meeting_id, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS idempotency (
    meeting_id TEXT NOT NULL, actor TEXT NOT NULL, key TEXT NOT NULL,
    fingerprint TEXT NOT NULL, answer TEXT NOT NULL,
    PRIMARY KEY (meeting_id, actor, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS credentials (
    meeting_id TEXT NOT NULL, code_hash TEXT NOT NULL, participant_id TEXT NOT NULL,
    PRIMARY KEY (meeting_id, code_hash)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY, meeting_id TEXT NOT NULL, participant_id TEXT NOT NULL,
    last_used REAL NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS checkpoints (
    meeting_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, data TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
    meeting_id TEXT NOT NULL, doc_id TEXT NOT NULL, item_id TEXT NOT NULL, meta TEXT NOT NULL,
    body BLOB NOT NULL, PRIMARY KEY (meeting_id, doc_id));
"""
#: The schema this code writes (``PRAGMA user_version``); 0 is a file from before versions,
#: 2 added checkpoints, 3 the items' documents.
SCHEMA_VERSION = 3
#: Free space under which a failure to open is put down to a full disk.
FULL_DISK_BYTES = 1024 * 1024
#: How often a waiting server asks whether another process wrote (``PRAGMA data_version``).
CHANGE_POLL_S = 0.1
#: How long a call waits for this process's connection, and SQLite for another process's write
#: lock, before the database counts as unavailable (storage_calls.py gives up at 1.5 s anyway).
LOCK_WAIT_S = 1.0
#: After a failed commit, the readiness check says "not ready" for this long (or until a commit
#: succeeds): a tiny probe write may still fit where a command's does not (a disk almost full).
WRITE_FAILURE_HOLD_S = 10.0


class SqliteStorage:
    """The embedded default. A commit is on disk (WAL fsynced) before ``append`` returns."""

    def __init__(self, path: Path) -> None:
        self._path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                path, check_same_thread=False, isolation_level=None, timeout=LOCK_WAIT_S
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            try:
                _migrate(self._db, path)
            except StorageError:
                self._db.close()
                raise
            self._data_version = self._db.execute("PRAGMA data_version").fetchone()[0]
        except (sqlite3.Error, OSError) as exc:
            raise _cannot_open(path, exc) from exc
        self._lock = threading.Lock()
        self._closed = threading.Event()
        #: When the last commit failed (monotonic), 0 once one succeeded since.
        self._write_failed_at = 0.0

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """The connection, or StorageUnavailable when another call has held it for LOCK_WAIT_S (a
        call stuck in a frozen file system holds it: the others must not queue behind it for ever)."""
        if not self._lock.acquire(timeout=LOCK_WAIT_S):
            raise StorageUnavailable(f"the database {self._path} is stalled (busy over {LOCK_WAIT_S:g} s)")
        try:
            yield
        finally:
            self._lock.release()

    def _query(self, sql: str, *args) -> list[tuple]:
        with self._locked():
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.OperationalError as exc:
                raise self._unavailable(exc) from exc

    def _unavailable(self, exc: sqlite3.OperationalError) -> StorageUnavailable:
        return said(StorageUnavailable, words.DB_FAILED, path=self._path, reason=exc)

    def ping(self) -> None:
        """Ready means a commit would succeed now: a probe commit (as durable as an append), room on
        the disk, and no failed commit in the last WRITE_FAILURE_HOLD_S."""
        if self._write_failed_at and time.monotonic() - self._write_failed_at < WRITE_FAILURE_HOLD_S:
            raise StorageUnavailable(f"the database {self._path} failed to record a command just now")
        try:
            if shutil.disk_usage(self._path.parent).free < FULL_DISK_BYTES:
                raise StorageUnavailable(f"the disk of {self._path} is full")
        except OSError as exc:
            raise StorageUnavailable(f"the folder of {self._path} cannot be read: {exc.strerror}") from None
        self._query("INSERT OR REPLACE INTO secrets VALUES ('ready-probe', ?)", str(time.time()).encode())

    def meeting_ids(self) -> list[str]:
        return [r[0] for r in self._query("SELECT DISTINCT meeting_id FROM events ORDER BY meeting_id")]

    def events_after(self, meeting_id: str, after: int) -> list[str]:
        sql = "SELECT envelope FROM events WHERE meeting_id = ? AND seq > ? ORDER BY seq"
        return [r[0] for r in self._query(sql, meeting_id, after)]

    def append(self, meeting_id, first_seq, envelopes, *, idempotency=(), credential=None, credentials=()):
        rows = [(meeting_id, first_seq + n, env) for n, env in enumerate(envelopes)]
        codes = [*([credential] if credential else []), *credentials]
        with self._locked():
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT INTO events VALUES (?, ?, ?)", rows)
                self._db.executemany(
                    "INSERT INTO idempotency VALUES (?, ?, ?, ?, ?)",
                    [(meeting_id, i.actor, i.key, i.fingerprint, i.answer) for i in idempotency],
                )
                self._db.executemany(
                    "DELETE FROM credentials WHERE meeting_id = ? AND participant_id = ?",
                    [(meeting_id, participant_id) for _, participant_id in codes],
                )
                self._db.executemany(
                    "INSERT INTO credentials VALUES (?, ?, ?)", [(meeting_id, *code) for code in codes]
                )
                self._db.execute("COMMIT")
                self._write_failed_at = 0.0
            except sqlite3.IntegrityError as exc:
                self._db.execute("ROLLBACK")
                if "events" in str(exc) or "seq" in str(exc):
                    raise SeqTaken(meeting_id) from exc
                if "idempotency" in str(exc):
                    raise AnswerTaken(meeting_id) from exc
                raise StorageError(f"duplicate record: {exc}") from exc
            except sqlite3.OperationalError as exc:  # disk full, file made read-only: nothing written
                self._write_failed_at = time.monotonic()
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise self._unavailable(exc) from exc
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def answered(self, meeting_id: str, actor: str, key: str) -> Idempotency | None:
        sql = "SELECT fingerprint, answer FROM idempotency WHERE meeting_id = ? AND actor = ? AND key = ?"
        rows = self._query(sql, meeting_id, actor, key)
        return Idempotency(actor, key, *rows[0]) if rows else None

    def participant_for_code(self, meeting_id: str, code_hash: str) -> str | None:
        sql = "SELECT participant_id FROM credentials WHERE meeting_id = ? AND code_hash = ?"
        rows = self._query(sql, meeting_id, code_hash)
        return rows[0][0] if rows else None

    def save_token(self, token_hash: str, grant: TokenGrant) -> None:
        sql = "INSERT INTO tokens VALUES (?, ?, ?, ?)"
        self._query(sql, token_hash, grant.meeting_id, grant.participant_id, grant.last_used)

    def token(self, token_hash: str) -> TokenGrant | None:
        sql = "SELECT meeting_id, participant_id, last_used FROM tokens WHERE token_hash = ?"
        rows = self._query(sql, token_hash)
        return TokenGrant(*rows[0]) if rows else None

    def touch_token(self, token_hash: str, at: float) -> None:
        self._query("UPDATE tokens SET last_used = max(last_used, ?) WHERE token_hash = ?", at, token_hash)

    def delete_tokens_of(self, meeting_id: str, participant_id: str) -> int:
        sql = "DELETE FROM tokens WHERE meeting_id = ? AND participant_id = ? RETURNING token_hash"
        return len(self._query(sql, meeting_id, participant_id))

    def trim_tokens(self, meeting_id: str, participant_id: str, keep: int) -> list[str]:
        sql = (
            "DELETE FROM tokens WHERE token_hash IN (SELECT token_hash FROM tokens WHERE meeting_id = ? "
            "AND participant_id = ? ORDER BY last_used DESC LIMIT -1 OFFSET ?) RETURNING token_hash"
        )
        return [r[0] for r in self._query(sql, meeting_id, participant_id, keep)]

    def delete_tokens_unused_since(self, before: float) -> int:
        return len(self._query("DELETE FROM tokens WHERE last_used < ? RETURNING token_hash", before))

    def live_tokens(self, token_hashes) -> set[str]:
        found: set[str] = set()
        hashes = list(token_hashes)
        for start in range(0, len(hashes), 500):  # SQLite's limit on parameters
            chunk = hashes[start : start + 500]
            sql = f"SELECT token_hash FROM tokens WHERE token_hash IN ({','.join('?' * len(chunk))})"
            found.update(r[0] for r in self._query(sql, *chunk))
        return found

    def delete_token(self, token_hash: str) -> None:
        self._query("DELETE FROM tokens WHERE token_hash = ?", token_hash)

    def secret(self, name: str, create: bytes) -> bytes:
        self._query("INSERT OR IGNORE INTO secrets VALUES (?, ?)", name, create)
        return self._query("SELECT value FROM secrets WHERE name = ?", name)[0][0]

    def stored_secret(self, name: str) -> bytes | None:
        rows = self._query("SELECT value FROM secrets WHERE name = ?", name)
        return bytes(rows[0][0]) if rows else None

    def delete_secret(self, name: str) -> None:
        self._query("DELETE FROM secrets WHERE name = ?", name)

    def save_checkpoint(self, meeting_id: str, seq: int, data: str) -> None:
        self._query(
            "INSERT INTO checkpoints VALUES (?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE "
            "SET seq = excluded.seq, data = excluded.data WHERE excluded.seq > checkpoints.seq",
            meeting_id, seq, data,
        )

    def save_document(self, meeting_id: str, doc_id: str, item_id: str, meta: str, body: bytes) -> None:
        self._query("INSERT INTO documents VALUES (?, ?, ?, ?, ?)", meeting_id, doc_id, item_id, meta, body)

    def documents(self, meeting_id: str) -> list[str]:
        sql = "SELECT meta FROM documents WHERE meeting_id = ? ORDER BY rowid"
        return [r[0] for r in self._query(sql, meeting_id)]

    def document_body(self, meeting_id: str, doc_id: str) -> bytes | None:
        sql = "SELECT body FROM documents WHERE meeting_id = ? AND doc_id = ?"
        rows = self._query(sql, meeting_id, doc_id)
        return bytes(rows[0][0]) if rows else None

    def delete_document(self, meeting_id: str, doc_id: str) -> bool:
        sql = "DELETE FROM documents WHERE meeting_id = ? AND doc_id = ? RETURNING doc_id"
        return bool(self._query(sql, meeting_id, doc_id))

    def checkpoint(self, meeting_id: str) -> tuple[int, str] | None:
        rows = self._query("SELECT seq, data FROM checkpoints WHERE meeting_id = ?", meeting_id)
        return (rows[0][0], rows[0][1]) if rows else None

    def wait_for_change(self, timeout: float) -> list[Change]:
        # data_version moves only for commits made by other connections (the CLI, another serve):
        # asking costs no disk read, so a tenth of a second is cheap.
        deadline = time.monotonic() + timeout
        while not self._closed.wait(min(CHANGE_POLL_S, max(0.0, deadline - time.monotonic()))):
            if not self._lock.acquire(timeout=LOCK_WAIT_S):
                return []  # stalled: the follower asks again
            try:
                if self._closed.is_set():  # closed while we waited for the lock
                    return []
                version = self._db.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                return []
            finally:
                self._lock.release()
            if version != self._data_version:
                self._data_version = version
                return [Change()]
            if time.monotonic() >= deadline:
                break
        return []

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            self._db.close()


def _cannot_open(path: Path, exc: Exception) -> StorageError:
    if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
        return said(StorageError, words.DB_NOT_DATABASE, path=path)
    return said(StorageError, words.DB_CANNOT_OPEN, path=path, reason=f"{exc}{_likely_cause(path)}")


def _likely_cause(path: Path) -> str:
    """Why SQLite's "unable to open database file" or "disk I/O error" happened, when it is the
    file's permissions or a full disk (SQLite names neither); empty when it is something else."""
    try:
        if not path.parent.is_dir():
            return ""
        if shutil.disk_usage(path.parent).free < FULL_DISK_BYTES:
            return " (the disk is full)"
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            return " (permission denied: the server must be able to read and write it)"
        if not os.access(path.parent, os.W_OK | os.X_OK):
            return f" (permission denied: the server must be able to write in {path.parent})"
    except OSError:  # the folder itself cannot be looked at: SQLite's own words must do
        pass
    return ""


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    """Create the tables or bring an older file up to date; refuse a file from a newer server."""
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise schema_too_new(found, SCHEMA_VERSION, str(path))
    if found < SCHEMA_VERSION:
        db.executescript(SCHEMA)
        _add_last_used(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _add_last_used(db: sqlite3.Connection) -> None:
    """Databases from before token expiry: add the column, counting existing tokens as used now."""
    columns = [row[1] for row in db.execute("PRAGMA table_info(tokens)")]
    if "last_used" not in columns:
        db.execute("ALTER TABLE tokens ADD COLUMN last_used REAL NOT NULL DEFAULT 0")
        db.execute("UPDATE tokens SET last_used = ?", (time.time(),))
