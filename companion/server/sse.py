"""Server-Sent Events framing. Each event is encoded once and the bytes shared by every stream."""

from __future__ import annotations

import json
from typing import Any

KEEPALIVE = b": keep-alive\n\n"


def dumps(value: Any) -> str:
    """Compact JSON on one line (an SSE data line must not contain a newline)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def event_frame(envelope: dict[str, Any]) -> bytes:
    return f"id: {envelope['seq']}\nevent: {envelope['type']}\ndata: {dumps(envelope)}\n\n".encode()


def control_frame(kind: str, data: dict[str, Any], retry_ms: int | None = None) -> bytes:
    """A frame outside the event log (no id), e.g. ``hello`` with the log's epoch and seq."""
    retry = f"retry: {retry_ms}\n" if retry_ms else ""
    return f"{retry}event: {kind}\ndata: {dumps(data)}\n\n".encode()
