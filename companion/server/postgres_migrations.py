"""The PostgreSQL schema as numbered migrations, applied in order on start.

Append a new migration to ``MIGRATIONS``; never edit one that has shipped. The version a database
is at lives in ``schema_version``; several replicas starting at once take turns (an advisory lock).
"""

from __future__ import annotations

import psycopg

from .storage import schema_too_new

MIGRATIONS: tuple[str, ...] = (
    # 1: the same tables as SQLite. (meeting_id, seq) is unique: it decides which writer is first.
    """
    CREATE TABLE events (
        meeting_id TEXT NOT NULL, seq BIGINT NOT NULL, envelope TEXT NOT NULL,
        PRIMARY KEY (meeting_id, seq));
    CREATE TABLE idempotency (
        meeting_id TEXT NOT NULL, actor TEXT NOT NULL, key TEXT NOT NULL,
        fingerprint TEXT NOT NULL, answer TEXT NOT NULL,
        PRIMARY KEY (meeting_id, actor, key));
    CREATE TABLE credentials (
        meeting_id TEXT NOT NULL, code_hash TEXT NOT NULL, participant_id TEXT NOT NULL,
        PRIMARY KEY (meeting_id, code_hash));
    CREATE INDEX credentials_participant ON credentials (meeting_id, participant_id);
    CREATE TABLE tokens (
        token_hash TEXT PRIMARY KEY, meeting_id TEXT NOT NULL, participant_id TEXT NOT NULL,
        last_used DOUBLE PRECISION NOT NULL DEFAULT 0);
    CREATE INDEX tokens_participant ON tokens (meeting_id, participant_id);
    CREATE INDEX tokens_last_used ON tokens (last_used);
    CREATE TABLE secrets (name TEXT PRIMARY KEY, value BYTEA NOT NULL);
    """,
    # 2: a meeting's state at a known seq, so a start replays only the tail (checkpoints.py).
    """
    CREATE TABLE checkpoints (meeting_id TEXT PRIMARY KEY, seq BIGINT NOT NULL, data TEXT NOT NULL);
    """,
    # 3: the items' documents for the booths (documents_api.py), never in the event log.
    """
    CREATE TABLE documents (
        meeting_id TEXT NOT NULL, doc_id TEXT NOT NULL, item_id TEXT NOT NULL, meta TEXT NOT NULL,
        body BYTEA NOT NULL, added BIGSERIAL, PRIMARY KEY (meeting_id, doc_id));
    """,
)

#: Any constant: replicas starting together wait on it instead of migrating twice.
_LOCK = 7_261_343_011


def migrate(conn: psycopg.Connection, where: str) -> int:
    """Bring the database to the newest schema; returns the version. Raises StorageError if the
    database is newer than this code."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        found = row[0] or 0
        if found > len(MIGRATIONS):
            raise schema_too_new(found, len(MIGRATIONS), where)
        for version in range(found + 1, len(MIGRATIONS) + 1):
            conn.execute(MIGRATIONS[version - 1])
            conn.execute("INSERT INTO schema_version VALUES (%s)", (version,))
    return len(MIGRATIONS)
