"""Who may try a sign-in, and how fast: sign-ins that neither flood the server nor lock a venue out.

Checking a code costs a key derivation (credentials.hash_code): 121 sign-ins a second from 50
addresses took 1.5 cores and the chair's p99 from 2 ms to 351 ms. And 30 wrong codes used to lock
*every* sign-in from that address out for a minute — one delegate mistyping on the venue's Wi-Fi
(one NAT address for 2,000 people) locked the room out. Before the code is checked, a guesser and
2,000 delegates behind one address cannot be told apart; so nothing here refuses an address for
its wrong codes. Instead:

- **every attempt** (right or wrong) takes a token from its address's bucket (``PER_ADDRESS``:
  sized for a venue's morning rush); an empty bucket is a 429 ``rate_limited`` with Retry-After;
- an address past ``allowed`` wrong codes a minute is **slowed**, not locked: each of its attempts
  waits ``GUESSER_DELAY_S`` before its code is checked, and a right code still signs in;
- **a valid code** takes a token from its participant's bucket (``PER_PARTICIPANT``): one leaked
  code cannot mint tokens at the address's rate;
- **the checks themselves** run ``HASHING_AT_ONCE`` at a time (one core at most, whatever the
  storm), with at most ``HASHING_QUEUE`` waiting; more is a 429 with Retry-After 1.

Guessing stays hopeless at these rates: the arithmetic is in docs/deploy.md.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from companion.domain.rates import Bucket, Rate, is_full, take

from .credentials import SignInThrottle

#: Sign-in attempts per client address: 2,000 delegates behind one NAT arriving over a few
#: minutes average a few a second; bursts of 100 at once pass.
PER_ADDRESS = Rate(per_second=10.0, burst=100)
#: Valid sign-ins per participant: 10 at once (a laptop, a phone, a colleague's machine…), then
#: one every 6 s.
PER_PARTICIPANT = Rate(per_second=1 / 6, burst=10)
#: How long each attempt from an address past its wrong codes waits before it is checked.
GUESSER_DELAY_S = 1.0
#: Code checks at once, and how many may wait for one.
HASHING_AT_ONCE = 1
HASHING_QUEUE = 64
#: Forget full buckets once this many are held.
PRUNE_AT = 10_000


class SignInLimited(Exception):
    """Too many sign-ins now: try again after ``wait_seconds``."""

    def __init__(self, wait_seconds: float) -> None:
        super().__init__("too many sign-ins")
        self.wait_seconds = wait_seconds


class Buckets:
    """One token bucket per key, the full ones forgotten (memory stays bounded)."""

    def __init__(self, rate: Rate, clock: Callable[[], float]) -> None:
        self.rate, self._clock = rate, clock
        self._held: dict[object, Bucket] = {}
        self._next_prune = 0.0

    def take(self, key: object) -> float:
        """Take a token for *key*: 0.0, or the seconds until one is due (nothing taken)."""
        now = self._clock()
        bucket, wait = take(self._held.get(key), self.rate, now)
        self._held[key] = bucket
        if len(self._held) > PRUNE_AT and now >= self._next_prune:
            self._next_prune = now + 10.0
            for k in [k for k, b in self._held.items() if is_full(b, self.rate, now)]:
                del self._held[k]
        return wait

    def __len__(self) -> int:
        return len(self._held)


class SignInGate:
    """The rules above, for one server process (the limits are each replica's own)."""

    def __init__(
        self,
        wrong_codes_allowed: int = 30,
        per_address: Rate = PER_ADDRESS,
        per_participant: Rate = PER_PARTICIPANT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.addresses = Buckets(per_address, clock)
        self.participants = Buckets(per_participant, clock)
        self.wrong_codes = SignInThrottle(allowed=wrong_codes_allowed, clock=clock)
        self._hashing: asyncio.Semaphore | None = None
        self._waiting = 0

    async def admit(self, meeting_key: str, address: str) -> None:
        """Let an attempt from *address* go on to its check (slowed if the address guesses);
        raises SignInLimited when the address is over its rate."""
        wait = self.addresses.take(address)
        if wait:
            raise SignInLimited(wait)
        if self.wrong_codes.wait_seconds(meeting_key, address):
            await asyncio.sleep(GUESSER_DELAY_S)

    def failed(self, meeting_key: str, address: str) -> None:
        """A wrong code from *address*."""
        self.wrong_codes.failed(meeting_key, address)

    def signed_in(self, meeting_id: str, participant_id: str) -> None:
        """A valid code: raises SignInLimited when its participant signs in too often."""
        wait = self.participants.take((meeting_id, participant_id))
        if wait:
            raise SignInLimited(wait)

    @asynccontextmanager
    async def checking(self) -> AsyncIterator[None]:
        """Hold one of the HASHING_AT_ONCE places for a code check; SignInLimited when too many wait."""
        if self._hashing is None:
            self._hashing = asyncio.Semaphore(HASHING_AT_ONCE)
        if self._waiting >= HASHING_QUEUE:
            raise SignInLimited(1.0)
        self._waiting += 1
        try:
            async with self._hashing:
                yield
        finally:
            self._waiting -= 1
