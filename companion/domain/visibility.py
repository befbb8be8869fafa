"""What each viewer may see (least privilege), in snapshots and on streams.

- Statement texts: interpreters, chair, secretariat and their author (``may_read_statement``).
- Personal data — a participant's gender, e-mail and listening channel: chair, secretariat and the
  participant (``may_see_personal``). Others see name, delegation and role; a listening channel
  shows under a pseudonym (keyed per meeting by the server's secret), so counts per channel stay
  right without saying who listens to what.

An event carries at most one such private part; ``restriction`` names its owner and the rule,
``redacted`` is the event as everyone else sees it. Streams can never skip an event (the log is
gapless), so private parts are blanked, never dropped.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .entities import Participant
from .permissions import may_read_statement, may_see_personal, sees_all_personal_data
from .state import MeetingState

Rule = Callable[[Participant, str], bool]

#: Events that register or change a participant: gender and e-mail are personal data.
PARTICIPANT_EVENTS = ("participant.added", "participant.updated")
#: Events that may carry a statement text: only its readers (``may_read_statement``) see it.
STATEMENT_EVENTS = ("floor.requested", "floor.revised")


def pseudonym(participant_id: str, key: bytes) -> str:
    """A stable stand-in for a participant id that only the key's holder can link back."""
    return "anon-" + hmac.new(key, participant_id.encode(), hashlib.sha256).hexdigest()[:16]


def private_owner(envelope: dict[str, Any]) -> str | None:
    """The participant whose statement text this event carries, or None if it carries none."""
    if envelope["type"] == "floor.revised":  # a statement replaced in place (statement_commands)
        data = envelope["data"]
        return data["participant_id"] if data.get("text") else None
    if envelope["type"] != "floor.requested":
        return None
    request = envelope["data"]["request"]
    return request["participant_id"] if request.get("text") else None


def restriction(envelope: dict[str, Any]) -> tuple[str, Rule] | None:
    """(owner, rule) when the event holds something only some viewers may see, else None."""
    kind, data = envelope["type"], envelope["data"]
    if kind in STATEMENT_EVENTS:
        owner = private_owner(envelope)
        return (owner, may_read_statement) if owner else None
    if kind in PARTICIPANT_EVENTS and _has_personal(data["participant"]):
        return data["participant"]["id"], may_see_personal
    if kind == "channel.chosen":
        return data["participant_id"], may_see_personal
    return None


def _has_personal(person: dict[str, Any]) -> bool:
    return person.get("gender") is not None or bool(person.get("email"))


def redacted(envelope: dict[str, Any], key: bytes = b"") -> dict[str, Any]:
    """The event as a viewer without the right sees it: the private part blanked."""
    kind, data = envelope["type"], envelope["data"]
    if kind in PARTICIPANT_EVENTS:
        person = {**data["participant"], "gender": None, "email": ""}
        return {**envelope, "data": {**data, "participant": person}}
    if kind == "channel.chosen":
        anonymous = pseudonym(data["participant_id"], key)
        return {**envelope, "actor": None, "data": {**data, "participant_id": anonymous}}
    if kind == "floor.revised":
        return {**envelope, "data": {**data, "text": None}}  # ``has_text`` still says there is one
    request = {**data["request"], "text": None}  # floor.requested: ``has_text`` still says there is one
    return {**envelope, "data": {**data, "request": request}}


def visible_envelope(envelope: dict[str, Any], viewer: Participant, key: bytes = b"") -> dict[str, Any]:
    """The event as *viewer* may see it."""
    found = restriction(envelope)
    if found is None or found[1](viewer, found[0]):
        return envelope
    return redacted(envelope, key)


def visible_state(state: MeetingState, viewer: Participant, key: bytes = b"") -> MeetingState:
    """The state as *viewer* may see it."""
    hidden = {
        rid: replace(r, text=None)
        for rid, r in state.requests.items()
        if r.text and not may_read_statement(viewer, r.participant_id)
    }
    if hidden:
        state = replace(state, requests={**state.requests, **hidden})
    if sees_all_personal_data(viewer):
        return state
    people = {
        pid: p if pid == viewer.id or not (p.gender or p.email) else replace(p, gender=None, email="")
        for pid, p in state.participants.items()
    }
    channels = {
        pid if pid == viewer.id else pseudonym(pid, key): channel for pid, channel in state.channels.items()
    }
    return replace(state, participants=people, channels=channels)
