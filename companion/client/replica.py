"""The client's copy of the meeting: applied with the domain reducer, guarded for threads, cached."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from companion.domain import Event, MeetingState, apply
from companion.domain.snapshot import state_from_plain

from .errors import Problem, ServerTrouble
from .state_cache import StateCache

#: Seconds between cache writes while events stream in (and once more at stop): the cache only
#: has to bring a restart close to now; the stream brings the rest.
CACHE_EVERY = 10.0


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
        self._saved = 0.0
        self._dirty = False

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
        self._on_change(cached.state)
        return True

    def forget(self) -> None:
        """Drop state and cache (another participant signs in here, or the user signs out)."""
        with self._lock:
            self.state, self.epoch, self.me = None, "", ""
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
            self._touch()
        self.save(force=True)
        self._on_change(state)

    def receive(self, envelopes: Iterable[dict[str, Any]], *, strict: bool) -> bool:
        """Apply events in order, skipping ones already applied.

        With *strict*, a missing event raises Gap (the stream must resync); otherwise
        (answers to our own commands, which may overtake the stream) the rest is left
        for the stream to deliver. Returns whether anything changed.
        """
        with self._lock:
            state = start = self.state
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
                        self._commit(state)
                        raise Gap(f"expected event {state.seq + 1}, got {event.seq}")
                    break
                try:
                    state = apply(state, event)
                except (KeyError, ValueError, TypeError, AttributeError):
                    raise ServerTrouble(
                        "The server sent an event that does not fit this meeting.", Problem.MISFIT_EVENT
                    ) from None
            changed = state is not start
            if changed:
                self._commit(state)
        if changed:
            self._on_change(state)
            self.save()
        return changed

    def _commit(self, state: MeetingState) -> None:
        self.state = state
        self._touch()

    def _touch(self) -> None:
        self.as_of = datetime.now(UTC)
        self._dirty = True

    def mark_current(self) -> None:
        """The server just confirmed we are up to date (stream opened)."""
        with self._lock:
            self.as_of = datetime.now(UTC)

    def save(self, force: bool = False) -> None:
        """Write the cache, at most every few seconds unless forced."""
        if not (self._dirty and (force or time.monotonic() - self._saved >= CACHE_EVERY)):
            return
        with self._lock:
            state, epoch, me, as_of = self.state, self.epoch, self.me, self.as_of
            self._dirty = False
        self._saved = time.monotonic()
        if state is not None:
            self._cache.save(state, epoch, me, as_of)
