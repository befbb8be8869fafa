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


def _small_programme(**more):
    """A one-day programme with one item, written as a secretariat would."""
    data = {
        "meeting": {
            "id": "m",
            "title": "A small meeting",
            "venue": "Geneva",
            "time_zone": "Europe/Zurich",
            "languages": ["en", "fr"],
        },
        "days": [
            {
                "date": "2025-10-28",
                "items": [
                    {"id": "open", "start": "10:00", "end": "10:30", "kind": "opening", "title": "Opening"}
                ],
            }
        ],
    }
    data.update(more)
    return data


def test_a_programme_without_booths_or_defaults_has_no_shifts_and_empty_rooms():
    payload = programme_payload(_small_programme())
    assert payload["shifts"] == []
    (item,) = payload["items"]
    assert (item["room"], item["formats"], item["description"], item["list_state"]) == ("", [], "", "none")
    assert item["moderators"] == item["speakers"] == item["languages"] == item["translations"] == []
    assert (item["start"], item["end"]) == ("2025-10-28T09:00:00Z", "2025-10-28T09:30:00Z")


def test_the_programme_defaults_fill_what_an_item_leaves_out_and_only_that():
    data = _small_programme(defaults={"room": "Hall A", "formats": ["room", "webcast"]})
    data["days"][0]["items"].append(
        {"id": "side", "start": "11:00", "end": "12:00", "kind": "panel", "title": "Side", "room": "Room B"}
    )
    first, second = programme_payload(data)["items"]
    assert (first["room"], first["formats"]) == ("Hall A", ["room", "webcast"])
    assert (second["room"], second["formats"]) == ("Room B", ["room", "webcast"])


def test_interpreters_of_a_booth_take_the_shifts_in_turn_each_day():
    data = _small_programme(
        booths={"fr": ["Camille", "Julien"]},
        shift_pattern=[["10:00", "11:00"], ["11:00", "12:00"], ["14:00", "15:00"]],
    )
    shifts = programme_payload(data)["shifts"]
    assert [(s["interpreter"], s["start"]) for s in shifts] == [
        ("Camille", "2025-10-28T09:00:00Z"),
        ("Julien", "2025-10-28T10:00:00Z"),
        ("Camille", "2025-10-28T13:00:00Z"),
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("meeting"), "programme is missing 'meeting'"),
        (lambda d: d["meeting"].pop("title"), "Meeting: missing 'title'"),
        (lambda d: d["meeting"].update(languages="en"), "Meeting.languages"),
        (
            lambda d: d["days"][0]["items"][0].update(end="10:00"),
            r"days\[0\]\.items\[0\] \(open\): ends before it starts",
        ),
        (
            lambda d: d["days"][0]["items"][0].update(end="09:59"),
            r"days\[0\]\.items\[0\] \(open\): ends before it starts",
        ),
        (lambda d: d["days"][0]["items"][0].pop("id"), r"days\[0\]\.items\[0\] \(\?\): 'id'"),
    ],
)
def test_a_wrong_programme_is_refused_saying_where(change, message):
    data = _small_programme()
    change(data)
    with pytest.raises(ValueError, match=message):
        programme_payload(data)


def test_every_field_an_item_is_written_with_reaches_the_meeting():
    data = _small_programme(defaults={"room": "Hall A", "formats": ["room"]})
    data["days"][0]["items"][0].update(
        description="Words of welcome.",
        moderators=[{"name": "Ana Silva", "affiliation": "WIPO"}],
        speakers=[{"name": "Daren Tang"}],
        room="Room B",
        formats=["zoom"],
        languages=["en", "fr"],
        translations={"fr": {"title": "Ouverture"}},
        list="open",
    )
    (item,) = programme_payload(data)["items"]
    assert item["description"] == "Words of welcome."
    assert item["moderators"] == [{"name": "Ana Silva", "affiliation": "WIPO"}]
    assert item["speakers"] == [{"name": "Daren Tang", "affiliation": ""}]
    assert (item["room"], item["formats"], item["languages"]) == ("Room B", ["zoom"], ["en", "fr"])
    assert [(t["language"], t["title"]) for t in item["translations"]] == [("fr", "Ouverture")]
    assert (item["list_state"], item["kind"], item["day"]) == ("open", "opening", "2025-10-28")
