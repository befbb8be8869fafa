"""When will a waiting request be called? The list forecast's answer, per request."""

from __future__ import annotations

from datetime import datetime

from .list_forecast import forecast
from .state import MeetingState


def estimated_calls(state: MeetingState, item_id: str, now: datetime) -> dict[str, datetime]:
    """Estimated call time of each waiting request of an item (``list_forecast.forecast``'s calls).

    Counts the current speaker's remaining time (none once overrun) and, for each
    request ahead, its forecast length. Before the item is live, the estimate starts at
    the item's start.
    """
    return dict(forecast(state, item_id, now).calls)


def place_in_queue(state: MeetingState, request_id: str) -> int | None:
    """1-based place of a waiting request in its item's queue, or None if not waiting."""
    request = state.requests.get(request_id)
    if request is None:
        return None
    queue = state.queues.get(request.item_id, ())
    return queue.index(request_id) + 1 if request_id in queue else None
