"""The connection as the window shows it: live, connecting, reconnecting, offline, signed out."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .errors import ClientError


class Status(StrEnum):
    LIVE = "live"
    CONNECTING = "connecting"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"
    SIGNED_OUT = "signed_out"


@dataclass(frozen=True)
class Connection:
    status: Status
    #: Why the last attempt failed, in words (empty when live).
    reason: str = ""
    #: When the next attempt will be made (reconnecting/offline).
    retry_at: datetime | None = None
    #: When the shown state was last known to be current.
    as_of: datetime | None = None
    #: The last attempt's failure, typed (the interface words it in the user's language).
    error: ClientError | None = None

    def seconds_to_retry(self, now: datetime) -> int | None:
        if self.retry_at is None:
            return None
        return max(0, round((self.retry_at - now).total_seconds()))


#: Failed attempts in a row after which "reconnecting" becomes "offline".
OFFLINE_AFTER = 3


@dataclass
class Backoff:
    """Exponential backoff with jitter, capped, so thousands of apps do not reconnect in step.

    The first ``quick_tries`` waits stay under ``quick_cap``: a server restart (a deployment, a
    crash) is over in seconds, and the app must be back in step within about 3 s of it. Only an
    outage longer than that backs off further, towards ``cap``.
    """

    base: float = 0.5
    cap: float = 30.0
    quick_cap: float = 1.5
    quick_tries: int = 12
    rng: random.Random = random.Random()

    def delay(self, failures: int) -> float:
        ceiling = min(self.cap, self.base * 2 ** max(0, failures - 1))
        if failures <= self.quick_tries:
            ceiling = min(ceiling, max(self.quick_cap, self.base))
        return self.rng.uniform(ceiling / 2, ceiling)
