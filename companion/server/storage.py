"""The one small interface the server keeps its data behind (``stores.open_storage`` opens one)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class SeqTaken(Exception):
    """Another writer appended first: the caller must catch up and decide again."""


class StorageError(Exception):
    """The database cannot be opened or used; the message says why in plain words."""


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


class Storage(Protocol):
    """Append-only event log per meeting, plus credentials, tokens and idempotency records.

    ``append`` is atomic and durable: when it returns, the events survive a crash.
    """

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
    ) -> None:
        """Append envelopes numbered from first_seq, with the answers to remember, in one transaction.

        Raises SeqTaken if another writer was first.
        """

    def answered(self, meeting_id: str, actor: str, key: str) -> Idempotency | None: ...

    def participant_for_code(self, meeting_id: str, code_hash: str) -> str | None: ...

    def save_token(self, token_hash: str, grant: TokenGrant) -> None: ...

    def token(self, token_hash: str) -> TokenGrant | None: ...

    def delete_token(self, token_hash: str) -> None: ...

    def secret(self, name: str, create: bytes) -> bytes:
        """A server secret by name, created with the given value the first time."""

    def close(self) -> None: ...
