"""Schedule files from the wild, round two (issue 30): one bad event never sinks a file, each
producer's quirks are read as that producer meant them. Each fixture is shaped like the real file."""

import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.domain.entities import Meeting
from companion.domain.limits import MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS, check_item
from companion.domain.schedule_plan import plan_import
from companion.domain.state import MeetingState
from companion.domain.vocabulary import LANGUAGES
from companion.interchange import ScheduleError, Why, read_schedule
from companion.interchange.ical_export import agenda_calendar
from companion.interchange.schedule_header import read_header

FILES = Path(__file__).parent.parent / "fixtures" / "schedules"
ZONE = "Europe/Zurich"
NOW = datetime(2025, 10, 20, 12, 0, tzinfo=UTC)


def read(name: str, zone: str = ZONE):
    return read_schedule((FILES / name).read_bytes(), zone, name)


def test_an_over_long_abstract_and_title_are_shortened_with_a_note_and_a_bad_year_skips_one_event():
    parsed = read("frab-ccc-long-abstract.xml")
    items = {i.id[-4:]: i for i in parsed.items}
    assert set(items) == {"0001", "0802", "0804"}  # the far-future event alone is skipped
    long = items["0802"]
    assert len(long.description) == MAX_DESCRIPTION_CHARS and long.description.endswith("…")
    assert len(long.title) <= MAX_TITLE_CHARS and long.title.endswith("…")
    for item in parsed.items:
        check_item(item)  # what prepare_import checks: nothing left for it to refuse
    shortened = {n.fields["field"]: n for n in parsed.notes if n.code == Why.SHORTENED}
    assert set(shortened) == {"title", "description"}
    note = shortened["description"]
    assert note.fields["limit"] == MAX_DESCRIPTION_CHARS and note.fields["length"] > MAX_DESCRIPTION_CHARS
    # The place is the file's own: its day, room and the event's guid, and the line it starts on.
    assert "(guid '0b1f2b2c-0d5e-5a71-9e7b-0c0ffee00802')" in note.place and note.line == 30
    [skip] = parsed.skipped
    assert skip.code == Why.OUT_OF_RANGE and "0c0ffee00803" in skip.place and skip.line == 41
    assert skip.fields == {"first": 1970, "last": 2100} and "2100" in skip.reason


def test_json_shortened_fields_are_named_by_their_json_pointer():
    parsed = read("c3voc-pretalx-2026.json")
    [note] = [n for n in parsed.notes if n.code == Why.SHORTENED]
    assert note.place == "/schedule/conference/days/0/rooms/Main/1" and note.fields["field"] == "description"
    assert len(parsed.items) == 2 and parsed.skipped == []


def test_carriage_returns_in_descriptions_become_plain_newlines():
    pretalx = {i.title: i for i in read("c3voc-pretalx-2026.json").items}
    assert pretalx["Keynote"].description == "Line one.\nLine two.\n\nA paragraph."
    google = {i.title: i for i in read("google-stray-cr.ics").items}  # a CR before each escaped newline
    assert google["Working group: second session"].description == "Line one\nLine two\n\nEnd"
    pretalx = {i.title: i for i in read("pretalx-schedule.xml").items}  # &#13;&#10; survives the XML parser
    assert pretalx["Typing the untyped"].description == "First paragraph.\n\nSecond paragraph."


ROUND_TRIP = sorted(p.name for p in FILES.iterdir())


@pytest.mark.parametrize("name", ROUND_TRIP)
def test_every_producers_file_reimported_from_our_export_changes_nothing(name):
    """Read the file, make it the meeting's agenda, export agenda.ics, read that back: the plan is
    empty and every item is counted unchanged (frab, pentabarf, pretalx, wafer, c3voc 1 and 2,
    Google, Exchange, Indico-style feeds)."""
    zone = read_header((FILES / name).read_bytes()).time_zone or ZONE  # as create-meeting would
    try:
        parsed = read(name, zone)
    except ScheduleError:
        return  # a fixture of a refused file: nothing to round-trip
    if not parsed.items:
        return
    days = tuple(sorted({i.day for i in parsed.items}))
    meeting = Meeting("m-1", "Round trip", "Geneva", zone, days, LANGUAGES)
    state = MeetingState(seq=1, meeting=meeting, items={i.id: i for i in parsed.items})
    exported = agenda_calendar(state, None, NOW)
    back = read_schedule(exported, zone, "agenda.ics")
    assert back.skipped == []
    plan = plan_import(state, back.items, back.fields)
    assert plan.empty, (plan.changed, plan.added, plan.removed)
    assert plan.unchanged == len(state.items)


def test_a_wafer_day_dated_in_utc_is_filed_by_its_start_in_the_conference_zone():
    parsed = read("frab-wafer-utc-days.xml", "Asia/Kolkata")
    items = {i.title: i for i in parsed.items}
    assert items["Welcome to DebConf"].day == date(2023, 9, 10)
    # A wall-clock <start> is placed on the day's real date too, not the UTC one.
    assert items["Packaging BoF"].day == date(2023, 9, 10)
    assert items["Packaging BoF"].start == datetime(2023, 9, 10, 8, 30, tzinfo=UTC)
    assert items["Closing"].day == date(2023, 9, 11)
    notes = [(n.code, n.fields) for n in parsed.notes]
    assert notes == [
        (Why.DAY_FROM_START, {"date": "2023-09-09", "used": "2023-09-10", "zone": "Asia/Kolkata"}),
        (Why.DAY_FROM_START, {"date": "2023-09-10", "used": "2023-09-11", "zone": "Asia/Kolkata"}),
    ]
    assert parsed.notes[0].place == "<day index='1' date='2023-09-09'>" and parsed.notes[0].line == 17


def frab_day(*clocks: str) -> bytes:
    """A frab file of one day whose window runs 10:00 to 03:00 the next morning (a CCC day), with
    an event at each wall-clock time."""
    events = "".join(
        f'<event guid="e{n}"><start>{clock}</start><duration>00:30</duration><title>T{n}</title></event>'
        for n, clock in enumerate(clocks)
    )
    return (
        "<schedule><conference><title>C</title><time_zone_name>Europe/Berlin</time_zone_name></conference>"
        '<day index="1" date="2025-12-27" start="2025-12-27T10:00:00+01:00" end="2025-12-28T03:00:00+01:00">'
        f'<room name="Saal 1">{events}</room></day></schedule>'
    ).encode()


def test_an_event_before_the_days_start_but_not_after_its_midnight_stays_on_its_date():
    """09:00 is earlier than the day's 10:00 start, but 09:00 the next morning is past the window's
    03:00 end: it is an early event of the 27th (a set-up, a queue), not an after-midnight one.
    01:30 is in the after-midnight part: the 28th. The note counts only the event that moved."""
    parsed = read_schedule(frab_day("09:00", "01:30", "12:00"), "Europe/Berlin", "ccc.xml")
    starts = {i.id: i.start for i in parsed.items}
    assert starts == {
        "e0": datetime(2025, 12, 27, 8, 0, tzinfo=UTC),  # 09:00 on the 27th, its own date
        "e1": datetime(2025, 12, 28, 0, 30, tzinfo=UTC),  # 01:30 on the 28th
        "e2": datetime(2025, 12, 27, 11, 0, tzinfo=UTC),
    }
    assert {i.day for i in parsed.items} == {date(2025, 12, 27)}
    [note] = parsed.notes
    assert note.code == Why.AFTER_MIDNIGHT and note.fields == {"count": 1}
    assert note.place.endswith("event 2 (guid 'e1')")  # the (first) event it moved


def test_a_file_whose_every_time_has_an_offset_gets_no_zone_assumed_note():
    """No time_zone_name, but every time carries its offset: the offsets were used, not meeting time."""
    event = '<event guid="g{n}"><date>2025-10-28T1{n}:00:00+01:00</date><start>1{n}:00</start>' \
            '<duration>00:30</duration><title>T</title></event>'
    xml = ('<schedule><conference><title>C</title></conference><day index="1" date="2025-10-28"><room name="A">'
           + event.format(n=0) + event.format(n=1) + "</room></day></schedule>").encode()
    parsed = read_schedule(xml, ZONE, "offsets.xml")
    assert len(parsed.items) == 2 and parsed.notes == []
    document = {"schedule": {"conference": {"days": [{"date": "2025-10-28", "rooms": {"A": [
        {"guid": "a", "title": "T", "date": "2025-10-28T10:00:00+01:00", "start": "10:00", "duration": "00:30"}]}}]}}}
    parsed = read_schedule(json.dumps(document).encode(), ZONE, "offsets.json")
    assert len(parsed.items) == 1 and parsed.notes == []
    # One wall-clock time among them is read in meeting time, and that is said.
    document["schedule"]["conference"]["days"][0]["rooms"]["A"].append(
        {"guid": "b", "title": "T", "start": "11:00", "duration": "00:30"})
    [note] = read_schedule(json.dumps(document).encode(), ZONE, "mixed.json").notes
    assert note.code == Why.ZONE_ASSUMED and note.place == "/schedule/conference" and note.fields == {"zone": ZONE}


def test_an_exchange_rule_with_spaces_in_its_byday_list_is_read_as_meant():
    """Exchange writes ``BYDAY=MO, TU, WE``; RFC 5545 has no spaces there, and icalendar refused the
    rule, so the series was skipped (and with it, in the real file, everything)."""
    parsed = read("exchange-byday-spaces.ics", "Europe/Berlin")
    assert parsed.skipped == []
    starts = sorted(i.start for i in parsed.items)
    assert len(starts) == 14 and {s.astimezone(ZoneInfo("Europe/Berlin")).weekday() for s in starts} == {0, 1, 2}
    assert starts[0] == datetime(2025, 10, 28, 8, 30, tzinfo=UTC)  # 09:30 in W. Europe Standard Time
    [note] = parsed.notes
    assert note.code == Why.RECURRENCE_EXPANDED and note.fields == {"count": 14}


def test_a_json_events_notes_carry_its_guid_beside_the_pointer():
    """A pointer says where; the guid (or id) is what a person searches the file for."""
    parsed = read("c3voc-wrong-types.json")
    keys = {s.place.split("/")[7]: s.key for s in parsed.skipped}
    assert keys == {"1": "guid 'bad-persons'", "2": "guid 'bad-title'", "3": "guid 'bad-person-name'",
                    "4": "guid 'zero'", "5": "guid 'no-start'", "6": ""}  # 6 is not an object
    first = parsed.skipped[0]
    assert first.plain()["key"] == "guid 'bad-persons'" and first.where.endswith("/1/persons (guid 'bad-persons')")
    [shortened] = [n for n in read("c3voc-pretalx-2026.json").notes if n.code == Why.SHORTENED]
    assert shortened.key == "guid '6f1c0d3e-0000-5000-8000-000000000002'"
