"""How long a disconnected app or public page waits before trying again: one rule for both.

Each failure in a row doubles the wait, up to a ceiling, and the actual wait is drawn from the upper
half of it (jitter), so the thousands of apps and screens of a meeting do not come back in step
after a server restart. The first few waits stay short, though: a server restart (a deployment, a
crash) is over in seconds, and everyone must be back in step within about 3 s of it; only a longer
outage backs off further.
"""

from __future__ import annotations

#: The wait after the first failure, at most (seconds).
FIRST_WAIT_SECONDS = 0.5
#: The longest wait between two attempts (seconds).
MAX_WAIT_SECONDS = 30.0
#: So many failures in a row keep their wait under QUICK_WAIT_SECONDS (a restart is short).
QUICK_TRIES = 12
QUICK_WAIT_SECONDS = 1.5


def wait_ceiling(failures: int, first: float = FIRST_WAIT_SECONDS, most: float = MAX_WAIT_SECONDS) -> float:
    """The longest wait after *failures* failed attempts in a row; wait between half of it and all of it."""
    ceiling = min(most, first * 2 ** min(max(0, failures - 1), 32))  # no float overflow, ever
    if failures <= QUICK_TRIES:
        ceiling = min(ceiling, max(QUICK_WAIT_SECONDS, first))
    return ceiling
