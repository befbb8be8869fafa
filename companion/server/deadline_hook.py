"""The server's one timer for the meeting's rules: lists of speakers close at their deadline.

Every few seconds each room is asked which open lists have passed their deadline; each is closed
with an ordinary command, recorded without a participant as actor. The idempotency key names the
item and its deadline, so replicas racing to close the same list record it once.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from companion.domain import CommandRefused
from companion.domain.entities import Participant
from companion.domain.instants import to_iso
from companion.domain.list_deadline import lists_due
from companion.domain.vocabulary import Role

from .hub import Hub

log = logging.getLogger(__name__)

#: How often deadlines are looked at: a list closes at most this late.
EVERY_SECONDS = 1.0
#: The server acting on its own clock (never a signed-in participant).
SERVER = Participant(id="server", name="Meeting server", role=Role.SECRETARIAT)


async def close_due_lists(hub: Hub, now: datetime | None = None) -> int:
    """Close every list whose deadline has passed; returns how many were closed now."""
    now = now or datetime.now(UTC)
    closed = 0
    for room in list(hub.rooms.values()):
        for item_id in lists_due(room.state, now):
            deadline = room.state.items[item_id].list_deadline
            command = {"type": "list.close_by_deadline", "item_id": item_id}
            try:
                await room.run(SERVER, command, f"deadline:{item_id}:{to_iso(deadline)}")
                closed += 1
            except CommandRefused as exc:  # closed meanwhile (by the chair, or another replica)
                log.info("list of %s not closed at its deadline: %s", item_id, exc)
    return closed


async def close_lists_at_deadlines(hub: Hub, every: float = EVERY_SECONDS) -> None:
    """Run for the server's lifetime (a task started by the app's lifespan)."""
    while True:
        await asyncio.sleep(every)
        try:
            await close_due_lists(hub)
        except Exception:  # a failing round must not end the timer; the next round retries
            log.exception("closing lists at their deadline failed")
