"""The cue the speaker and the chair get near the end of the speaking time: 30 s left, time up."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from . import speaking_clock
from .entities import SpeakingClock

#: Seconds before the limit at which the speaker is told to conclude.
LAST_SECONDS = 30


class Cue(StrEnum):
    NONE = "none"
    LAST_SECONDS = "last_seconds"
    TIME_UP = "time_up"


def cue(clock: SpeakingClock | None, now: datetime) -> Cue:
    """What the clock should say now: nothing, "30 s left", or "time is up"."""
    if clock is None:
        return Cue.NONE
    left = speaking_clock.remaining(clock, now)
    if left <= 0:
        return Cue.TIME_UP
    # A limit shorter than the warning (a 20-second point) is not "30 s left" from its start.
    if left <= LAST_SECONDS and speaking_clock.elapsed(clock, now) > 0:
        return Cue.LAST_SECONDS
    return Cue.NONE
