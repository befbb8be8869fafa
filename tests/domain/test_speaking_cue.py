"""The speaking-time cue: 30 s left, time up — from the clock alone."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from companion.domain.entities import SpeakingClock
from companion.domain.speaking_cue import LAST_SECONDS, Cue, cue

T0 = datetime(2025, 10, 28, 10, 0, tzinfo=UTC)


@given(limit=st.integers(1, 900), spoken=st.integers(0, 1200), running=st.booleans())
def test_cue_follows_the_time_left(limit, spoken, running):
    clock = SpeakingClock(
        "fr-1", "item", limit, accumulated=0.0 if running else spoken, running_since=T0 if running else None
    )
    now = T0 + timedelta(seconds=spoken) if running else T0
    left = limit - spoken
    expected = (
        Cue.TIME_UP if left <= 0 else Cue.LAST_SECONDS if left <= LAST_SECONDS and spoken > 0 else Cue.NONE
    )
    assert cue(clock, now) == expected


def test_no_clock_no_cue():
    assert cue(None, T0) == Cue.NONE


def test_the_cue_at_its_edges():
    running = SpeakingClock("fr-1", "item", 60, accumulated=0.0, running_since=T0)
    assert cue(running, T0 + timedelta(seconds=60 - LAST_SECONDS)) == Cue.LAST_SECONDS  # exactly 30 s left
    assert cue(running, T0 + timedelta(seconds=60 - LAST_SECONDS - 1)) == Cue.NONE
    assert cue(running, T0 + timedelta(seconds=60)) == Cue.TIME_UP
    short = SpeakingClock("fr-2", "item", 20, accumulated=0.0, running_since=T0)  # a 20-second point
    assert cue(short, T0) == Cue.NONE  # not "30 s left" before a word is said
    assert cue(short, T0 + timedelta(seconds=0.5)) == Cue.LAST_SECONDS  # but half a second in, it is
