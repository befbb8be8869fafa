"""How fast a participant may send commands: a token bucket per participant, its numbers by role.

Pure: the caller passes the time (seconds on any steady clock) and keeps the buckets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .vocabulary import Role


@dataclass(frozen=True)
class Rate:
    """``per_second`` sustained, up to ``burst`` at once."""

    per_second: float
    burst: int


#: A person at a keyboard sends a few commands a second at most; the chair's table works faster.
DELEGATE_RATE = Rate(per_second=5.0, burst=20)
MANAGER_RATE = Rate(per_second=50.0, burst=100)
RATES: Mapping[Role, Rate] = {
    Role.DELEGATE: DELEGATE_RATE,
    Role.INTERPRETER: DELEGATE_RATE,
    Role.CHAIR: MANAGER_RATE,
    Role.SECRETARIAT: MANAGER_RATE,
}


@dataclass(frozen=True)
class Bucket:
    """Tokens left at time ``at``; a command takes one."""

    tokens: float
    at: float


def rate_of(role: Role) -> Rate:
    """The command rate of a role."""
    return RATES.get(role, DELEGATE_RATE)


def take(bucket: Bucket | None, rate: Rate, now: float) -> tuple[Bucket, float]:
    """Try to take one token at *now*: (the bucket after, 0.0) or (unchanged, seconds to wait)."""
    if bucket is None:
        bucket = Bucket(float(rate.burst), now)
    tokens = min(float(rate.burst), bucket.tokens + max(0.0, now - bucket.at) * rate.per_second)
    if tokens >= 1.0:
        return Bucket(tokens - 1.0, now), 0.0
    return Bucket(tokens, now), (1.0 - tokens) / rate.per_second


def is_full(bucket: Bucket, rate: Rate, now: float) -> bool:
    """True when the bucket has refilled completely (the server may forget it)."""
    return bucket.tokens + max(0.0, now - bucket.at) * rate.per_second >= rate.burst
