"""The client's copy of the meeting: applied with the domain reducer, guarded for threads, cached."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from companion.domain import Event, MeetingState, apply
from companion.domain.snapshot import state_from_plain

from .errors import Problem, ServerTrouble
from .state_cache import StateCache

#: Events appended to the cache's log before the whole state is written again (as at stop): a
#: cached start replays at most these, some 25–50 ms for a meeting of 5,000 people.
REWRITE_AFTER = 1000


class Gap(Exception):
    """Events are missing between our state and what arrived: a fresh snapshot is needed."""


class Replica:
    """State, epoch and who we are. ``on_change`` is called (from the worker thread) after each change."""

    def __init__(self, cache: StateCache, on_change: Callable[[MeetingState], None]) -> None:
        self._lock = threading.Lock()
        self._cache = cache
        self._on_change = on_change
        self.state: MeetingState | None = None
        self.epoch = ""
        self.me = ""
        self.as_of: datetime | None = None
        self._logged = 0  # events in the cache's log and not in its state

    def load_cache(self) -> bool:
        cached = self._cache.load()
        if cached is None:
            return False
        with self._lock:
            self.state, self.epoch, self.me, self.as_of = (
                cached.state,
                cached.epoch,
                cached.me,
                cached.saved_at,
            )
            self._logged = cached.replayed
        self._on_change(cached.state)
        return True

    def forget(self) -> None:
        """Drop state and cache (another participant signs in here, or the user signs out)."""
        with self._lock:
            self.state, self.epoch, self.me = None, "", ""
            self._logged = 0
            self._cache.clear()

    @property
    def seq(self) -> int:
        return self.state.seq if self.state else 0

    def reset(self, snapshot: dict[str, Any]) -> None:
        """Replace the state with a server snapshot."""
        try:
            state = state_from_plain(snapshot)
            epoch, me = str(snapshot["epoch"]), str(snapshot["you"])
        except (ValueError, KeyError, TypeError):
            raise ServerTrouble(
                "The server sent a meeting state this app cannot read.", Problem.UNREADABLE_STATE
            ) from None
        with self._lock:
            self.state, self.epoch, self.me = state, epoch, me
            self.as_of = datetime.now(UTC)
            self._write_whole()
        self._on_change(state)

    def receive(self, envelopes: Iterable[dict[str, Any]], *, strict: bool) -> bool:
        """Apply events in order, skipping ones already applied.

        With *strict*, a missing event raises Gap (the stream must resync); otherwise
        (answers to our own commands, which may overtake the stream) the rest is left
        for the stream to deliver. Returns whether anything changed.
        """
        with self._lock:
            state, applied = self.state, []
            if state is None:  # an answer before any snapshot: the snapshot to come will hold it
                return False
            for envelope in envelopes:
                try:
                    event = Event.from_envelope(envelope)
                except (ValueError, TypeError):
                    raise ServerTrouble(
                        "The server sent an event this app cannot read.", Problem.UNREADABLE_EVENT
                    ) from None
                if event.seq <= state.seq:
                    continue
                if event.seq != state.seq + 1:
                    if strict:
                        self._commit(state, applied)
                        raise Gap(f"expected event {state.seq + 1}, got {event.seq}")
                    break
                try:
                    state = apply(state, event)
                except (KeyError, ValueError, TypeError, AttributeError):
                    raise ServerTrouble(
                        "The server sent an event that does not fit this meeting.", Problem.MISFIT_EVENT
                    ) from None
                applied.append(envelope)
            self._commit(state, applied)
        if applied:
            self._on_change(state)
        return bool(applied)

    def _commit(self, state: MeetingState, applied: list[dict[str, Any]]) -> None:
        """Take *state*, reached by the events *applied*, and keep them in the cache (lock held)."""
        if not applied:
            return
        self.state = state
        self.as_of = datetime.now(UTC)
        # Appending is the cheap path the stream takes; the whole state is rewritten only now and
        # then, so the GUI thread seldom waits for the GIL behind a 1.5 MB encoding.
        self._cache.append(applied, self.epoch, self.as_of)
        self._logged += len(applied)
        if self._logged >= REWRITE_AFTER:
            self._write_whole()

    def mark_current(self) -> None:
        """The server just confirmed we are up to date (stream opened)."""
        with self._lock:
            self.as_of = datetime.now(UTC)

    def save(self) -> None:
        """Write the whole state to the cache if its log holds events (at stop: a quick next start)."""
        with self._lock:
            if self._logged:
                self._write_whole()

    def _write_whole(self) -> None:
        # Under the lock, so that no event is appended to the log between the state taken here
        # and the log emptied after it.
        if self.state is not None:
            self._cache.save(self.state, self.epoch, self.me, self.as_of)
            self._logged = 0
