"""The reconnection waits (one rule for the app and the public pages)."""

from hypothesis import given
from hypothesis import strategies as st

from companion.domain.reconnection import (
    MAX_WAIT_SECONDS,
    QUICK_TRIES,
    QUICK_WAIT_SECONDS,
    wait_ceiling,
)


def test_a_restart_is_waited_out_in_short_steps_then_the_waits_double():
    quick = [wait_ceiling(n) for n in range(1, QUICK_TRIES + 1)]
    assert max(quick) <= QUICK_WAIT_SECONDS and quick[0] == 0.5
    assert wait_ceiling(QUICK_TRIES + 1) > QUICK_WAIT_SECONDS
    assert wait_ceiling(QUICK_TRIES + 50) == MAX_WAIT_SECONDS


@given(st.integers(0, 10_000))
def test_waits_never_shrink_as_failures_grow_and_stay_capped(failures):
    assert 0 < wait_ceiling(failures) <= wait_ceiling(failures + 1) <= MAX_WAIT_SECONDS
