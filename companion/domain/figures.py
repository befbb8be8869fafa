"""The figures a chair wants at a glance for one item: who waits, who has spoken."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .speaker_queue import speaks_as_member_state
from .standing import gender_label
from .state import MeetingState
from .vocabulary import Attendance, RequestStatus


@dataclass(frozen=True)
class ItemFigures:
    waiting: int
    onsite: int
    remote: int
    member_states: int
    others: int
    languages: tuple[tuple[str, int], ...]
    spoken: int
    spoken_by_gender: tuple[tuple[str, int], ...]


def item_figures(state: MeetingState, item_id: str) -> ItemFigures:
    waiting = state.queue(item_id)
    spoken = [r for r in state.requests_of(item_id) if r.status == RequestStatus.DONE]

    where = Counter(r.attendance for r in waiting)
    members = sum(1 for r in waiting if speaks_as_member_state(r, state.participants.get(r.participant_id)))
    genders = Counter(
        gender_label(state.participants[r.participant_id].gender)
        for r in spoken
        if r.participant_id in state.participants
    )
    return ItemFigures(
        waiting=len(waiting),
        onsite=where[Attendance.ONSITE],
        remote=where[Attendance.REMOTE],
        member_states=members,
        others=len(waiting) - members,
        languages=tuple(Counter(r.language for r in waiting).most_common()),
        spoken=len(spoken),
        spoken_by_gender=tuple(sorted(genders.items())),
    )
