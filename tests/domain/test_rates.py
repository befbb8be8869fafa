"""How fast a participant may send commands: the token bucket's arithmetic as the server applies it
(what is allowed at once, what refills, how long a refused sender is told to wait)."""

from __future__ import annotations

import pytest

from companion.domain.rates import DELEGATE_RATE, MANAGER_RATE, Bucket, Rate, is_full, rate_of, take
from companion.domain.vocabulary import Role

# Binary fractions throughout, so the arithmetic is exact.
RATE = Rate(per_second=4.0, burst=8)


@pytest.mark.parametrize(
    ("role", "rate"),
    [
        (Role.DELEGATE, Rate(5.0, 20)),
        (Role.INTERPRETER, Rate(5.0, 20)),
        (Role.CHAIR, Rate(50.0, 100)),
        (Role.SECRETARIAT, Rate(50.0, 100)),
        ("observer", Rate(5.0, 20)),  # a role this version does not know: the stricter rate
    ],
)
def test_each_role_has_its_rate(role, rate):
    assert rate_of(role) == rate
    assert rate in (DELEGATE_RATE, MANAGER_RATE)


def test_a_first_command_finds_a_full_bucket():
    assert take(None, RATE, 100.0) == (Bucket(7.0, 100.0), 0.0)


def test_a_burst_goes_through_at_once_then_the_next_waits_for_one_token():
    bucket, answers = None, []
    for _ in range(RATE.burst + 1):
        bucket, wait = take(bucket, RATE, 50.0)
        answers.append(wait)
    assert answers == [0.0] * 8 + [0.25]
    assert bucket == Bucket(0.0, 50.0)


def test_tokens_refill_at_the_rate_and_never_beyond_the_burst():
    assert take(Bucket(0.0, 10.0), RATE, 10.5) == (Bucket(1.0, 10.5), 0.0)  # 2 refilled, 1 taken
    assert take(Bucket(3.0, 0.0), RATE, 1000.0) == (Bucket(7.0, 1000.0), 0.0)  # capped at 8
    assert take(Bucket(1.0, 10.0), RATE, 10.0) == (Bucket(0.0, 10.0), 0.0)  # exactly one left: taken


def test_a_refused_command_is_told_how_long_until_a_token_and_takes_none():
    assert take(Bucket(0.5, 10.0), RATE, 10.0) == (Bucket(0.5, 10.0), 0.125)
    assert take(Bucket(0.0, 10.0), RATE, 10.125) == (Bucket(0.5, 10.125), 0.125)
    assert take(Bucket(0.0, 10.0), Rate(per_second=2.0, burst=1), 10.0) == (Bucket(0.0, 10.0), 0.5)


def test_a_clock_that_goes_back_refills_nothing():
    assert take(Bucket(0.5, 10.0), RATE, 6.0) == (Bucket(0.5, 6.0), 0.125)
    assert not is_full(Bucket(7.5, 10.0), RATE, 6.0)


def test_a_bucket_is_full_once_refilled_to_the_burst():
    assert is_full(Bucket(8.0, 0.0), RATE, 0.0)
    assert not is_full(Bucket(7.0, 0.0), RATE, 0.0)
    assert not is_full(Bucket(7.0, 0.0), RATE, 0.125)
    assert is_full(Bucket(7.0, 0.0), RATE, 0.25)  # exactly full
    assert is_full(Bucket(0.0, 0.0), RATE, 60.0)
