"""What each viewer may see: statement texts stay with interpreters, chair and their author."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .entities import Participant
from .permissions import may_read_statement
from .state import MeetingState

#: Events that register a participant: their e-mail address is private like a statement text.
PARTICIPANT_EVENTS = ("participant.added", "participant.updated")


def private_owner(envelope: dict[str, Any]) -> str | None:
    """The participant whose private data (statement text, e-mail) this event carries, or None."""
    if envelope["type"] in PARTICIPANT_EVENTS:
        person = envelope["data"]["participant"]
        return person["id"] if person.get("email") else None
    if envelope["type"] != "floor.requested":
        return None
    request = envelope["data"]["request"]
    return request["participant_id"] if request.get("text") else None


def redacted(envelope: dict[str, Any]) -> dict[str, Any]:
    """The same event without the statement text (``has_text`` still says there is one) or e-mail."""
    if envelope["type"] in PARTICIPANT_EVENTS:
        person = {**envelope["data"]["participant"], "email": ""}
        return {**envelope, "data": {**envelope["data"], "participant": person}}
    request = {**envelope["data"]["request"], "text": None}
    return {**envelope, "data": {**envelope["data"], "request": request}}


def visible_envelope(envelope: dict[str, Any], viewer: Participant) -> dict[str, Any]:
    owner = private_owner(envelope)
    if owner is None or may_read_statement(viewer, owner):
        return envelope
    return redacted(envelope)


def visible_state(state: MeetingState, viewer: Participant) -> MeetingState:
    """The state as *viewer* may see it."""
    hidden = {
        rid: replace(r, text=None)
        for rid, r in state.requests.items()
        if r.text and not may_read_statement(viewer, r.participant_id)
    }
    if hidden:
        state = replace(state, requests={**state.requests, **hidden})
    unlisted = {
        pid: replace(p, email="")
        for pid, p in state.participants.items()
        if p.email and not may_read_statement(viewer, pid)
    }
    return replace(state, participants={**state.participants, **unlisted}) if unlisted else state
