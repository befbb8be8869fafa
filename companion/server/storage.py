"""The one small interface the server keeps its data behind (opened by stores.open_storage)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class SeqTaken(Exception):
    """Another writer appended first: the caller must catch up and decide again."""


class AnswerTaken(SeqTaken):
    """Another writer (a replica) stored an answer under the same sender's key first: catch up and
    give its answer (the unique key decides the race, not a check before the insert)."""


class StorageError(Exception):
    """The database cannot be opened or used; the message says why in plain words."""


class StorageUnavailable(StorageError):
    """A read or write failed now (disk full, file made read-only, connection lost): nothing was
    recorded, and asking again later may work. The server answers 503, never 500."""


@dataclass(frozen=True)
class Idempotency:
    """An answered command, remembered so a repeated key gets the same answer."""

    actor: str
    key: str
    fingerprint: str
    answer: str


@dataclass(frozen=True)
class TokenGrant:
    meeting_id: str
    participant_id: str
    #: When the token was last used (seconds since the epoch); it expires a TTL after that.
    last_used: float = 0.0


class Storage(Protocol):
    """Append-only event log per meeting, plus credentials, tokens and idempotency records.

    ``append`` is atomic and durable: when it returns, the events survive a crash.
    """

    def ping(self) -> None:
        """Raise StorageUnavailable unless the database answers now (the readiness check)."""
        ...

    def meeting_ids(self) -> list[str]: ...

    def events_after(self, meeting_id: str, after: int) -> list[str]:
        """Stored envelopes (JSON text) with seq > after, in order."""

    def append(
        self,
        meeting_id: str,
        first_seq: int,
        envelopes: list[str],
        *,
        idempotency: Sequence[Idempotency] = (),
        credential: tuple[str, str] | None = None,
        credentials: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Append envelopes numbered from first_seq, with the answers to remember, in one transaction.

        Each credential ``(code_hash, participant_id)`` becomes that participant's one code (an
        earlier code of theirs stops working). Raises SeqTaken if another writer was first.
        """

    def answered(self, meeting_id: str, actor: str, key: str) -> Idempotency | None: ...

    def participant_for_code(self, meeting_id: str, code_hash: str) -> str | None: ...

    def save_token(self, token_hash: str, grant: TokenGrant) -> None: ...

    def token(self, token_hash: str) -> TokenGrant | None: ...

    def delete_token(self, token_hash: str) -> None: ...

    def touch_token(self, token_hash: str, at: float) -> None:
        """Record a use of the token (its TTL counts from the last one)."""

    def delete_tokens_of(self, meeting_id: str, participant_id: str) -> int:
        """End every token of a participant; returns how many there were."""

    def trim_tokens(self, meeting_id: str, participant_id: str, keep: int) -> list[str]:
        """End a participant's tokens but the *keep* most recently used; returns those ended."""

    def delete_tokens_unused_since(self, before: float) -> int:
        """End every token last used before *before*; returns how many."""

    def live_tokens(self, token_hashes: Sequence[str]) -> set[str]:
        """Which of these tokens still exist (another process may have ended some)."""

    def secret(self, name: str, create: bytes) -> bytes:
        """A server secret by name, created with the given value the first time."""

    def stored_secret(self, name: str) -> bytes | None:
        """A secret older versions kept in the database (see server_secret.py), if any."""

    def delete_secret(self, name: str) -> None: ...

    def save_document(self, meeting_id: str, doc_id: str, item_id: str, meta: str, body: bytes) -> None:
        """Keep an item's document: its description (JSON) and its bytes (see documents_api.py)."""

    def documents(self, meeting_id: str) -> list[str]:
        """The descriptions (JSON) of a meeting's documents, in the order they were added."""

    def document_body(self, meeting_id: str, doc_id: str) -> bytes | None: ...

    def delete_document(self, meeting_id: str, doc_id: str) -> bool: ...

    def save_checkpoint(self, meeting_id: str, seq: int, data: str) -> None:
        """Keep *data* (a meeting's state at *seq*, see checkpoints.py) unless a later one is kept."""

    def checkpoint(self, meeting_id: str) -> tuple[int, str] | None:
        """The latest checkpoint of the meeting: (seq, data)."""

    def wait_for_change(self, timeout: float) -> list[Change]:
        """Block until another writer (process or replica) may have appended, or *timeout* passes.

        Returns what changed (an empty list: nothing within *timeout*). One thread calls it.
        """

    def close(self) -> None: ...


@dataclass(frozen=True)
class Change:
    """Another writer appended: to this meeting up to *seq*; ``meeting_id`` None: anything, anywhere."""

    meeting_id: str | None = None
    seq: int = 0


def schema_too_new(found: int, known: int, where: str) -> StorageError:
    """The one error for a database a newer version of the server has migrated."""
    return StorageError(
        f"the database {where} has schema version {found}, newer than this server knows ({known}); "
        "run the newer server, or restore a backup made for this version"
    )
