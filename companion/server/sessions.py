"""Sign-ins in use: checked against storage, ended by sign-out, revocation or TTL — with their streams.

Storage is the authority (another replica or the CLI may end a token): a cached token is checked
again every RECHECK_S seconds, and every open stream's token as often. Uses are kept in memory and
written at most every TOUCH_S seconds per token, so reading the meeting costs no write.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from .storage import Storage, TokenGrant
from .storage_calls import bounded
from .stream_registry import StreamRegistry

#: How stale a cached token may be before storage is asked again.
RECHECK_S = 5.0
#: How often a token's last use is written down.
TOUCH_S = 60.0


@dataclass
class _Held:
    grant: TokenGrant
    checked_at: float
    stored_use: float


class Sessions:
    """The tokens of this process's callers, with the TTL rule (``ttl`` seconds after last use)."""

    def __init__(
        self,
        storage: Storage,
        streams: StreamRegistry,
        ttl: float,
        clock: Callable[[], float] = time.time,
        per_participant: int = 0,
    ) -> None:
        self.storage, self.streams, self.ttl, self._clock = storage, streams, ttl, clock
        #: Live tokens a participant may hold (0: no cap); a new one past it ends the oldest.
        self.per_participant = per_participant
        self._held: dict[str, _Held] = {}
        self._last_purge = self._last_check = 0.0

    def expired(self, grant: TokenGrant, now: float) -> bool:
        """True when the token went unused for longer than the TTL (never, with a TTL of 0)."""
        return bool(self.ttl) and now - grant.last_used > self.ttl

    async def start(self, token_hash: str, grant: TokenGrant) -> None:
        """Store a new token, used now."""
        now = self._clock()
        grant = replace(grant, last_used=now)
        await bounded(self.storage.save_token, token_hash, grant)
        self._held[token_hash] = _Held(grant, now, now)
        if self.per_participant:
            whose = (grant.meeting_id, grant.participant_id, self.per_participant)
            for ended in await bounded(self.storage.trim_tokens, *whose):
                self._held.pop(ended, None)
                self.streams.close_token(ended)

    async def use(self, token_hash: str) -> TokenGrant | None:
        """The token's grant, counting this as a use; None if it ended (unknown, signed out, expired)."""
        now = self._clock()
        held = self._held.get(token_hash)
        if held is None or now - held.checked_at > RECHECK_S:
            grant = await bounded(self.storage.token, token_hash)
            if grant is None:
                await self.end(token_hash)
                return None
            last_used = max(grant.last_used, held.grant.last_used if held else 0.0)
            held = self._held[token_hash] = _Held(replace(grant, last_used=last_used), now, grant.last_used)
        if self.expired(held.grant, now):
            await self.end(token_hash)
            return None
        held.grant = replace(held.grant, last_used=now)
        if now - held.stored_use > TOUCH_S:
            held.stored_use = now
            await bounded(self.storage.touch_token, token_hash, now)
        return held.grant

    async def end(self, token_hash: str) -> int:
        """Sign a token out: forget it, delete it, close its streams; returns the streams closed."""
        self._held.pop(token_hash, None)
        await bounded(self.storage.delete_token, token_hash)
        return self.streams.close_token(token_hash)

    async def revoke(self, meeting_id: str, participant_id: str) -> tuple[int, int]:
        """End every token and stream of a participant at once: (tokens, streams)."""
        whose = (meeting_id, participant_id)
        for token_hash in [h for h, held in self._held.items() if _owner(held.grant) == whose]:
            del self._held[token_hash]
        tokens = await bounded(self.storage.delete_tokens_of, meeting_id, participant_id)
        return tokens, self.streams.close_participant(meeting_id, participant_id)

    async def sweep(self) -> None:
        """Close streams whose token expired or was ended elsewhere; forget stale cache entries."""
        now = self._clock()
        streaming = set(self.streams.tokens())
        for token_hash, held in list(self._held.items()):
            if self.expired(held.grant, now):
                await self.end(token_hash)
            elif now - held.checked_at > 12 * RECHECK_S and token_hash not in streaming:
                del self._held[token_hash]  # idle: read again from storage if it comes back
        open_tokens = self.streams.tokens()
        if open_tokens and now - self._last_check >= RECHECK_S:
            self._last_check = now
            alive = await bounded(self.storage.live_tokens, open_tokens)
            for token_hash in set(open_tokens) - alive:
                await self.end(token_hash)
        if self.ttl and now - self._last_purge > TOUCH_S:
            self._last_purge = now
            # A token's stored use may lag TOUCH_S behind: purge only what is surely expired.
            await bounded(self.storage.delete_tokens_unused_since, now - self.ttl - TOUCH_S)


def _owner(grant: TokenGrant) -> tuple[str, str]:
    return grant.meeting_id, grant.participant_id
