"""Time spoken on an item per delegation and per declared group: what a chair weighs a list by.

A statement made on behalf of a group counts for the group, not for the delegation that
made it (WIPO: the coordinator speaks for the African Group); everything else counts for the
speaker's delegation (a person without one counts as themselves). The one on the floor counts
with the seconds spoken so far; the clock is passed in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from . import speaking_clock
from .entities import FloorRequest
from .speaker_queue import speaker_key
from .state import MeetingState


@dataclass(frozen=True)
class TimeSpoken:
    """Seconds spoken on an item, most first (then by name)."""

    by_delegation: tuple[tuple[str, int], ...]
    by_group: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(s for _, s in self.by_delegation) + sum(s for _, s in self.by_group)


def _seconds(request: FloorRequest, state: MeetingState, now: datetime) -> int:
    floor = state.floor
    if floor is not None and floor.request_id == request.id:
        return round(speaking_clock.elapsed(floor, now))
    if floor is not None and floor.interrupted_id == request.id:  # waiting for a question to end
        return round(floor.interrupted_spoken)
    return request.spoken_seconds


def time_spoken(state: MeetingState, item_id: str, now: datetime) -> TimeSpoken:
    """Who has spoken how long on *item_id* at *now*: per delegation, and per group spoken for."""
    delegations: dict[str, int] = defaultdict(int)
    groups: dict[str, int] = defaultdict(int)
    for request in state.requests.values():
        if request.item_id != item_id:
            continue
        seconds = _seconds(request, state, now)
        if seconds <= 0:
            continue
        if request.on_behalf_of:
            groups[request.on_behalf_of] += seconds
        else:
            participant = state.participants.get(request.participant_id)
            delegations[speaker_key(participant, request.participant_id)] += seconds
    return TimeSpoken(_most_first(delegations), _most_first(groups))


def _most_first(seconds: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(seconds.items(), key=lambda kv: (-kv[1], kv[0])))
