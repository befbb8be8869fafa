import json
import time as process_clock
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from companion.domain.instants import local_to_utc, parse_instant, to_iso
from companion.domain.programme import programme_payload
from companion.paths import BUNDLED_MEETING


def test_meeting_days_fall_after_europe_leaves_summer_time():
    # 26 October 2025 Europe left summer time: 10:00 in Geneva on the 28th is 09:00 UTC, not 08:00.
    assert to_iso(local_to_utc(date(2025, 10, 28), time(10), "Europe/Zurich")) == "2025-10-28T09:00:00Z"
    assert to_iso(local_to_utc(date(2025, 10, 24), time(10), "Europe/Zurich")) == "2025-10-24T08:00:00Z"


def test_a_wall_clock_time_skipped_by_dst_is_refused():
    with pytest.raises(ValueError, match="does not exist"):
        local_to_utc(date(2025, 3, 30), time(2, 30), "Europe/Zurich")


def test_naive_instants_are_refused():
    with pytest.raises(ValueError):
        parse_instant("2025-10-28T10:00:00")


@pytest.fixture
def laptop_in_tokyo(monkeypatch):
    """The machine's own time zone is Tokyo (UTC+9), as on a delegate's laptop far from the venue."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    process_clock.tzset()
    yield
    monkeypatch.undo()
    process_clock.tzset()


def test_instants_do_not_follow_the_machines_time_zone(laptop_in_tokyo):
    # Every instant is stored and exchanged in UTC wherever the laptop is: a Tokyo laptop must
    # write and read the same text a Geneva server does.
    geneva_ten = datetime(2025, 10, 28, 10, tzinfo=timezone(timedelta(hours=1)))
    assert to_iso(geneva_ten) == "2025-10-28T09:00:00Z"
    for text in ("2025-10-28T09:00:00Z", "2025-10-28T10:00:00+01:00"):
        moment = parse_instant(text)
        assert moment.utcoffset() == timedelta(0) and moment.isoformat() == "2025-10-28T09:00:00+00:00"
    venue = local_to_utc(date(2025, 10, 28), time(10), "Europe/Zurich")
    assert venue.utcoffset() == timedelta(0) and venue.hour == 9
    assert datetime.now().astimezone().utcoffset() == timedelta(hours=9)  # the fixture took effect


def test_an_instant_keeps_its_fraction_of_a_second():
    moment = datetime(2025, 10, 28, 9, 0, 0, 250000, tzinfo=UTC)
    assert parse_instant(to_iso(moment)) == moment and to_iso(moment) == "2025-10-28T09:00:00.250000Z"


def test_bundled_programme_has_both_days_in_session_hours():
    payload = programme_payload(json.loads(BUNDLED_MEETING.read_text()))
    starts = sorted(i["start"] for i in payload["items"])
    assert starts[0] == "2025-10-28T09:00:00Z" and payload["meeting"]["time_zone"] == "Europe/Zurich"
    assert max(i["end"] for i in payload["items"]) == "2025-10-29T17:00:00Z"
    kinds = {i["kind"] for i in payload["items"]}
    assert {
        "opening",
        "keynote",
        "panel",
        "presentation",
        "sharing_session",
        "open_floor",
        "break",
        "closing",
    } <= kinds
    assert {s["language"] for s in payload["shifts"]} == {"ar", "zh", "en", "fr", "ru", "es"}


def test_programme_errors_name_the_place():
    data = json.loads(BUNDLED_MEETING.read_text())
    data["days"][1]["items"][2]["start"] = "25:00"
    with pytest.raises(ValueError, match=r"days\[1\]\.items\[2\]"):
        programme_payload(data)
