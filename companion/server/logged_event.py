"""One event of a room's log, as the streams send it: framed once, and only when first needed.

A server starting on a long log holds the stored text of each event and frames it the first time
a stream asks for it (a client resuming from far back); a live event is framed as it is published.
"""

from __future__ import annotations

import json
from typing import Any

from companion.domain.entities import Participant
from companion.domain.permissions import may_read_statement
from companion.domain.visibility import Rule, redacted, restriction

from .sse import event_frame


class LoggedEvent:
    """An event with its SSE frame; ``private`` is the frame as viewers without the right (``rule``)
    to the owner's private part see it (domain/visibility.py)."""

    __slots__ = ("_text", "_key", "_envelope", "frame", "private", "owner", "rule")

    def __init__(self, text: str, key: bytes = b"", envelope: dict[str, Any] | None = None) -> None:
        self._text, self._key, self._envelope = text, key, envelope
        self.frame: bytes = b""
        self.private: bytes | None = None
        self.owner: str | None = None
        self.rule: Rule = may_read_statement

    @property
    def envelope(self) -> dict[str, Any]:
        if self._envelope is not None:
            return self._envelope
        return json.loads(self._text or self.frame.split(b"\ndata: ", 1)[1].decode())

    def frame_for(self, viewer: Participant) -> bytes:
        if not self.frame:
            self._encode()
        if self.private is None or self.rule(viewer, self.owner):
            return self.frame
        return self.private

    def _encode(self) -> None:
        envelope = self.envelope
        # The stored text is the envelope's compact JSON already: the frame's data line as it is.
        self.frame = f"id: {envelope['seq']}\nevent: {envelope['type']}\ndata: {self._text}\n\n".encode()
        found = restriction(envelope)
        if found is not None:
            self.owner, self.rule = found
            self.private = event_frame(redacted(envelope, self._key))
        self._envelope, self._text = None, ""  # framed: the bytes are what is kept

