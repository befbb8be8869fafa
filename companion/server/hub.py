"""All meetings this server process holds, and who is signed in to them."""

from __future__ import annotations

import asyncio
import logging

from companion.domain.entities import Participant

from . import checkpoints
from .credentials import hash_code, hash_token, new_token
from .follower import Follower
from .log_heads import LogHeads, heads_path
from .rate_limit import CommandRateLimiter
from .registry import RegistryError, bundled_meeting_id, pepper, seed_demo
from .room import MeetingRoom
from .server_secret import derived_key
from .sessions import Sessions
from .settings import Settings
from .signin_gate import SignInGate, SignInLimited
from .sse import KEEPALIVE
from .storage import Storage, StorageError, TokenGrant
from .storage_calls import CATCH_UP_WAIT_S, bounded
from .stores import open_storage
from .stream_registry import StreamRegistry

log = logging.getLogger(__name__)


class SignInRefused(Exception):
    """A wrong meeting or code (``wait_seconds`` 0), or too many sign-ins now (try again then)."""

    def __init__(self, wait_seconds: float = 0.0) -> None:
        super().__init__("wrong meeting or code")
        self.wait_seconds = wait_seconds


class Hub:
    """Owns storage and the rooms; the HTTP layer asks it, it asks the domain."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.storage: Storage = open_storage(settings.db_url)
        self._pepper = pepper(self.storage, settings.secret_file)
        #: The meeting whose demo personas' codes sign in here (``serve --demo``), else None.
        self.demo_meeting: str | None = None
        if settings.demo:
            self._load_demo()
            self.demo_meeting = bundled_meeting_id()
        self.rooms: dict[str, MeetingRoom] = {}
        self._follower: Follower | None = None
        self.heads = LogHeads(heads_path(settings.db_url, settings.heads_file))
        #: The seq of each meeting's latest checkpoint (checkpoints.py).
        self._checkpointed: dict[str, int] = {}
        for meeting_id in self.storage.meeting_ids():
            saved = checkpoints.load(self.storage, meeting_id)
            self._checkpointed[meeting_id] = saved.seq if saved else 0
            self._open_room(meeting_id).start(saved)
            self.heads.verify(self.rooms[meeting_id])
        self.heads.write(self.heads.current(self.rooms))
        self.gate = SignInGate(settings.signin_attempts) if settings.rate_limits else None
        self.command_rates = CommandRateLimiter(settings.rate_limits)
        self.streams = StreamRegistry(settings.streams_per_token, settings.streams_per_address)
        cap = settings.sessions_per_participant
        self.sessions = Sessions(self.storage, self.streams, settings.session_ttl, per_participant=cap)

    def _due_checkpoints(self, every: int) -> list[tuple[str, checkpoints.Checkpoint]]:
        """States to checkpoint: taken on the event loop, where they are consistent with the chain."""
        due = []
        for meeting_id, room in list(self.rooms.items()):
            if room.state.seq - self._checkpointed.get(meeting_id, 0) >= every:
                due.append((meeting_id, checkpoints.Checkpoint(room.state.seq, room.chain, room.state)))
        return due

    async def _checkpoint(self, every: int) -> None:
        for meeting_id, point in self._due_checkpoints(every):
            try:
                await asyncio.to_thread(checkpoints.save, self.storage, meeting_id, point)
            except StorageError as exc:  # a full disk, a failing database: the next second tries again
                log.warning("could not checkpoint meeting %s: %s", meeting_id, exc)
                continue
            self._checkpointed[meeting_id] = point.seq

    def _checkpoint_now(self) -> None:
        """At shutdown: every room that moved on, so the next start replays nothing."""
        for meeting_id, point in self._due_checkpoints(1):
            try:
                checkpoints.save(self.storage, meeting_id, point)
            except StorageError as exc:  # the log is whole: the next start replays a longer tail
                log.warning("could not checkpoint meeting %s: %s", meeting_id, exc)

    def _load_demo(self) -> None:
        try:
            if seed_demo(self.storage, self.settings.secret_file, lively=True):
                log.info("loaded the bundled meeting and its demo participants")
        except RegistryError:
            if not self.storage.meeting_ids():
                raise
            # Another server on this database created it a moment ago and is loading it.
            log.info("another server is loading the bundled meeting; following it")

    def _open_room(self, meeting_id: str) -> MeetingRoom:
        self.rooms[meeting_id] = room = MeetingRoom(meeting_id, self.storage)
        room.listener_key = derived_key(self._pepper, f"listeners:{meeting_id}")
        self.heads.watch(room)
        return room

    async def find_new_meetings(self) -> None:
        """Open rooms for meetings another writer created (the CLI, another replica)."""
        for meeting_id in await bounded(self.storage.meeting_ids, timeout=CATCH_UP_WAIT_S):
            if meeting_id not in self.rooms:
                await self._open_room(meeting_id).catch_up_async()
                self.heads.verify(self.rooms[meeting_id])
                log.info("meeting %s was created by another writer; serving it", meeting_id)

    async def follow(self) -> None:
        """Until cancelled: publish what other writers append (see follower.py)."""
        self._follower = Follower(self.storage, self.rooms, self.find_new_meetings)
        await self._follower.run()

    # --- sign-in ---------------------------------------------------------------

    async def sign_in(self, meeting_id: str, code: str, address: str) -> tuple[str, Participant]:
        """A new bearer token for the participant whose code this is; raises SignInRefused
        (signin_gate.py: how often, and how an address that guesses is slowed)."""
        room = self.rooms.get(meeting_id)
        gate_key = meeting_id if room else ""  # every unknown meeting counts as one
        try:
            if self.gate is None:
                return await self._check_code(room, meeting_id, code, address, gate_key)
            await self.gate.admit(gate_key, address)
            async with self.gate.checking():
                return await self._check_code(room, meeting_id, code, address, gate_key)
        except SignInLimited as limited:
            raise SignInRefused(limited.wait_seconds) from None

    async def _check_code(self, room, meeting_id: str, code: str, address: str, gate_key: str):
        code_hash = await asyncio.to_thread(hash_code, self._pepper, meeting_id, code)
        found = room and await bounded(self.storage.participant_for_code, meeting_id, code_hash)
        if not found:
            if self.gate is not None:
                self.gate.failed(gate_key, address)
            raise SignInRefused()
        if self.gate is not None:
            self.gate.signed_in(meeting_id, found)
        participant = await self._participant(room, found)
        token = new_token()
        await self.sessions.start(hash_token(token), TokenGrant(meeting_id, participant.id))
        return token, participant

    async def _participant(self, room: MeetingRoom, participant_id: str) -> Participant:
        if participant_id not in room.state.participants:
            await room.catch_up_async()  # registered by the CLI since we last read the log
        return room.state.participants[participant_id]

    async def authenticate(self, token: str) -> tuple[MeetingRoom, Participant] | None:
        """The room and participant of a live token (this counts as a use), else None."""
        grant = await self.sessions.use(hash_token(token))
        room = self.rooms.get(grant.meeting_id) if grant else None
        if room is None:
            return None
        return room, await self._participant(room, grant.participant_id)

    async def sign_out(self, token: str) -> None:
        """End the token and close its streams."""
        await self.sessions.end(hash_token(token))

    # --- streams -----------------------------------------------------------------

    async def maintain(self) -> None:
        """Once a second: close the streams of tokens that expired or were ended elsewhere, and record
        where the logs stand (log_heads.py)."""
        while True:
            await asyncio.sleep(1.0)
            try:
                await self.sessions.sweep()
            except Exception:  # a busy or failing database: try again next second
                log.warning("could not check the sessions", exc_info=True)
            await asyncio.to_thread(self.heads.write, self.heads.current(self.rooms))
            await self._checkpoint(self.settings.checkpoint_every)

    async def keep_alive(self) -> None:
        """One ticker for all streams, rather than a timer per stream."""
        while True:
            await asyncio.sleep(self.settings.keepalive_seconds)
            for room in self.rooms.values():
                room.broadcast(KEEPALIVE)

    def close(self) -> None:
        for room in self.rooms.values():
            for sub in list(room.subscribers):
                room.drop(sub)
        self.heads.write(self.heads.current(self.rooms))
        self._checkpoint_now()
        if self._follower is not None:
            self._follower.stop()
        self.storage.close()

    @property
    def code_pepper(self) -> bytes:
        """The pepper personal codes are hashed with (for routes that issue codes)."""
        return self._pepper


def load_hub(settings: Settings) -> Hub:
    """The hub, or one StorageError saying why the data cannot be served (for ``serve``'s one line).

    Start-up only: whatever stops the meetings loading (an unreadable or damaged database, a log
    event that no longer parses, the secret) is a fault of the stored data here, not of a request.
    """
    try:
        return Hub(settings)
    except (StorageError, RegistryError):
        raise
    except Exception as exc:
        reason = f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0]}"
        raise StorageError(f"cannot load the meetings from the database: {reason}") from None
