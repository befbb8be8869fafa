"""All meetings this server process holds, and who is signed in to them."""

from __future__ import annotations

import asyncio
import logging

from companion.domain.entities import Participant

from .credentials import SignInThrottle, hash_code, hash_token, new_token
from .registry import pepper, seed_demo
from .room import MeetingRoom
from .settings import Settings
from .sse import KEEPALIVE
from .storage import Storage, TokenGrant
from .stores import open_storage

log = logging.getLogger(__name__)


class SignInRefused(Exception):
    def __init__(self, wait_seconds: float = 0.0) -> None:
        super().__init__("wrong meeting or code")
        self.wait_seconds = wait_seconds


class Hub:
    """Owns storage and the rooms; the HTTP layer asks it, it asks the domain."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.storage: Storage = open_storage(settings.db_url)
        if settings.demo and seed_demo(self.storage):
            log.info("loaded the bundled meeting and its demo participants")
        self.rooms: dict[str, MeetingRoom] = {}
        for meeting_id in self.storage.meeting_ids():
            self.rooms[meeting_id] = room = MeetingRoom(meeting_id, self.storage)
            room.catch_up()
        self.throttle = SignInThrottle(allowed=settings.signin_attempts)
        self._pepper = pepper(self.storage)
        self._tokens: dict[str, TokenGrant] = {}

    # --- sign-in ---------------------------------------------------------------

    async def sign_in(self, meeting_id: str, code: str, address: str) -> tuple[str, Participant]:
        """A new bearer token for the participant whose code this is; raises SignInRefused."""
        wait = self.throttle.wait_seconds(address)
        if wait:
            raise SignInRefused(wait)
        room = self.rooms.get(meeting_id)
        code_hash = await asyncio.to_thread(hash_code, self._pepper, meeting_id, code)
        found = room and await asyncio.to_thread(self.storage.participant_for_code, meeting_id, code_hash)
        if not found:
            self.throttle.failed(address)
            raise SignInRefused()
        self.throttle.succeeded(address)
        participant = await self._participant(room, found)
        token = new_token()
        grant = TokenGrant(meeting_id, participant.id)
        await asyncio.to_thread(self.storage.save_token, hash_token(token), grant)
        return token, participant

    async def _participant(self, room: MeetingRoom, participant_id: str) -> Participant:
        if participant_id not in room.state.participants:
            await room.catch_up_async()  # registered by the CLI since we last read the log
        return room.state.participants[participant_id]

    async def authenticate(self, token: str) -> tuple[MeetingRoom, Participant] | None:
        token_hash = hash_token(token)
        grant = self._tokens.get(token_hash)
        if grant is None:
            grant = await asyncio.to_thread(self.storage.token, token_hash)
            if grant is None:
                return None
            self._tokens[token_hash] = grant
        room = self.rooms[grant.meeting_id]
        return room, await self._participant(room, grant.participant_id)

    async def sign_out(self, token: str) -> None:
        token_hash = hash_token(token)
        self._tokens.pop(token_hash, None)
        await asyncio.to_thread(self.storage.delete_token, token_hash)

    # --- streams -----------------------------------------------------------------

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
        self.storage.close()
