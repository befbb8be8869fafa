"""Follow other writers: the CLI on the same SQLite file, other replicas on the same PostgreSQL.

One thread waits on the store (``Storage.wait_for_change``: PostgreSQL's LISTEN, SQLite's
``data_version``) and wakes the event loop; there the rooms read what was appended and publish it
to their streams, exactly as if this process had written it. Notices only say where to look; the
log carries the data, so a lost or merged notice costs nothing but a read.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable, Iterable

from .room import MeetingRoom
from .storage import Change, Storage

log = logging.getLogger(__name__)

#: Seconds one wait on the store lasts before it is asked again (also how soon the thread stops).
WAIT_S = 1.0


class Follower:
    """Brings the rooms up to date whenever the store reports another writer's append."""

    def __init__(
        self,
        storage: Storage,
        rooms: dict[str, MeetingRoom],
        find_meetings: Callable[[], Awaitable[None]],
    ) -> None:
        self._storage, self._rooms, self._find_meetings = storage, rooms, find_meetings
        self._heard: list[Change] = []
        self._stop = threading.Event()

    def stop(self) -> None:
        """Let the waiting thread end (before the store closes under it)."""
        self._stop.set()

    async def run(self) -> None:
        """Follow until cancelled."""
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()
        threading.Thread(target=self._listen, args=(loop, wake), daemon=True, name="follower").start()
        try:
            while True:
                await wake.wait()
                wake.clear()
                heard, self._heard = self._heard, []
                try:
                    await self._catch_up(heard)
                except Exception:  # a busy or failing database: the next notice tries again
                    log.warning("could not read another writer's events", exc_info=True)
        finally:
            self._stop.set()

    def _listen(self, loop: asyncio.AbstractEventLoop, wake: asyncio.Event) -> None:
        while not self._stop.is_set():
            try:
                changes = self._storage.wait_for_change(WAIT_S)
            except Exception:
                if self._stop.wait(WAIT_S):
                    return
                log.warning("cannot wait for other writers", exc_info=True)
                continue
            if changes and not self._stop.is_set():
                try:
                    loop.call_soon_threadsafe(self._notice, changes, wake)
                except RuntimeError:  # the loop has ended
                    return

    def _notice(self, changes: list[Change], wake: asyncio.Event) -> None:
        self._heard.extend(changes)
        wake.set()

    async def _catch_up(self, heard: Iterable[Change]) -> None:
        everything = False
        behind: set[str] = set()
        for change in heard:
            if change.meeting_id is None or change.meeting_id not in self._rooms:
                everything = True
            elif change.seq > self._rooms[change.meeting_id].state.seq:
                behind.add(change.meeting_id)  # our own appends come back too: those cost nothing
        if everything:
            await self._find_meetings()
            behind = set(self._rooms)
        for meeting_id in sorted(behind):
            await self._rooms[meeting_id].catch_up_async()
