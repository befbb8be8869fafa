"""PostgreSQL storage: for several server processes (replicas) on one database.

psycopg 3 with its connection pool: the ``Storage`` interface is synchronous (the server calls it
in worker threads), which psycopg serves directly. Writers race on the unique ``(meeting, seq)``
and ``(meeting, actor, key)``: the loser is told (SeqTaken / AnswerTaken) and catches up. Every
append also sends ``NOTIFY`` on commit ("meeting M is at seq N"); the log carries the data.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlparse

import psycopg
from psycopg import errors
from psycopg_pool import ConnectionPool, PoolTimeout

from . import console_words as words
from .console_words import said
from .postgres_migrations import migrate
from .storage import AnswerTaken, Change, Idempotency, SeqTaken, StorageError, StorageUnavailable, TokenGrant

log = logging.getLogger(__name__)

#: The channel appends are announced on.
CHANNEL = "meeting_events"
#: Connections per process: commits are grouped by the rooms, so a few suffice.
POOL_SIZE = 8
#: How long the readiness check waits for a connection: a balancer asks every few seconds.
PING_TIMEOUT_S = 1.0
#: How long a call waits for a pooled connection (the pool's default, 30 s, held every request
#: for 30 s while PostgreSQL was down), and a new connection for PostgreSQL's answer.
POOL_WAIT_S = 1.0
CONNECT_TIMEOUT_S = 2
#: Set on every pooled connection: a statement, a wait for a row lock, a transaction left idle end
#: on the server's side too (the request itself is answered 503 after 1.5 s: storage_calls.py);
#: TCP keep-alives notice a server that vanished without closing its connections.
SESSION_OPTIONS = (
    "-c statement_timeout=10000 -c lock_timeout=1500 -c idle_in_transaction_session_timeout=10000"
)
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 2}


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parsed = urlparse(url)
    if parsed.password is None:
        return url
    return parsed._replace(netloc=parsed.netloc.replace(f":{parsed.password}@", ":***@")).geturl()


class PostgresStorage:
    """The deployment store. A commit is durable (synchronous_commit) before ``append`` returns."""

    def __init__(self, url: str) -> None:
        self._url, self._where = url, safe_url(url)
        try:
            with psycopg.connect(url, connect_timeout=10, autocommit=True) as conn:
                migrate(conn, self._where)
            self._pool = ConnectionPool(
                url,
                min_size=1,
                max_size=POOL_SIZE,
                open=False,
                check=ConnectionPool.check_connection,
                timeout=POOL_WAIT_S,
                kwargs={"connect_timeout": CONNECT_TIMEOUT_S, "options": SESSION_OPTIONS, **KEEPALIVES},
            )
            self._pool.open(wait=True, timeout=10)
        except (psycopg.Error, PoolTimeout) as exc:
            reason = _first_line(exc)
            raise said(StorageError, words.DB_CANNOT_OPEN, path=self._where, reason=reason) from None
        self._listener: psycopg.Connection | None = None
        #: Held by the one thread that waits on the listening connection, and by ``close``.
        self._listening = threading.Lock()
        self._closed = threading.Event()

    @contextmanager
    def _conn(self) -> Iterator[psycopg.Connection]:
        try:
            with self._pool.connection() as conn:
                yield conn
        except _UNAVAILABLE as exc:
            raise StorageUnavailable(f"the database {self._where} failed: {_first_line(exc)}") from None

    def _query(self, sql: str, *args) -> list[tuple]:
        with self._conn() as conn:
            cur = conn.execute(sql, args)
            return cur.fetchall() if cur.description else []

    def ping(self) -> None:
        """Ready means a commit would succeed now: a probe write, committed (a full disk, a
        read-only replica or a stalled server fail it)."""
        try:
            with self._pool.connection(timeout=PING_TIMEOUT_S) as conn:
                conn.execute(
                    "INSERT INTO secrets VALUES ('ready-probe', %s) ON CONFLICT (name) DO UPDATE "
                    "SET value = excluded.value",
                    (str(time.time()).encode(),),
                )
        except (psycopg.Error, PoolTimeout) as exc:
            raise StorageUnavailable(f"the database {self._where} failed: {_first_line(exc)}") from None

    def meeting_ids(self) -> list[str]:
        return [r[0] for r in self._query("SELECT DISTINCT meeting_id FROM events ORDER BY meeting_id")]

    def events_after(self, meeting_id: str, after: int) -> list[str]:
        sql = "SELECT envelope FROM events WHERE meeting_id = %s AND seq > %s ORDER BY seq"
        return [r[0] for r in self._query(sql, meeting_id, after)]

    def append(self, meeting_id, first_seq, envelopes, *, idempotency=(), credential=None, credentials=()):
        rows = [(meeting_id, first_seq + n, env) for n, env in enumerate(envelopes)]
        codes = [*([credential] if credential else []), *credentials]
        try:
            with self._conn() as conn, conn.transaction(), conn.cursor() as cur:
                # One statement per table (unnest), not executemany: one round trip, and a lost race
                # ends one statement rather than aborting a pipeline.
                cur.execute(
                    "INSERT INTO events SELECT %s, * FROM unnest(%s::bigint[], %s::text[])",
                    (meeting_id, [r[1] for r in rows], envelopes),
                )
                if idempotency:
                    cur.execute(
                        "INSERT INTO idempotency SELECT %s, * FROM "
                        "unnest(%s::text[], %s::text[], %s::text[], %s::text[])",
                        (meeting_id, *([getattr(i, f) for i in idempotency] for f in _ANSWER_FIELDS)),
                    )
                cur.executemany(
                    "DELETE FROM credentials WHERE meeting_id = %s AND participant_id = %s",
                    [(meeting_id, participant_id) for _, participant_id in codes],
                )
                cur.executemany(
                    "INSERT INTO credentials VALUES (%s, %s, %s)", [(meeting_id, *code) for code in codes]
                )
                if rows:  # delivered to every listener when (and only if) this commits
                    cur.execute("SELECT pg_notify(%s, %s)", (CHANNEL, f"{rows[-1][1]} {meeting_id}"))
        except errors.UniqueViolation as exc:
            table = exc.diag.table_name
            if table == "events":
                raise SeqTaken(meeting_id) from exc
            if table == "idempotency":
                raise AnswerTaken(meeting_id) from exc
            raise StorageError(f"duplicate record in {table}") from exc

    def answered(self, meeting_id: str, actor: str, key: str) -> Idempotency | None:
        sql = "SELECT fingerprint, answer FROM idempotency WHERE meeting_id = %s AND actor = %s AND key = %s"
        rows = self._query(sql, meeting_id, actor, key)
        return Idempotency(actor, key, *rows[0]) if rows else None

    def participant_for_code(self, meeting_id: str, code_hash: str) -> str | None:
        sql = "SELECT participant_id FROM credentials WHERE meeting_id = %s AND code_hash = %s"
        rows = self._query(sql, meeting_id, code_hash)
        return rows[0][0] if rows else None

    def save_token(self, token_hash: str, grant: TokenGrant) -> None:
        sql = "INSERT INTO tokens VALUES (%s, %s, %s, %s)"
        self._query(sql, token_hash, grant.meeting_id, grant.participant_id, grant.last_used)

    def token(self, token_hash: str) -> TokenGrant | None:
        sql = "SELECT meeting_id, participant_id, last_used FROM tokens WHERE token_hash = %s"
        rows = self._query(sql, token_hash)
        return TokenGrant(*rows[0]) if rows else None

    def touch_token(self, token_hash: str, at: float) -> None:
        sql = "UPDATE tokens SET last_used = greatest(last_used, %s) WHERE token_hash = %s"
        self._query(sql, at, token_hash)

    def delete_tokens_of(self, meeting_id: str, participant_id: str) -> int:
        sql = "DELETE FROM tokens WHERE meeting_id = %s AND participant_id = %s RETURNING token_hash"
        return len(self._query(sql, meeting_id, participant_id))

    def trim_tokens(self, meeting_id: str, participant_id: str, keep: int) -> list[str]:
        sql = (
            "DELETE FROM tokens WHERE token_hash IN (SELECT token_hash FROM tokens WHERE meeting_id = %s "
            "AND participant_id = %s ORDER BY last_used DESC OFFSET %s) RETURNING token_hash"
        )
        return [r[0] for r in self._query(sql, meeting_id, participant_id, keep)]

    def delete_tokens_unused_since(self, before: float) -> int:
        return len(self._query("DELETE FROM tokens WHERE last_used < %s RETURNING token_hash", before))

    def live_tokens(self, token_hashes) -> set[str]:
        rows = self._query("SELECT token_hash FROM tokens WHERE token_hash = ANY(%s)", list(token_hashes))
        return {r[0] for r in rows}

    def delete_token(self, token_hash: str) -> None:
        self._query("DELETE FROM tokens WHERE token_hash = %s", token_hash)

    def secret(self, name: str, create: bytes) -> bytes:
        self._query("INSERT INTO secrets VALUES (%s, %s) ON CONFLICT DO NOTHING", name, create)
        return bytes(self._query("SELECT value FROM secrets WHERE name = %s", name)[0][0])

    def stored_secret(self, name: str) -> bytes | None:
        rows = self._query("SELECT value FROM secrets WHERE name = %s", name)
        return bytes(rows[0][0]) if rows else None

    def delete_secret(self, name: str) -> None:
        self._query("DELETE FROM secrets WHERE name = %s", name)

    def save_checkpoint(self, meeting_id: str, seq: int, data: str) -> None:
        self._query(
            "INSERT INTO checkpoints VALUES (%s, %s, %s) ON CONFLICT (meeting_id) DO UPDATE "
            "SET seq = excluded.seq, data = excluded.data WHERE excluded.seq > checkpoints.seq",
            meeting_id, seq, data,
        )

    def save_document(self, meeting_id: str, doc_id: str, item_id: str, meta: str, body: bytes) -> None:
        self._query(
            "INSERT INTO documents (meeting_id, doc_id, item_id, meta, body) VALUES (%s, %s, %s, %s, %s)",
            meeting_id, doc_id, item_id, meta, body,
        )

    def documents(self, meeting_id: str) -> list[str]:
        sql = "SELECT meta FROM documents WHERE meeting_id = %s ORDER BY added"
        return [r[0] for r in self._query(sql, meeting_id)]

    def document_body(self, meeting_id: str, doc_id: str) -> bytes | None:
        sql = "SELECT body FROM documents WHERE meeting_id = %s AND doc_id = %s"
        rows = self._query(sql, meeting_id, doc_id)
        return bytes(rows[0][0]) if rows else None

    def delete_document(self, meeting_id: str, doc_id: str) -> bool:
        sql = "DELETE FROM documents WHERE meeting_id = %s AND doc_id = %s RETURNING doc_id"
        return bool(self._query(sql, meeting_id, doc_id))

    def checkpoint(self, meeting_id: str) -> tuple[int, str] | None:
        rows = self._query("SELECT seq, data FROM checkpoints WHERE meeting_id = %s", meeting_id)
        return (rows[0][0], rows[0][1]) if rows else None

    def wait_for_change(self, timeout: float) -> list[Change]:
        with self._listening:
            if self._closed.is_set():
                return []
            return self._wait(timeout)

    def _wait(self, timeout: float) -> list[Change]:
        if self._listener is None or self._listener.closed:
            try:
                self._listener = psycopg.connect(self._url, autocommit=True, connect_timeout=10)
                self._listener.execute(f"LISTEN {CHANNEL}")
            except psycopg.Error as exc:
                log.warning("cannot listen for other replicas' events: %s", _first_line(exc))
                self._closed.wait(min(timeout, 1.0))
                return []
            return [Change()]  # anything appended while nobody listened: catch up on everything
        try:
            first = list(self._listener.notifies(timeout=timeout, stop_after=1))
            more = list(self._listener.notifies(timeout=0.001)) if first else []  # the rest of a burst
            return [_change(n.payload) for n in first + more]
        except psycopg.Error:
            self._listener.close()  # reconnect on the next call
            return []

    def close(self) -> None:
        self._closed.set()
        self._pool.close()
        if self._listening.acquire(timeout=5):  # a wait lasts a second at most
            try:
                if self._listener is not None:
                    self._listener.close()
            finally:
                self._listening.release()


_ANSWER_FIELDS = ("actor", "key", "fingerprint", "answer")
#: What "the database cannot do it now" looks like: lost or refused connections, timeouts, a full
#: disk (OperationalError), a read-only server (InternalError: read-only transaction), no connection.
_UNAVAILABLE = (psycopg.OperationalError, psycopg.InternalError, PoolTimeout)


def _change(payload: str) -> Change:
    seq, _, meeting_id = payload.partition(" ")
    return Change(meeting_id, int(seq)) if seq.isdigit() and meeting_id else Change()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
