"""What the room may see: the public view of a meeting, for the room display, webcast and followers.

Derived from the state alone, as plain JSON-ready data. It names speakers by name and delegation
only: never a statement text, gender, listening channel, code or participant id.
"""

from __future__ import annotations

from typing import Any

from . import speaking_clock
from .codec import to_plain
from .content_language import localized
from .display import text_in
from .entities import AgendaItem, FloorRequest, SpeakingClock
from .state import MeetingState


def public_view(state: MeetingState) -> dict[str, Any]:
    """The public view of *state*; equal states give equal views (so unchanged views need no resend)."""
    meeting = state.meeting
    item = shown_item(state)
    floor = state.floor if state.floor and item and state.floor.item_id == item.id else None
    return {
        "seq": state.seq,
        "meeting": {
            "id": meeting.id,
            "title": meeting.title,
            "time_zone": meeting.time_zone,
            "languages": list(meeting.languages),
        },
        "item": _item(item, meeting.languages) if item else None,
        "speaker": _speaker(state, state.requests[floor.request_id], floor) if floor else None,
        "waiting": [_speaker(state, r) for r in state.queue(item.id)] if item else [],
        "next_speakers": state.display.next_speakers,
        "message": _texts(state.display.message, meeting.languages),
        "countdown": _countdown(state),
    }


def shown_item(state: MeetingState) -> AgendaItem | None:
    """The item the room is on: the one whose speaker has the floor, else the live one; never an
    item kept off the public agenda."""
    item = state.items.get(state.floor.item_id) if state.floor else None
    item = item or state.live_item()
    return item if item is not None and item.public else None


def _item(item: AgendaItem, languages: tuple[str, ...]) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": {code: localized(item, code).title for code in languages},
        "kind": item.kind.value,
        "start": to_plain(item.start),
        "end": to_plain(item.end),
        "list_state": item.list_state.value,
    }


def _speaker(state: MeetingState, request: FloorRequest, floor: SpeakingClock | None = None):
    who = state.participants.get(request.participant_id)
    entry = {
        "name": who.name if who else "",
        "delegation": who.delegation if who else "",
        "delegation_kind": who.delegation_kind.value if who else "",
        "on_behalf_of": request.on_behalf_of or "",
        "kind": request.kind.value,
        "attendance": request.attendance.value,
        "language": request.language,
    }
    if floor is not None:
        entry["clock"] = _clock(floor)
    return entry


def _clock(floor: SpeakingClock) -> dict[str, Any]:
    """The clock as of its last change; pages count on from ``running_since`` with the domain's
    thresholds: warning from ``warning_after`` seconds spoken, overrun past ``limit``."""
    return {
        "limit": floor.limit_seconds,
        "spoken": floor.accumulated,
        "running_since": to_plain(floor.running_since),
        "warning_after": speaking_clock.warning_from(floor),
    }


def _texts(texts, languages: tuple[str, ...]) -> dict[str, str]:
    """Every meeting language's text (falling back to another language's) when any is set."""
    if not texts:
        return {}
    return {code: text_in(texts, code, languages) for code in languages}


def _countdown(state: MeetingState) -> dict[str, Any] | None:
    display, languages = state.display, state.meeting.languages
    if display.countdown_ends is None:
        return None
    return {"ends_at": to_plain(display.countdown_ends), "label": _texts(display.countdown_label, languages)}
