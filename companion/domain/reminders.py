"""Which starred agenda items are about to start: the "my agenda" reminder."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from .entities import AgendaItem
from .state import MeetingState
from .vocabulary import ItemStatus

#: How long before a starred item starts the app reminds the user.
REMINDER_LEAD = timedelta(minutes=10)

_NOT_COMING = frozenset({ItemStatus.DONE, ItemStatus.POSTPONED, ItemStatus.LIVE})


def due_reminders(
    state: MeetingState,
    starred: Iterable[str],
    now: datetime,
    already: Iterable[str] = (),
    lead: timedelta = REMINDER_LEAD,
) -> list[AgendaItem]:
    """Starred items starting within *lead* of *now* that were not yet reminded, soonest first.

    Items already live, done or postponed need no reminder; a moved item is reminded of at its new
    start, which is why the caller keys *already* by item id and start.
    """
    seen = set(already)
    due = [
        item
        for item_id in starred
        if (item := state.items.get(item_id)) is not None
        and item.status not in _NOT_COMING
        and reminder_key(item) not in seen
        and item.start - lead <= now < item.start
    ]
    return sorted(due, key=lambda item: item.start)


def reminder_key(item: AgendaItem) -> str:
    """Identifies one reminder: the same item moved to a new time is reminded of again."""
    return f"{item.id}@{item.start.isoformat()}"
