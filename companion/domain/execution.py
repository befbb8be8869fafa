"""Run a command against a state: decide, number the events, apply them. Pure."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .commands import decide
from .drafts import Context
from .entities import Participant
from .events import Event
from .reducer import apply
from .state import MeetingState


def execute(
    state: MeetingState, command: Any, actor: Participant, now: datetime
) -> tuple[MeetingState, list[Event]]:
    """The new state and the numbered events of a command; raises CommandRefused."""
    drafts = decide(state, command, Context(actor=actor, now=now, next_seq=state.seq + 1))
    events = []
    for draft in drafts:
        actor_id = None if draft.anonymous else actor.id
        event = Event(state.seq + 1, draft.type, now, actor_id, draft.data, draft.decoded)
        state = apply(state, event)
        events.append(event)
    return state, events


def record(state: MeetingState, kind: str, data: dict, now: datetime) -> tuple[MeetingState, Event]:
    """A system event (meeting created, participant added) that no participant commands."""
    event = Event(state.seq + 1, kind, now, None, data)
    return apply(state, event), event
