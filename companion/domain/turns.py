"""When a delegate's place and estimated time mean something, and when "you are next" may be said.

A place on a list that is open, or on the item in session, is a real place; an estimated time is
only an estimate while the item is live (before that, the item may start late, be moved, or run
long, and "you are next" would fire for an item hours away).
"""

from __future__ import annotations

from .entities import AgendaItem, FloorRequest
from .estimates import place_in_queue
from .state import MeetingState
from .vocabulary import ItemStatus, ListState, RequestStatus


def shows_place(item: AgendaItem) -> bool:
    """True when a waiting request's place on this item is worth showing (not on an item over)."""
    if item.over:
        return False
    return item.status == ItemStatus.LIVE or item.list_state == ListState.OPEN


def shows_estimate(item: AgendaItem) -> bool:
    """True when the estimated time of a call on this item is worth showing."""
    return item.status == ItemStatus.LIVE


def turn(state: MeetingState, request: FloorRequest) -> int | None:
    """0 when *request* has the floor, 1 when it is next on the live item; None otherwise."""
    if request.status == RequestStatus.SPEAKING:
        return 0
    item = state.items.get(request.item_id)
    if item is None or not shows_estimate(item):
        return None
    return 1 if place_in_queue(state, request.id) == 1 else None
