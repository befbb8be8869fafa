"""The whole meeting state as plain data (the snapshot the server sends, the cache a client keeps)."""

from __future__ import annotations

from typing import Any

from .codec import from_plain, to_plain
from .display import RoomDisplay
from .entities import (
    AgendaItem,
    BoothShift,
    FloorRequest,
    Meeting,
    Participant,
    SlowDown,
    SpeakingClock,
)
from .state import MeetingState


def state_to_plain(state: MeetingState) -> dict[str, Any]:
    """JSON-ready form of a state; ``state_from_plain`` reads it back to an equal state."""
    return {
        "seq": state.seq,
        "meeting": to_plain(state.meeting),
        "items": [to_plain(i) for i in state.items.values()],
        "participants": [to_plain(p) for p in state.participants.values()],
        "requests": [to_plain(r) for r in state.requests.values()],
        "queues": {k: list(v) for k, v in state.queues.items()},
        "manual_order": sorted(state.manual_order),
        "floor": to_plain(state.floor),
        "channels": dict(state.channels),
        "shifts": [to_plain(s) for s in state.shifts],
        "slow_downs": [to_plain(s) for s in state.slow_downs],
        "display": to_plain(state.display),
    }


def state_from_plain(data: dict[str, Any]) -> MeetingState:
    """Read a snapshot; raises ValueError if it is malformed."""
    try:
        return MeetingState(
            seq=int(data["seq"]),
            meeting=from_plain(Meeting, data["meeting"]) if data["meeting"] else None,
            items=_by_id(AgendaItem, data["items"]),
            participants=_by_id(Participant, data["participants"]),
            requests=_by_id(FloorRequest, data["requests"]),
            queues={k: tuple(v) for k, v in data["queues"].items()},
            manual_order=frozenset(data["manual_order"]),
            floor=from_plain(SpeakingClock, data["floor"]) if data["floor"] else None,
            channels=dict(data["channels"]),
            shifts=tuple(from_plain(BoothShift, s) for s in data["shifts"]),
            slow_downs=tuple(from_plain(SlowDown, s) for s in data["slow_downs"]),
            display=from_plain(RoomDisplay, data["display"]) if data.get("display") else RoomDisplay(),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed meeting snapshot: {exc!r}") from exc


def _by_id(cls, rows) -> dict[str, Any]:
    entities = (from_plain(cls, row) for row in rows)
    return {e.id: e for e in entities}
