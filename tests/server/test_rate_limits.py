"""Command rate limits and the sign-in throttle against the real server."""

import time

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st
from live_server import Api, LiveServer

from companion.domain.rates import DELEGATE_RATE, MANAGER_RATE, Rate, take
from companion.server import rate_limit
from companion.server.credentials import SignInThrottle
from companion.server.signin_gate import GUESSER_DELAY_S

ITEM = "d1-floor-morning"


@pytest.fixture
def frozen_rates(server, monkeypatch):
    """The server's rate clock stands still: no token refills, so the counts are exact; and
    refusals are not held back (the tarpit has its own test)."""
    hub = server._server.config.app.state.hub
    hub.command_rates._clock = lambda: 1000.0
    monkeypatch.setattr(rate_limit, "TARPIT_S", 0.0)
    return server


def flood(client, n: int):
    channels = ["fr", "en"]
    return [client.command(type="channel.choose", channel=channels[i % 2]) for i in range(n)]


def test_a_flooding_delegate_is_refused_429_and_nothing_of_the_refused_is_appended(frozen_rates, api):
    kenya = api("demo-kenya")
    before = kenya.snapshot()["seq"]
    answers = flood(kenya, 60)
    accepted = [r for r in answers if r.status_code == 200]
    limited = [r for r in answers if r.status_code == 429]
    assert len(accepted) + len(limited) == 60
    assert len(accepted) == DELEGATE_RATE.burst
    assert {r.json()["error"]["code"] for r in limited} == {"rate_limited"}
    assert all(int(r.headers["Retry-After"]) >= 1 for r in limited)
    assert kenya.snapshot()["seq"] == before + len(accepted)


def test_a_flooding_delegate_never_holds_up_the_chair(frozen_rates, api):
    kenya, chair = api("demo-kenya"), api("demo-chair")
    assert any(r.status_code == 429 for r in flood(kenya, 40))
    for status in ("live", "done", "live"):
        assert chair.command(type="agenda.set_status", item_id=ITEM, status=status).status_code == 200
    assert kenya.command(type="channel.choose", channel="ru").status_code == 429  # still limited


def test_the_limit_is_per_participant_not_per_token(frozen_rates):
    url = frozen_rates.url
    first, second = Api(url).sign_in("demo-japan"), Api(url).sign_in("demo-japan")
    flood(first, DELEGATE_RATE.burst)
    assert second.command(type="channel.choose", channel="zh").status_code == 429


def test_a_refusal_is_held_back_so_a_flood_over_one_connection_stays_slow(server):
    server._server.config.app.state.hub.command_rates._clock = lambda: 1000.0  # no refill
    kenya = Api(server.url).sign_in("demo-kenya")
    flood(kenya, DELEGATE_RATE.burst)
    started = time.monotonic()
    assert kenya.command(type="channel.choose", channel="ru").status_code == 429
    assert time.monotonic() - started >= 1 / DELEGATE_RATE.per_second  # held until a token is due


@given(
    st.lists(st.floats(min_value=0, max_value=0.5), min_size=1, max_size=200),
    st.sampled_from([DELEGATE_RATE, MANAGER_RATE]),
)
def test_a_bucket_never_lets_more_through_than_burst_plus_rate_times_time(gaps, rate: Rate):
    now, bucket, accepted = 0.0, None, 0
    for gap in gaps:
        now += gap
        bucket, wait = take(bucket, rate, now)
        accepted += wait == 0
        assert wait >= 0
    assert accepted <= rate.burst + rate.per_second * now + 1e-9


def sign_in(url, code, forwarded_for=None):
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    body = {"meeting": "wipo-conv-12", "code": code}
    return requests.post(f"{url}/api/v1/session", json=body, headers=headers, timeout=10)


@pytest.fixture
def behind_proxy(db_path):
    live = LiveServer(db_path, forwarded_allow_ips="127.0.0.1").start()
    yield live
    live.stop()


def timed_sign_in(url, code, forwarded_for=None):
    started = time.monotonic()
    answer = sign_in(url, code, forwarded_for)
    return answer, time.monotonic() - started


def test_thirty_wrong_codes_slow_that_address_down_but_a_right_code_from_it_still_signs_in(behind_proxy):
    """One delegate mistyping on the venue's Wi-Fi must not lock out everyone behind its address."""
    url = behind_proxy.url
    assert [sign_in(url, f"guess-{n}", "203.0.113.7").status_code for n in range(30)] == [401] * 30
    slowed, took = timed_sign_in(url, "demo-kenya", "203.0.113.7")
    assert slowed.status_code == 200 and took >= GUESSER_DELAY_S * 0.9
    assert timed_sign_in(url, "guess-31", "203.0.113.7")[1] >= GUESSER_DELAY_S * 0.9  # the guesser too
    other, took = timed_sign_in(url, "demo-kenya", "198.51.100.20")  # the next delegation
    assert other.status_code == 200 and took < GUESSER_DELAY_S


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(server):
    for n in range(30):
        sign_in(server.url, f"guess-{n}", f"203.0.113.{n}")  # a forged header per attempt
    answer, took = timed_sign_in(server.url, "demo-kenya", "198.51.100.20")
    assert answer.status_code == 200 and took >= GUESSER_DELAY_S * 0.9  # counted on the real address


def test_the_throttle_remembers_a_bounded_number_of_addresses():
    now = [0.0]
    throttle = SignInThrottle(allowed=3, window=60, clock=lambda: now[0], max_keys=1000)
    for n in range(5000):
        throttle.failed("m", f"10.0.{n // 256}.{n % 256}")
    assert len(throttle) <= 1000
    now[0] = 61
    throttle.failed("m", "192.0.2.1")
    assert len(throttle) == 1  # the old ones were pruned


def test_a_right_code_does_not_reset_a_guessers_count():
    throttle = SignInThrottle(allowed=3, window=60, clock=lambda: 0.0)
    for _ in range(3):
        throttle.failed("m", "a")
    assert throttle.wait_seconds("m", "a") > 0 and throttle.wait_seconds("m", "b") == 0
    assert throttle.wait_seconds("other", "a") == 0


def test_full_buckets_are_forgotten_so_memory_stays_bounded(monkeypatch):
    import asyncio

    from companion.domain.entities import Participant
    from companion.domain.vocabulary import Role

    monkeypatch.setattr(rate_limit, "PRUNE_AT", 100)
    now = [0.0]
    limiter = rate_limit.CommandRateLimiter(clock=lambda: now[0])

    async def one_command_each(n):
        for i in range(n):
            await limiter.check("m", Participant(f"p{i}", "P", Role.DELEGATE))

    asyncio.run(one_command_each(150))
    assert len(limiter._buckets) == 150
    now[0] = 60.0  # every bucket has refilled
    asyncio.run(one_command_each(1))
    assert len(limiter._buckets) <= 1
