"""Reading what a client sends before the rules see it: the JSON body, the idempotency key, the
stream position. Each kind of bad input is a 4xx with its code, never a 500."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from starlette.requests import Request

from companion.domain import CommandRefused
from companion.domain.limits import check_shape

from .http_errors import ApiError

#: An event number as a client may send it: ASCII digits, at most 20 (bigger than any log).
_POSITION = re.compile(r"[0-9]{1,20}")
MAX_KEY_CHARS = 200


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN and Infinity: Python accepts them, JSON does not


async def read_command(request: Request) -> Any:
    """The command in the body, parsed and checked for shape (nesting, characters)."""
    raw = await request.body()
    try:
        command = json.loads(raw, parse_constant=_no_constants)
    except RecursionError:
        raise ApiError(422, "too_deep", "The command nests too deeply.") from None
    except (ValueError, UnicodeDecodeError):
        raise ApiError(422, "malformed_json", "The request body is not valid JSON.") from None
    try:
        check_shape(command)
    except CommandRefused as refused:
        raise ApiError(422, refused.code, refused.message) from None
    return command


def idempotency_key(header: str | None) -> str | None:
    """The key as sent, or None when absent; an empty or oversized key is refused, never ignored."""
    if header is None:
        return None
    key = header.strip()
    if not key or len(key) > MAX_KEY_CHARS or not key.isascii() or not key.isprintable():
        raise ApiError(
            422,
            "invalid_idempotency_key",
            f"Idempotency-Key must be 1–{MAX_KEY_CHARS} printable ASCII characters.",
        )
    return key


def stream_position(after: str | None, last_event_id: str | None) -> int:
    """Where a stream resumes: ``Last-Event-ID`` wins over ``?after=``; both ASCII digits only."""
    chosen = last_event_id if last_event_id is not None else after
    if chosen is None:
        return 0
    chosen = chosen.strip()
    if not _POSITION.fullmatch(chosen):
        raise ApiError(
            400, "invalid_last_event_id", "Last-Event-ID and after must be an event number (digits only)."
        )
    return int(chosen)


def canonical_fingerprint(command: Any) -> str:
    """The same command with its keys in any order has the same fingerprint; any text is safe here."""
    text = json.dumps(command, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()
