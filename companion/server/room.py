"""One meeting on the server: its state, its event log, and the streams listening to it."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from companion.domain import CommandRefused, Event, Invalid, MeetingState, apply, execute
from companion.domain.drafts import PreparedCommand
from companion.domain.entities import Participant
from companion.domain.visibility import visible_envelope

from .checkpoints import Checkpoint
from .command_input import canonical_fingerprint
from .logged_event import LoggedEvent
from .sse import dumps
from .storage import Idempotency, SeqTaken, Storage, StorageUnavailable
from .storage_calls import CATCH_UP_WAIT_S, bounded

#: Frames a slow stream may fall behind before it is dropped (it then resumes by Last-Event-ID).
STREAM_BACKLOG_LIMIT = 2000
#: How long a group of commands gathers before its commit; well under what a person notices.
GROUP_COMMIT_WINDOW_S = 0.003
#: Commands decided and waiting for their commit, at most: past it the database is not keeping up
#: (stalled), and a new command is answered 503 at once rather than queued behind the stall.
WRITE_QUEUE_LIMIT = 5000
#: Events closer than this make the room "busy".
BUSY_INTERVAL_S = 0.05


class Subscriber:
    """One open stream's mailbox: frames wait in a list; one future wakes the stream's writer.

    Lighter than an ``asyncio.Queue``: with thousands of streams, an event costs each one an
    append and, only if its writer sleeps, one wake-up. Cheaper still, when the writer sleeps with
    nothing queued and its connection offers ``write_now`` (send_buffer.py), the frames are written
    on the spot: one socket write, no wake-up; the writer wakes only for a connection that must wait.
    """

    __slots__ = ("viewer", "frames", "closed", "_waiter", "write_now")

    def __init__(self, viewer: Participant) -> None:
        self.viewer = viewer
        self.frames: list[bytes] = []
        self.closed = False
        self._waiter: asyncio.Future | None = None
        #: Writes bytes to the connection at once if it takes them without waiting, else says False.
        self.write_now: Callable[[bytes], bool] | None = None

    def offer(self, frame: bytes) -> bool:
        """Queue a frame; False when the stream has fallen too far behind (or is closed)."""
        return self.offer_all([frame])

    def offer_all(self, frames: list[bytes], at_once: bool = True) -> bool:
        """Queue *frames* in order, or write them now (*at_once*, the writer idle, nothing queued);
        False when the stream has fallen too far behind (or is closed)."""
        if self.closed or len(self.frames) >= STREAM_BACKLOG_LIMIT:
            return False
        # Nothing queued and the writer asleep: nothing can be overtaken.
        idle = at_once and self._waiter is not None and not self.frames and self.write_now is not None
        if idle and self.write_now(frames[0] if len(frames) == 1 else b"".join(frames)):
            return True
        self.frames += frames
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
        self._queue: list[_Entry] = []
        self._pending: MeetingState | None = None
        self._in_flight: dict[tuple[str, str], _Entry] = {}
        self._flusher: asyncio.Task | None = None
        #: True while events follow each other closely (streams then batch their writes).
        self.busy = False
        self._last_publish = 0.0
        self.epoch = ""
        #: Keys the pseudonyms of listening channels (set by the hub from the server's secret).
        self.listener_key = b""
        #: Held while the log grows, by a commit of ours or a catch-up with another writer's
        #: events: an event read back while our own commit lands must not be applied twice.
        self._log_lock = asyncio.Lock()
        #: A hash chain over the stored events (each link: the last one and the event's text), to
        #: tell whether this log still begins with the one recorded earlier (see log_heads.py).
        self.chain = b""
        #: The chain as it stood at ``watched_seq`` (set before the first catch-up).
        self.watched_seq, self.watched_chain = 0, b""

    @property
    def latest_state(self) -> MeetingState:
        """The state after every command decided so far (committed, or on its way to disk)."""
        return self._pending or self.state

    # --- the log -------------------------------------------------------------

    def start(self, saved: Checkpoint | None) -> None:
        """Load the log at start-up: from the checkpoint if it matches the log, else from scratch.

        Events up to the checkpoint are kept as stored text (framed when a stream first needs
        them) and not applied again; only the tail goes through the reducer.
        """
        texts = self.storage.events_after(self.meeting_id, 0)
        if saved is not None and 0 < saved.seq <= len(texts):
            chain, watched = b"", b""
            for seq, text in enumerate(texts[: saved.seq], start=1):
                chain = hashlib.sha256(chain + text.encode()).digest()
                if seq == self.watched_seq:
                    watched = chain
            if chain == saved.chain and saved.state.seq == saved.seq:
                self.log = [LoggedEvent(text, self.listener_key) for text in texts[: saved.seq]]
                self.state, self.chain, self.watched_chain = saved.state, chain, watched
                texts = texts[saved.seq :]
        self.absorb(texts)

    def catch_up(self) -> None:
        """Read events another writer (the CLI, another replica) appended. Blocking: for start-up."""
        self.absorb(self.storage.events_after(self.meeting_id, self.state.seq))

    async def catch_up_async(self) -> None:
        """Like ``catch_up``, reading the database off the event loop."""
        async with self._log_lock:
            read = self.storage.events_after
            self.absorb(await bounded(read, self.meeting_id, self.state.seq, timeout=CATCH_UP_WAIT_S))

    def absorb(self, texts: list[str]) -> None:
        """Apply and publish stored envelopes that follow the current state."""
        fresh = [(json.loads(t), t) for t in texts]
        fresh = [(env, t) for env, t in fresh if env["seq"] > self.state.seq]
        self._publish([self._append_local(env, t) for env, t in fresh])
        if self.log and not self.epoch:
            # Identifies this log: a client holding seq numbers of another log must start afresh.
            self.epoch = hashlib.sha1(dumps(self.log[0].envelope).encode()).hexdigest()[:16]

    def _append_local(self, envelope: dict[str, Any], text: str) -> LoggedEvent:
        self.state = apply(self.state, Event.from_envelope(envelope))
        return self._log_local(envelope, text)

    def _log_local(self, envelope: dict[str, Any], text: str) -> LoggedEvent:
        """The event (already in ``self.state``) into the log and the hash chain."""
        self.chain = hashlib.sha256(self.chain + text.encode()).digest()
        if envelope["seq"] == self.watched_seq:
            self.watched_chain = self.chain
        logged = LoggedEvent(text, self.listener_key)  # the text, not the parsed dict, stays in memory
        self.log.append(logged)
        return logged

    def _publish(self, logged: list[LoggedEvent]) -> None:
        if not logged or not self.subscribers:
            # Nobody to tell (a room reading its log at start): not a sign of a busy meeting. It was
            # counted as one, and the first live event within 50 ms of a start lingered.
            return
        now = time.monotonic()
        self.busy = now - self._last_publish < BUSY_INTERVAL_S
        self._last_publish = now
        at_once = not self.busy  # when busy, streams linger and gather events into fewer writes
        for sub in list(self.subscribers):
            # Each frame is one bytes object shared by every stream that may see it (logged_event.py).
            if not sub.offer_all([event.frame_for(sub.viewer) for event in logged], at_once):
                self.drop(sub)

    # --- streams -------------------------------------------------------------

    def subscribe(self, viewer: Participant, after: int) -> tuple[list[bytes], Subscriber]:
        """The frames after *after*, and a subscription for everything later. No gap, no overlap."""
        backlog = [e.frame_for(viewer) for e in self.log[max(0, after) :]]
        sub = Subscriber(viewer)
        self.subscribers.add(sub)
        return backlog, sub

    def open_stream(self, viewer: Participant) -> Subscriber:
        """A subscription not yet fed: its stream sends the backlog from the log, then ``attach``es."""
        return Subscriber(viewer)

    def attach(self, sub: Subscriber) -> None:
        """Feed *sub* every event published from now on."""
        self.subscribers.add(sub)

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

    # --- commands: decided one by one, committed in groups -------------------------
    #
    # Commands are decided in arrival order against the state their predecessors leave. Those
    # that arrive while a commit is on disk wait and go together in the next transaction, and
    # their events reach each stream in one write: the cost of a commit and of a fan-out is
    # shared by every command in the group, so a busy meeting gets faster per command.

    async def run(self, actor: Participant, command: Any, key: str | None) -> dict[str, Any]:
        """Decide, store durably, then publish. Raises CommandRefused; a repeated key replays."""
        if len(self._queue) >= WRITE_QUEUE_LIMIT:
            raise StorageUnavailable("too many commands are waiting for the database")
        entry = _Entry(actor, command, key, _fingerprint(command) if key else "")  # compared only by key
        if key:
            earlier = self._in_flight.get((actor.id, key))
            if earlier is not None:  # the same key, still on its way to disk
                answer = await asyncio.shield(earlier.future)
                if earlier.fingerprint != entry.fingerprint:
                    raise _key_reused()
                return answer
            self._in_flight[(actor.id, key)] = entry
            try:
                stored = await bounded(self.storage.answered, self.meeting_id, actor.id, key)
                if stored:
                    answer = _replayed(stored, entry.fingerprint)
                    self._settle(entry, answer)  # anyone who came meanwhile with this key gets it too
                    return answer
                self._decide(entry)
            except asyncio.CancelledError:  # the caller went away before anything was decided
                self._in_flight.pop((actor.id, key), None)
                entry.future.cancel()
                raise
            except Exception as exc:  # refused: anyone who came meanwhile with this key is refused too
                self._settle(entry, error=exc)
                entry.future.exception()  # retrieved: no "never retrieved" warning when nobody waits
                raise
        else:
            self._decide(entry)
        if not entry.envelopes:  # nothing to change (an import of the same schedule)
            self._settle(entry, entry.answer)
        else:
            self._queue.append(entry)
            if self._flusher is None or self._flusher.done():
                self._flusher = asyncio.create_task(self._flush())
        return await asyncio.shield(entry.future)  # a caller that goes away does not undo a commit

    def _decide(self, entry: _Entry) -> None:
        """Run the command on the state after everything queued; raises CommandRefused."""
        base = self._pending or self.state
        state, events = execute(base, entry.command, entry.actor, datetime.now(UTC))
        entry.base_seq, entry.state = base.seq, state
        entry.envelopes = [e.envelope() for e in events]
        seen = [visible_envelope(e, entry.actor, self.listener_key) for e in entry.envelopes]
        entry.answer = {"seq": state.seq, "events": seen}
        if entry.key:
            entry.record = Idempotency(entry.actor.id, entry.key, entry.fingerprint, dumps(entry.answer))
        self._pending = state

    async def _flush(self) -> None:
        while self._queue:
            # A short window (as PostgreSQL's commit_delay) lets the streams write the last group
            # and more requests be decided: one commit and one fan-out serve them all.
            await asyncio.sleep(GROUP_COMMIT_WINDOW_S)
            batch, self._queue = self._queue, []
            envelopes = [env for entry in batch for env in entry.envelopes]
            records = [entry.record for entry in batch if entry.record]
            async with self._log_lock:
                try:
                    texts = [dumps(e) for e in envelopes]
                    await bounded(self._store, envelopes[0]["seq"], texts, records)
                    logged = self._commit_local(batch, envelopes, texts)
                except SeqTaken:  # another writer (the CLI, a replica) was first
                    logged = None
                except Exception as exc:  # the disk failed: these commands are not done
                    for entry in batch:
                        self._settle(entry, error=exc)
                    self._redecide([])
                    continue
            if logged is None:  # catch up, answer what the other writer answered, decide the rest again
                await self.catch_up_async()
                self._redecide(await self._answered_elsewhere(batch))
                continue
            if not self._queue:
                self._pending = None
            for entry in batch:  # answers first: a sender waits on one reply, a stream on a thousand
                self._settle(entry, entry.answer)
            self._publish(logged)

    def _commit_local(self, batch: list[_Entry], envelopes: list[dict[str, Any]], texts: list[str]):
        """A committed batch into the local state and log: the state decided for it when it follows
        this one (the usual case: no event is applied twice), else its envelopes applied again."""
        seq = self.state.seq
        for entry in batch:
            if entry.base_seq != seq:
                return [self._append_local(env, text) for env, text in zip(envelopes, texts, strict=True)]
            seq = entry.state.seq
        self.state = batch[-1].state
        return [self._log_local(env, text) for env, text in zip(envelopes, texts, strict=True)]

    async def _answered_elsewhere(self, batch: list[_Entry]) -> list[_Entry]:
        """Settle the commands whose key another replica answered meanwhile; returns the others.

        The same sender's key sent to two replicas at once: the store's unique key let one commit,
        and the other gives that same answer instead of deciding the command twice.
        """
        undecided = []
        for entry in batch:
            stored = entry.key and await bounded(
                self.storage.answered, self.meeting_id, entry.actor.id, entry.key
            )
            if not stored:
                undecided.append(entry)
                continue
            try:
                self._settle(entry, _replayed(stored, entry.fingerprint))
            except Invalid as reused:
                self._settle(entry, error=reused)
        return undecided

    def _redecide(self, batch: list[_Entry]) -> None:
        """After a failed commit: decide *batch* and everything queued again, on the stored state."""
        redo, self._queue, self._pending = batch + self._queue, [], None
        for entry in redo:
            try:
                self._decide(entry)
                self._queue.append(entry)
            except CommandRefused as refused:
                self._settle(entry, error=refused)

    def _settle(self, entry: _Entry, answer: dict[str, Any] | None = None, error: Exception | None = None):
        if entry.key:
            self._in_flight.pop((entry.actor.id, entry.key), None)
        if error is not None:
            entry.future.set_exception(error)
        else:
            entry.future.set_result(answer)

    def _store(self, first_seq: int, texts: list[str], records: list[Idempotency]) -> None:
        self.storage.append(self.meeting_id, first_seq, texts, idempotency=records)


class _Entry:
    """One command on its way: decided, waiting for its group's commit."""

    def __init__(self, actor: Participant, command: Any, key: str | None, fingerprint: str) -> None:
        self.actor, self.command, self.key, self.fingerprint = actor, command, key, fingerprint
        self.envelopes: list[dict[str, Any]] = []
        #: The seq of the state it was decided on, and the state it leaves.
        self.base_seq = 0
        self.state: MeetingState | None = None
        self.answer: dict[str, Any] = {}
        self.record: Idempotency | None = None
        self.future: asyncio.Future = asyncio.get_running_loop().create_future()


def _fingerprint(command: Any) -> str:
    """What a repeated Idempotency-Key is compared by; a prepared command knows its own."""
    if isinstance(command, PreparedCommand):
        return command.fingerprint()
    return canonical_fingerprint(command)  # keys in any order: the same command


def _key_reused() -> Invalid:
    return Invalid("idempotency_key_reused", "This Idempotency-Key was already used for another command.")


def _replayed(earlier: Idempotency, fingerprint: str) -> dict[str, Any]:
    if earlier.fingerprint != fingerprint:
        raise _key_reused()
    return json.loads(earlier.answer)
