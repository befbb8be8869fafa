"""Command rate limits per participant (the numbers are the domain's: domain/rates.py)."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable

from companion.domain.entities import Participant
from companion.domain.rates import Bucket, Rate, is_full, rate_of, take

from .http_errors import ApiError

#: Forget full buckets when this many are held (they carry no information).
PRUNE_AT = 10_000
#: Longest a refusal is held back (see ``check``).
TARPIT_S = 1.0


class CommandRateLimiter:
    """One token bucket per (meeting, participant), shared by all of the participant's tokens."""

    def __init__(self, enabled: bool = True, clock: Callable[[], float] = time.monotonic) -> None:
        self.enabled, self._clock = enabled, clock
        self._buckets: dict[tuple[str, str], tuple[Bucket, Rate]] = {}
        self._next_prune = 0.0

    async def check(self, meeting_id: str, participant: Participant) -> None:
        """Take one command's token, or raise 429 ``rate_limited`` with ``Retry-After``.

        A refusal is held back for up to TARPIT_S (the time until a token is due): a client that
        floods over one connection then costs the server a sleeping coroutine, not a busy loop.
        """
        if not self.enabled:
            return
        now, key, rate = self._clock(), (meeting_id, participant.id), rate_of(participant.role)
        held = self._buckets.get(key)
        bucket, wait = take(held[0] if held else None, rate, now)
        self._buckets[key] = (bucket, rate)
        if len(self._buckets) > PRUNE_AT and now >= self._next_prune:
            self._next_prune = now + 10.0  # a scan at most every 10 s, however busy
            self._prune(now)
        if wait:
            await asyncio.sleep(min(wait, TARPIT_S))
            seconds = max(1, math.ceil(wait))
            raise ApiError(
                429,
                "rate_limited",
                f"Too many commands; wait {seconds} s.",
                {"Retry-After": str(seconds)},
            )

    def _prune(self, now: float) -> None:
        for key, (bucket, rate) in list(self._buckets.items()):
            if is_full(bucket, rate, now):
                del self._buckets[key]
