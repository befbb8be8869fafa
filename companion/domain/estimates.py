"""When will a waiting request be called? An estimate from the limits and the clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from . import speaking_clock
from .speaker_queue import expected_seconds
from .state import MeetingState


def estimated_calls(state: MeetingState, item_id: str, now: datetime) -> dict[str, datetime]:
    """Estimated call time of each waiting request of an item.

    Counts the current speaker's remaining time (none once overrun) and, for each
    request ahead, what it asked for capped by its speaking limit. Before the item
    starts, the estimate starts at the item's start.
    """
    item = state.items[item_id]
    at = max(now, item.start)
    floor = state.floor
    if floor and floor.item_id == item_id:
        at = now + timedelta(seconds=max(0.0, speaking_clock.remaining(floor, now)))
    result: dict[str, datetime] = {}
    for request in state.queue(item_id):
        result[request.id] = at
        participant = state.participants.get(request.participant_id)
        at += timedelta(seconds=expected_seconds(item, request, participant))
    return result


def place_in_queue(state: MeetingState, request_id: str) -> int | None:
    """1-based place of a waiting request in its item's queue, or None if not waiting."""
    request = state.requests.get(request_id)
    if request is None:
        return None
    queue = state.queues.get(request.item_id, ())
    return queue.index(request_id) + 1 if request_id in queue else None
