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


def test_each_failure_doubles_the_wait_from_the_first_one():
    # With a tiny first wait the doubling shows before the ceiling does (the public pages pass their own).
    waits = [wait_ceiling(n, first=0.001, most=1000.0) for n in (1, 2, 3, QUICK_TRIES + 1, QUICK_TRIES + 2)]
    assert waits == [0.001, 0.002, 0.004, 0.001 * 2**QUICK_TRIES, 0.001 * 2 ** (QUICK_TRIES + 1)]
    assert wait_ceiling(10**9, first=0.001, most=1e300) == 0.001 * 2**32  # no overflow, however long
