"""One meeting on the server: its state, its event log, and the streams listening to it."""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from companion.domain import Event, Invalid, MeetingState, apply, execute
from companion.domain.entities import Participant
from companion.domain.permissions import may_read_statement
from companion.domain.visibility import private_owner, redacted, visible_envelope

from .sse import dumps, event_frame
from .storage import Idempotency, SeqTaken, Storage

#: Frames a slow stream may fall behind before it is dropped (it then resumes by Last-Event-ID).
STREAM_BACKLOG_LIMIT = 2000


@dataclass(frozen=True)
class LoggedEvent:
    """An event with its SSE frame encoded once; ``private`` is the frame without the statement text."""

    envelope: dict[str, Any]
    frame: bytes
    private: bytes | None = None
    owner: str | None = None

    def frame_for(self, viewer: Participant) -> bytes:
        if self.private is None or may_read_statement(viewer, self.owner):
            return self.frame
        return self.private

    @classmethod
    def of(cls, envelope: dict[str, Any]) -> LoggedEvent:
        owner = private_owner(envelope)
        private = event_frame(redacted(envelope)) if owner else None
        return cls(envelope, event_frame(envelope), private, owner)


class Subscriber:
    """One open stream's mailbox: frames wait in a list; one future wakes the stream's writer.

    Lighter than an ``asyncio.Queue``: with thousands of streams, an event costs each one an
    append and, only if its writer sleeps, one wake-up.
    """

    __slots__ = ("viewer", "frames", "closed", "_waiter")

    def __init__(self, viewer: Participant) -> None:
        self.viewer = viewer
        self.frames: list[bytes] = []
        self.closed = False
        self._waiter: asyncio.Future | None = None

    def offer(self, frame: bytes) -> bool:
        """Queue a frame; False when the stream has fallen too far behind (or is closed)."""
        if self.closed or len(self.frames) >= STREAM_BACKLOG_LIMIT:
            return False
        self.frames.append(frame)
        self._wake()
        return True

    def close(self) -> None:
        """End the stream once what is queued is written (it will reconnect and resume)."""
        self.closed = True
        self._wake()

    async def take(self) -> list[bytes] | None:
        """Everything queued, waiting for at least one frame; None once closed and drained."""
        while not self.frames:
            if self.closed:
                return None
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        frames, self.frames = self.frames, []
        return frames

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)


class MeetingRoom:
    """Serialises commands for one meeting and fans their events out to every stream."""

    def __init__(self, meeting_id: str, storage: Storage) -> None:
        self.meeting_id = meeting_id
        self.storage = storage
        self.state = MeetingState()
        self.log: list[LoggedEvent] = []
        self.subscribers: set[Subscriber] = set()
        self.lock = asyncio.Lock()
        self.epoch = ""

    # --- the log -------------------------------------------------------------

    def catch_up(self) -> None:
        """Read events another writer (the CLI, another replica) appended. Blocking: for start-up."""
        self.absorb(self.storage.events_after(self.meeting_id, self.state.seq))

    async def catch_up_async(self) -> None:
        """Like ``catch_up``, reading the database off the event loop."""
        self.absorb(await asyncio.to_thread(self.storage.events_after, self.meeting_id, self.state.seq))

    def absorb(self, texts: list[str]) -> None:
        """Apply and publish stored envelopes that follow the current state."""
        fresh = [json.loads(t) for t in texts]
        fresh = [env for env in fresh if env["seq"] > self.state.seq]
        self._publish([self._append_local(env) for env in fresh])
        if self.log and not self.epoch:
            # Identifies this log: a client holding seq numbers of another log must start afresh.
            self.epoch = hashlib.sha1(dumps(self.log[0].envelope).encode()).hexdigest()[:16]

    def _append_local(self, envelope: dict[str, Any]) -> LoggedEvent:
        self.state = apply(self.state, Event.from_envelope(envelope))
        logged = LoggedEvent.of(envelope)
        self.log.append(logged)
        return logged

    def _publish(self, logged: list[LoggedEvent]) -> None:
        for sub in list(self.subscribers):
            for event in logged:
                if not sub.offer(event.frame_for(sub.viewer)):
                    self.drop(sub)
                    break

    # --- streams -------------------------------------------------------------

    def subscribe(self, viewer: Participant, after: int) -> tuple[list[bytes], Subscriber]:
        """The frames after *after*, and a subscription for everything later. No gap, no overlap."""
        backlog = [e.frame_for(viewer) for e in self.log[max(0, after) :]]
        sub = Subscriber(viewer)
        self.subscribers.add(sub)
        return backlog, sub

    def unsubscribe(self, sub: Subscriber) -> None:
        self.subscribers.discard(sub)

    def drop(self, sub: Subscriber) -> None:
        """End a stream (it will reconnect and resume from its last event id)."""
        self.subscribers.discard(sub)
        sub.frames.clear()  # a stream too far behind resumes from the log instead
        sub.close()

    def broadcast(self, frame: bytes) -> None:
        for sub in list(self.subscribers):
            sub.offer(frame)

    # --- commands ------------------------------------------------------------

    async def run(self, actor: Participant, command: Any, key: str | None) -> dict[str, Any]:
        """Decide, store durably, then publish. Raises CommandRefused; a repeated key replays."""
        fingerprint = hashlib.sha256(dumps(command).encode()).hexdigest()
        async with self.lock:
            if key:
                earlier = await asyncio.to_thread(self.storage.answered, self.meeting_id, actor.id, key)
                if earlier:
                    return _replayed(earlier, fingerprint)
            while True:
                now = datetime.now(UTC)
                state, events = execute(self.state, command, actor, now)
                envelopes = [e.envelope() for e in events]
                answer = {"seq": state.seq, "events": [visible_envelope(e, actor) for e in envelopes]}
                record = Idempotency(actor.id, key, fingerprint, dumps(answer)) if key else None
                if not envelopes:  # nothing to change (an import of the same schedule)
                    return answer
                try:
                    await asyncio.to_thread(self._store, envelopes, record)
                    break
                except SeqTaken:
                    await self.catch_up_async()
            self._publish([self._append_local(env) for env in envelopes])
            return answer

    def _store(self, envelopes: list[dict[str, Any]], record: Idempotency | None) -> None:
        texts = [dumps(e) for e in envelopes]
        self.storage.append(self.meeting_id, envelopes[0]["seq"], texts, idempotency=record)


def _replayed(earlier: Idempotency, fingerprint: str) -> dict[str, Any]:
    if earlier.fingerprint != fingerprint:
        raise Invalid("idempotency_key_reused", "This Idempotency-Key was already used for another command.")
    return json.loads(earlier.answer)
