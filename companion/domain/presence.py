"""Who is really there: whether a speaker's app holds its event stream now, was last connected N
minutes ago, or was never seen. The server reports what its streams show (``seen_from_plain`` reads
its answer); this module says what it means for one request, the clock passed in.

Presence is not part of the meeting's record: it changes with every network blip, is not an
event, and only the chair and the secretariat read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .instants import parse_instant


class Presence(StrEnum):
    """A speaker's app, as the chair sees it before calling them."""

    CONNECTED = "connected"
    AWAY = "away"  # was connected; not now
    NEVER = "never"  # not seen since the server started (never signed in, as far as it knows)


@dataclass(frozen=True)
class Seen:
    """The server's report: who holds a stream now, and when the others' last stream ended."""

    as_of: datetime | None = None
    connected: frozenset[str] = frozenset()
    left_at: Mapping[str, datetime] = field(default_factory=dict)


def seen_from_plain(plain: Mapping) -> Seen:
    """The server's presence answer read back; raises ValueError when it is not one."""
    try:
        connected = frozenset(str(p) for p in plain["connected"])
        left_at = {str(p): parse_instant(t) for p, t in dict(plain["left_at"]).items()}
        return Seen(parse_instant(plain["as_of"]), connected, left_at)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a presence report: {exc}") from None


def presence_of(seen: Seen, participant_id: str, now: datetime) -> tuple[Presence, int]:
    """(presence, whole minutes since the app was last connected: 0 unless AWAY)."""
    if participant_id in seen.connected:
        return Presence.CONNECTED, 0
    left = seen.left_at.get(participant_id)
    if left is None:
        return Presence.NEVER, 0
    return Presence.AWAY, max(0, int((now - left).total_seconds() // 60))
