"""Validation, not guessing: each format's reader checks its schema's types, and every refusal or skip
names the place in the file (an XML line and path, a JSON pointer, a VEVENT's line and UID) and a
typed reason."""

from pathlib import Path

import pytest

from companion.interchange import ScheduleError, Why, read_schedule
from companion.interchange.schedule_notes import Shape

FILES = Path(__file__).parent.parent / "fixtures" / "schedules"
ZONE = "Europe/Zurich"
HALL = "<day index='1' date='2025-10-28'> <room name='Conference Hall'>"


def read(name: str):
    return read_schedule((FILES / name).read_bytes(), ZONE, name)


def refusal(data: bytes):
    with pytest.raises(ScheduleError) as refused:
        read_schedule(data, ZONE, "upload")
    return refused.value.note


def seen(notes) -> list[tuple]:
    """What the user sees of each skip: line, place, code and fields."""
    return [(n.line, n.place, n.code, n.fields) for n in notes]


def test_frab_events_breaking_the_xsd_types_are_skipped_with_the_line_of_the_value_at_fault():
    parsed = read("frab-wrong-types.xml")
    assert [i.id for i in parsed.items] == ["wt-ok"]
    assert seen(parsed.skipped) == [
        (24, f"{HALL} event 2 (guid 'wt-duration')", Why.BAD_DURATION, {"value": "1h"}),
        (27, f"{HALL} event 3 (guid 'wt-no-title')", Why.MISSING, {"field": "<title>"}),
        (36, f"{HALL} event 4 (guid 'wt-markup')", Why.WRONG_TYPE, {"field": "<title>", "expected": Shape.TEXT}),
        (38, f"{HALL} event 5 (id 'six-o-five')", Why.WRONG_TYPE,
         {"field": "<event id>", "expected": Shape.WHOLE_NUMBER}),
        (46, f"{HALL} event 6 (guid 'wt-two-dates')", Why.REPEATED, {"field": "<date>"}),
        (52, "<event> (guid 'wt-outside')", Why.MISPLACED, {"field": "<event>", "parent": "<room>"}),
    ]
    assert parsed.skipped[3].where.startswith("line 38: <day index='1'")
    assert parsed.skipped[2].reason == "<title> should be text"  # markup in a title is not read as its first word


FRAB = b"""<?xml version="1.0"?>
<schedule>
  <version>1</version>
  <conference><title>x</title><time_zone_name>Europe/Zurich</time_zone_name></conference>
  <day index="1" date="2025-10-28"><room name="A"/></day>
</schedule>"""


@pytest.mark.parametrize(
    ("data", "line", "place", "code", "fields"),
    [
        (FRAB.replace(b"<conference><title>x</title><time_zone_name>Europe/Zurich</time_zone_name></conference>",
                      b""), 2, "<schedule>", Why.MISSING, {"field": "<conference>"}),
        (FRAB.replace(b"</conference>", b"</conference><conference/>"), 4, "<schedule>", Why.REPEATED,
         {"field": "<conference>"}),
        (FRAB.replace(b'date="2025-10-28"', b'date="28.10.2025"'), 5, "<day index='1' date='28.10.2025'>",
         Why.BAD_DATE, {"field": "<day date>", "value": "28.10.2025"}),
        (FRAB.replace(b'date="2025-10-28"', b""), 5, "<day index='1' date=None>", Why.MISSING,
         {"field": "<day date>"}),
        (FRAB.replace(b"<title>x</title>", b"<title>x</title>\n<time_zone_name><b>UTC</b></time_zone_name>"),
         5, "<conference>", Why.WRONG_TYPE, {"field": "<time_zone_name>", "expected": Shape.TEXT}),
    ],
)
def test_a_frab_frame_of_the_wrong_shape_refuses_the_file_with_the_line_and_element(data, line, place, code, fields):
    note = refusal(data)
    assert (note.line, note.place, note.code, note.fields) == (line, place, code, fields)


def test_c3voc_schema_2_events_are_checked_against_its_json_schema_each_named_by_a_json_pointer():
    parsed = read("c3voc-schema2-wrong-types.json")
    [ok] = parsed.items
    # A text given per language is read in English; an ISO 8601 duration is read; "/" in a room name.
    assert ok.description == "Welcome." and ok.room == "Saal 1/2" and (ok.end - ok.start).seconds == 45 * 60
    assert seen(parsed.skipped) == [
        (0, "/schedule/events/1/start", Why.BAD_INSTANT, {"field": "start", "value": "tomorrow at ten"}),
        (0, "/schedule/events/2/participants", Why.WRONG_TYPE, {"field": "participants", "expected": Shape.LIST}),
        (0, "/schedule/events/3", Why.MISSING, {"field": "start"}),
        (0, "/schedule/events/4/room", Why.WRONG_TYPE, {"field": "room", "expected": Shape.OBJECT_OR_TEXT}),
    ]


def test_a_json_pointer_escapes_a_slash_in_a_room_name():
    data = (b'{"schedule": {"conference": {"days": [{"date": "2025-10-28", "rooms": {"Saal 1/2": ['
            b'{"guid": "a", "start": "25:00", "duration": "00:30", "title": "x"}]}}]}}}')
    [skip] = read_schedule(data, ZONE).skipped
    assert skip.place == "/schedule/conference/days/0/rooms/Saal 1~12/0/start"
    assert (skip.code, skip.fields) == (Why.BAD_TIME, {"field": "start", "value": "25:00"})


@pytest.mark.parametrize(
    ("data", "place", "code", "fields"),
    [
        (b'{"schedule": {"conference": {"days": {"date": "2025-10-28"}}}}', "/schedule/conference/days",
         Why.WRONG_TYPE, {"field": "days", "expected": Shape.LIST}),
        (b'{"schedule": {"conference": {"days": [{"date": "2025-10-28", "rooms": []}]}}}',
         "/schedule/conference/days/0/rooms", Why.WRONG_TYPE, {"field": "rooms", "expected": Shape.OBJECT}),
        (b'{"schedule": {"conference": {"days": [{"date": "2025-10-28", "rooms": {"A": {}}}]}}}',
         "/schedule/conference/days/0/rooms/A", Why.WRONG_TYPE, {"field": "A", "expected": Shape.LIST}),
        (b'{"schedule": {"conference": {"days": [{"rooms": {}}]}}}', "/schedule/conference/days/0", Why.MISSING,
         {"field": "date"}),
        (b'{"schedule": {"conference": {}, "events": {}}}', "/schedule/events", Why.WRONG_TYPE,
         {"field": "events", "expected": Shape.LIST}),
        (b'{"schedule": {"conference": {"days": [{"date": "2025-10-28"}]}, "events": []}}',
         "/schedule/conference/days/0", Why.MISSING, {"field": "start"}),
        (b'{"schedule": {"conference": {"days": 3}}}', "/schedule/conference/days", Why.WRONG_TYPE,
         {"field": "days", "expected": Shape.LIST}),
    ],
)
def test_a_c3voc_frame_of_the_wrong_shape_refuses_the_file_with_the_pointer(data, place, code, fields):
    note = refusal(data)
    assert (note.place, note.code, note.fields, note.line) == (place, code, fields, 0)


def test_icalendar_problems_rfc_5545_names_skip_the_vevent_with_its_line_and_uid():
    parsed = read("ics-rfc-problems.ics")
    assert [i.id for i in parsed.items] == ["rfc-ok@example.org", "rfc-geo@example.org"]  # GEO is not ours
    assert seen(parsed.skipped) == [
        (12, "VEVENT 2 (UID rfc-both@example.org)", Why.BOTH_GIVEN, {"field": "DTEND", "other": "DURATION"}),
        (20, "VEVENT 3 (UID rfc-two-summaries@example.org)", Why.REPEATED, {"field": "SUMMARY"}),
        (28, "VEVENT 4 (UID rfc-bad-start@example.org)", Why.BAD_INSTANT,
         {"field": "DTSTART", "value": "20251028T250000Z"}),
    ]


def test_a_reason_reaches_the_client_as_code_fields_place_and_line():
    [skip, *_] = read("frab-wrong-types.xml").skipped
    assert skip.plain() == {
        "place": f"{HALL} event 2 (guid 'wt-duration')", "line": 24, "code": "bad_duration",
        "fields": {"value": "1h"}, "reason": "the duration '1h' cannot be read (frab: HH:MM; iCalendar: PT1H30M)",
    }
    assert "line" not in read("c3voc-schema2-wrong-types.json").skipped[0].plain()  # JSON has no lines: a pointer


def test_null_stands_for_a_field_not_given_and_a_wrong_text_per_language_is_named_so():
    events = (b'[{"guid": "n", "start": "10:00", "duration": "00:30", "title": "T", "type": null, "room": null,'
              b' "abstract": null, "persons": null, "id": null},'
              b' {"guid": "m", "start": "11:00", "duration": "00:30", "title": "U", "abstract": 5}]')
    v1 = b'{"schedule": {"conference": {"days": [{"date": "2025-10-28", "rooms": {"Hall": ' + events + b'}}]}}}'
    parsed = read_schedule(v1, ZONE)
    [item] = parsed.items
    assert (item.id, item.room, item.speakers, item.description) == ("n", "Hall", (), "")
    [skip] = parsed.skipped  # schema 1 gives abstract as text only
    assert (skip.place, skip.fields) == ("/schedule/conference/days/0/rooms/Hall/1/abstract",
                                         {"field": "abstract", "expected": Shape.TEXT})
    v2 = (b'{"schedule": {"conference": {}, "events": [{"guid": "m", "start": "2025-10-28T10:00:00+01:00",'
          b' "duration": "PT30M", "title": "U", "abstract": 5}]}}')
    [skip] = read_schedule(v2, ZONE).skipped
    assert (skip.place, skip.fields) == ("/schedule/events/0/abstract",
                                         {"field": "abstract", "expected": Shape.TEXT_OR_LANGUAGES})
