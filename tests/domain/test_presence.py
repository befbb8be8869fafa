"""Presence: connected, away N minutes, never connected — read from the server's report."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.presence import Presence, Seen, presence_of, seen_from_plain

NOW = datetime(2025, 10, 28, 11, 0, tzinfo=UTC)


def test_connected_away_and_never():
    seen = seen_from_plain(
        {"as_of": "2025-10-28T11:00:00Z", "connected": ["del-ke"], "left_at": {"del-br": "2025-10-28T10:48:30Z"}}
    )
    assert presence_of(seen, "del-ke", NOW) == (Presence.CONNECTED, 0)
    assert presence_of(seen, "del-br", NOW) == (Presence.AWAY, 11)
    assert presence_of(seen, "del-jp", NOW) == (Presence.NEVER, 0)


@pytest.mark.parametrize(
    "bad", [None, [], {}, {"as_of": "x", "connected": [], "left_at": {}}, {"as_of": "2025-10-28T11:00:00Z"}]
)
def test_a_report_that_is_not_one_is_refused(bad):
    with pytest.raises(ValueError):
        seen_from_plain(bad)


@given(st.integers(0, 10_000), st.booleans())
def test_minutes_away_count_down_from_the_last_stream(seconds, connected):
    left = NOW - timedelta(seconds=seconds)
    seen = Seen(NOW, frozenset({"p"}) if connected else frozenset(), {"p": left})
    presence, minutes = presence_of(seen, "p", NOW)
    assert presence == (Presence.CONNECTED if connected else Presence.AWAY)
    assert minutes == (0 if connected else seconds // 60)
