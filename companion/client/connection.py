"""The connection as the window shows it: live, connecting, reconnecting, offline, signed out."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from companion.domain.reconnection import FIRST_WAIT_SECONDS, MAX_WAIT_SECONDS, wait_ceiling

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

    The waits are the domain's rule (``domain/reconnection``): short for the first tries, as a
    server restart is over in seconds, then doubling towards ``cap``.
    """

    base: float = FIRST_WAIT_SECONDS
    cap: float = MAX_WAIT_SECONDS
    rng: random.Random = random.Random()

    def delay(self, failures: int) -> float:
        ceiling = wait_ceiling(failures, self.base, self.cap)  # the public pages wait the same way
        return self.rng.uniform(ceiling / 2, ceiling)
