"""A new meeting as the secretariat creates it: the payload it gets, and each mistake refused with the
code and the words the secretariat reads (console and setup dialog show them as they are)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from meeting_factory import Meeting

from companion.domain.codec import to_plain
from companion.domain.errors import Invalid
from companion.domain.meeting_setup import MAX_DAYS, check_zone, consecutive_days, meeting_payload

DAY = date(2026, 3, 2)
SIX = ["ar", "zh", "en", "fr", "ru", "es"]


def _refused(**changes) -> Invalid:
    args = {"meeting_id": "wipo-ga", "title": "General Assembly", "time_zone": "Europe/Zurich", "days": [DAY]}
    with pytest.raises(Invalid) as refused:
        meeting_payload(**{**args, **changes})
    return refused.value


def test_a_meeting_with_the_defaults_speaks_the_six_languages_and_has_no_venue_items_or_shifts():
    assert meeting_payload("wipo-ga", "General Assembly", "Europe/Zurich", [DAY]) == {
        "meeting": {
            "id": "wipo-ga",
            "title": "General Assembly",
            "venue": "",
            "time_zone": "Europe/Zurich",
            "days": ["2026-03-02"],
            "languages": SIX,
            "formats": [],
            "groups": [],
            "booths": [],  # the UN defaults (domain/booths.py)
            "order_categories": [],
        },
        "items": [],
        "shifts": [],
    }


def test_the_title_is_tidied_languages_are_read_leniently_and_days_are_sorted_once():
    payload = meeting_payload(
        "a.b_c-1",
        "  General \t Assembly\n ",
        "America/New_York",
        [date(2026, 3, 3), DAY, date(2026, 3, 3)],
        languages=[" FR", "en ", "", "fr", "  "],
        venue="Palais des Nations",
    )
    meeting = payload["meeting"]
    assert meeting["title"] == "General Assembly"
    assert meeting["languages"] == ["fr", "en"]  # lower-cased, blanks skipped, once each, in the order given
    assert meeting["days"] == ["2026-03-02", "2026-03-03"]
    assert (meeting["id"], meeting["venue"], meeting["time_zone"]) == (
        "a.b_c-1",
        "Palais des Nations",
        "America/New_York",
    )


def test_the_items_given_are_checked_and_carried_as_they_are():
    items = list(Meeting().state.items.values())[:3]
    payload = meeting_payload("wipo-ga", "General Assembly", "Europe/Zurich", [DAY], items=items)
    assert payload["items"] == [to_plain(i) for i in items]


@pytest.mark.parametrize("good", ["a", "0", "a" * 64, "wipo-conv.12_b"])
def test_meeting_ids_of_lower_case_letters_digits_dot_dash_underscore_up_to_64(good):
    assert meeting_payload(good, "T", "UTC", [DAY])["meeting"]["id"] == good


@pytest.mark.parametrize(
    "bad", ["", None, "a" * 65, "Wipo", "-wipo", ".wipo", "_wipo", "wipo ga", "wipo/ga", "wipo\n"]
)
def test_other_meeting_ids_are_refused_with_the_rule_in_words(bad):
    refused = _refused(meeting_id=bad)
    assert refused.code == "invalid_meeting_id"
    assert refused.message == f"{bad!r} is not a meeting id (a-z, 0-9, '.', '-', '_')."


def test_a_title_of_1_to_500_characters_after_tidying():
    assert meeting_payload("m", "x" * 500, "UTC", [DAY])["meeting"]["title"] == "x" * 500
    assert meeting_payload("m", " x ", "UTC", [DAY])["meeting"]["title"] == "x"
    for bad in ("", "   ", None, "x" * 501):
        refused = _refused(title=bad)
        assert (refused.code, refused.message) == (
            "invalid_title",
            "A meeting needs a title of 1 to 500 characters.",
        )


def test_a_title_or_venue_with_a_control_character_is_refused_naming_which():
    title = _refused(title="General\x07Assembly")
    assert (title.code, title.message) == ("invalid_text", "The title holds a control character (U+0007).")
    venue = _refused(venue="Geneva\x00")
    assert (venue.code, venue.message) == ("invalid_text", "The venue holds a control character (U+0000).")


def test_a_venue_up_to_200_characters_or_none():
    assert meeting_payload("m", "T", "UTC", [DAY], venue=None)["meeting"]["venue"] == ""
    assert meeting_payload("m", "T", "UTC", [DAY], venue="v" * 200)["meeting"]["venue"] == "v" * 200
    refused = _refused(venue="v" * 201)
    assert (refused.code, refused.message) == ("too_long", "The venue is longer than 200 characters.")


@pytest.mark.parametrize(
    ("languages", "unknown"),
    [(["de"], ["de"]), (["en", "de", "it"], ["de", "it"]), ([], []), (["", " "], [])],
)
def test_languages_must_be_among_the_six_and_at_least_one(languages, unknown):
    refused = _refused(languages=languages)
    assert refused.code == "unknown_language"
    assert refused.message == f"Languages must be among ar, zh, en, fr, ru, es (got {unknown})."


@pytest.mark.parametrize("count", [1, MAX_DAYS])
def test_a_meeting_lasts_1_to_31_days(count):
    days = consecutive_days(DAY, count)
    assert len(meeting_payload("m", "T", "UTC", days)["meeting"]["days"]) == count


@pytest.mark.parametrize("days", [[], consecutive_days(DAY, 31) + [date(2026, 5, 1)]])
def test_no_days_or_more_than_31_are_refused(days):
    refused = _refused(days=days)
    assert (refused.code, refused.message) == ("out_of_range", "A meeting lasts 1 to 31 days.")


@pytest.mark.parametrize("year", [1970, 2100])
def test_days_from_1970_to_2100_are_accepted(year):
    day = date(year, 6, 1)
    assert meeting_payload("m", "T", "UTC", [day])["meeting"]["days"] == [day.isoformat()]
    assert consecutive_days(day, 1) == [day]


@pytest.mark.parametrize("day", [date(1969, 12, 31), date(2101, 1, 1)])
def test_days_outside_1970_to_2100_are_refused(day):
    words = "A meeting's days must fall between 1970 and 2100."
    refused = _refused(days=[DAY, day])
    assert (refused.code, refused.message) == ("out_of_range", words)
    with pytest.raises(Invalid) as from_start:
        consecutive_days(day, 1)
    assert (from_start.value.code, from_start.value.message) == ("out_of_range", words)


def test_an_item_breaking_a_limit_is_refused_naming_the_item_by_its_first_60_characters():
    item = next(iter(Meeting().state.items.values()))
    long_title = "Opening of the session by the Director General and adoption of the agenda"
    bad = replace(item, title=long_title, room="r" * 201)
    refused = _refused(items=[item, bad])
    assert refused.code == "too_long"
    assert refused.message == f"The item {long_title[:60]!r}: a room is longer than 200 characters."


def test_consecutive_days_from_a_first_day():
    assert consecutive_days(DAY, 3) == [DAY, date(2026, 3, 3), date(2026, 3, 4)]
    assert consecutive_days(date(2026, 2, 28), 2) == [date(2026, 2, 28), date(2026, 3, 1)]
    assert len(consecutive_days(DAY, MAX_DAYS)) == 31


@pytest.mark.parametrize("count", [0, -1, 32])
def test_consecutive_days_refuses_a_count_outside_1_to_31(count):
    with pytest.raises(Invalid) as refused:
        consecutive_days(DAY, count)
    assert (refused.value.code, refused.value.message) == ("out_of_range", "A meeting lasts 1 to 31 days.")


def test_the_last_possible_date_is_refused_by_its_year_not_by_an_overflow():
    with pytest.raises(Invalid) as refused:
        consecutive_days(date(9999, 12, 31), 2)
    assert refused.value.code == "out_of_range"


@pytest.mark.parametrize("zone", ["Europe/Zurich", "UTC", "Asia/Kolkata", "America/Argentina/Buenos_Aires"])
def test_iana_zones_are_accepted(zone):
    check_zone(zone)
    assert meeting_payload("m", "T", zone, [DAY])["meeting"]["time_zone"] == zone


@pytest.mark.parametrize(
    "zone", ["Mars/Olympus", "", "/etc/localtime", "../zoneinfo/UTC", None, 3, "CET\x00"]
)
def test_anything_else_is_an_unknown_time_zone_not_a_crash(zone):
    """Not found, not a valid key (empty, absolute, escaping the zone folder) or not text at all."""
    with pytest.raises(Invalid) as refused:
        check_zone(zone)
    assert refused.value.code == "unknown_time_zone"
    assert refused.value.message == f"{zone!r} is not an IANA time zone (e.g. Europe/Zurich)."
    assert _refused(time_zone=zone).code == "unknown_time_zone"
