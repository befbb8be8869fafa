"""The speaking clock: start, pause, resume, finish, and overrun. Time is passed in."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from enum import StrEnum

from .entities import FloorRequest, SpeakingClock

#: Fraction of the limit after which the clock warns that time is nearly up.
WARNING_FRACTION = 0.8


class ClockAction(StrEnum):
    """What the chair can do with the speaking clock (each is a ``floor.*`` command)."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"


def clock_actions(floor: SpeakingClock | None, request: FloorRequest | None) -> frozenset[ClockAction]:
    """What may be done with the clock of whoever holds the floor: the server decides with it and the
    chair's buttons enable themselves with it. Started once; paused and resumed; finished any time."""
    if floor is None:
        return frozenset()
    if floor.running_since:
        return frozenset({ClockAction.PAUSE, ClockAction.FINISH})
    if request is not None and request.started_at is not None:
        return frozenset({ClockAction.RESUME, ClockAction.FINISH})
    return frozenset({ClockAction.START, ClockAction.FINISH})


def elapsed(clock: SpeakingClock, now: datetime) -> float:
    """Seconds spoken so far."""
    running = (now - clock.running_since).total_seconds() if clock.running_since else 0.0
    return clock.accumulated + max(0.0, running)


def remaining(clock: SpeakingClock, now: datetime) -> float:
    """Seconds left before the limit; negative once the speaker overruns."""
    return clock.limit_seconds - elapsed(clock, now)


def is_overrun(clock: SpeakingClock, now: datetime) -> bool:
    return remaining(clock, now) < 0


def warning_from(clock: SpeakingClock) -> float:
    """Seconds spoken from which the clock warns (the public pages count on with it too)."""
    return clock.limit_seconds * WARNING_FRACTION


def phase(clock: SpeakingClock, now: datetime) -> str:
    """``"ok"``, ``"warning"`` (last fifth of the limit) or ``"overrun"``: what the clock's colour shows."""
    spent = elapsed(clock, now)
    if spent > clock.limit_seconds:
        return "overrun"
    if spent >= warning_from(clock):
        return "warning"
    return "ok"


def start(clock: SpeakingClock, at: datetime) -> SpeakingClock:
    """Start or resume the clock at *at*; a running clock is left as it is."""
    return clock if clock.running_since else replace(clock, running_since=at)


def pause(clock: SpeakingClock, at: datetime) -> SpeakingClock:
    """Stop the clock, keeping the time spoken."""
    if not clock.running_since:
        return clock
    return replace(clock, accumulated=elapsed(clock, at), running_since=None)


def spoken_seconds(clock: SpeakingClock, at: datetime) -> int:
    """Whole seconds spoken when the speaker finishes at *at*."""
    return round(elapsed(clock, at))
