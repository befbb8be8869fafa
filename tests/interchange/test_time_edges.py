"""The edges of reading and writing times, found by interchange's mutation run
(docs/mutation-testing.md): a frab event on its programme day and its window, durations and clock
times as the formats write them, and a calendar feed that does not depend on the server machine's
time zone."""

from __future__ import annotations

import hashlib
import json
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.interchange import ScheduleError, Why, read_schedule
from companion.interchange.ical_export import unambiguous
from companion.interchange.ical_recurrence import MAX_OCCURRENCES, occurrence_id
from companion.interchange.schedule_notes import Unreadable
from companion.interchange.schedule_parts import (
    MAX_ID_LENGTH,
    Collector,
    parse_clock,
    parse_duration,
    parse_stamp,
    zone_named,
)

ZURICH = ZoneInfo("Europe/Zurich")
FILES = Path(__file__).parent.parent / "fixtures" / "schedules"


@pytest.fixture
def machine_in_new_york(monkeypatch):
    """The server machine's own zone set far from the meeting's: nothing may depend on it."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def frab(starts: list[str], window: tuple[str, str] | None = None, day_change: str = "",
         day_attributes: str = "") -> bytes:
    """A frab file of one day, 2025-10-28 in Zurich, with an event at each start (its guid ``e<start>``)."""
    if window is not None:
        day_attributes += f' start="{window[0]}" end="{window[1]}"'
    events = "".join(
        f'<event guid="e{start}" id="{n}"><start>{start}</start><duration>00:30</duration>'
        f"<room>Hall</room><title>Item {n}</title><type>talk</type></event>"
        for n, start in enumerate(starts, start=1)
    )
    change = f"<day_change>{day_change}</day_change>" if day_change else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?><schedule><conference><title>T</title>'
        f"<time_zone_name>Europe/Zurich</time_zone_name>{change}</conference>"
        f'<day index="1" date="2025-10-28"{day_attributes}><room name="Hall">{events}</room></day></schedule>'
    ).encode()


def local_starts(data: bytes) -> dict[str, datetime]:
    parsed = read_schedule(data, "Europe/Zurich", "day.xml")
    assert parsed.skipped == []
    return {item.id[1:]: item.start.astimezone(ZURICH).replace(tzinfo=None) for item in parsed.items}


def after_midnight_note(data: bytes) -> int:
    notes = [n for n in read_schedule(data, "Europe/Zurich", "day.xml").notes if n.code == Why.AFTER_MIDNIGHT]
    return notes[0].fields["count"] if notes else 0


def on(day: int, clock: str) -> datetime:
    hours, minutes = map(int, clock.split(":"))
    return datetime(2025, 10, day, hours, minutes)


# --- frab: a clock time on its programme day --------------------------------------------------


WINDOW = ("2025-10-28T10:00:00+01:00", "2025-10-29T04:00:00+01:00")


def test_an_event_before_its_days_window_but_not_in_its_after_midnight_part_stays_on_its_date():
    data = frab(["09:00", "10:00", "23:00", "00:30", "03:59", "04:00"], WINDOW)
    assert local_starts(data) == {
        "09:00": on(28, "09:00"),  # an early start, before the window: the same date
        "10:00": on(28, "10:00"),
        "23:00": on(28, "23:00"),
        "00:30": on(29, "00:30"),  # after midnight, within the window: the next date
        "03:59": on(29, "03:59"),
        "04:00": on(28, "04:00"),  # the window ends at 04:00: not in it
    }
    assert after_midnight_note(data) == 2  # only those that moved


def test_a_window_written_in_utc_is_read_on_the_meetings_wall_clock(machine_in_new_york):
    utc_window = ("2025-10-28T09:00:00Z", "2025-10-29T03:00:00Z")  # 10:00 to 04:00 in Zurich
    assert local_starts(frab(["03:30", "09:30"], utc_window)) == {
        "03:30": on(29, "03:30"),  # in the window's last hour, Zurich time
        "09:30": on(28, "09:30"),
    }


def test_a_window_without_an_offset_is_already_the_meetings_wall_clock(machine_in_new_york):
    naive_window = ("2025-10-28T10:00:00", "2025-10-29T04:00:00")
    assert local_starts(frab(["03:30", "04:30"], naive_window)) == {
        "03:30": on(29, "03:30"),
        "04:30": on(28, "04:30"),  # after the window's end: not moved
    }


def test_a_window_of_more_than_a_day_moves_only_what_precedes_its_start():
    long_window = ("2025-10-28T10:00:00+01:00", "2025-10-29T11:00:00+01:00")  # a 25-hour marathon
    data = frab(["10:00", "10:30", "09:30"], long_window)
    assert local_starts(data) == {
        "10:00": on(28, "10:00"),  # at the window's very start: its own date
        "10:30": on(28, "10:30"),
        "09:30": on(29, "09:30"),  # before the start, and the next day's 09:30 is in the window
    }
    assert after_midnight_note(data) == 1


def test_a_day_with_half_a_window_uses_the_day_change_instead():
    only_start = frab(["01:30", "05:00"], day_change="04:00", day_attributes=' start="2025-10-28T10:00:00+01:00"')
    only_end = frab(["01:30", "05:00"], day_change="04:00", day_attributes=' end="2025-10-29T04:00:00+01:00"')
    for data in (only_start, only_end):
        assert local_starts(data) == {"01:30": on(29, "01:30"), "05:00": on(28, "05:00")}


def test_the_day_change_itself_belongs_to_the_day():
    data = frab(["03:59", "04:00", "04:01"], day_change="04:00")
    assert local_starts(data) == {"03:59": on(29, "03:59"), "04:00": on(28, "04:00"), "04:01": on(28, "04:01")}
    assert after_midnight_note(data) == 1


# --- durations and clock times ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("01:30", timedelta(hours=1, minutes=30)),
        (" 00:45 ", timedelta(minutes=45)),
        ("01:30:15", timedelta(hours=1, minutes=30, seconds=15)),
        ("1:02:03:04", timedelta(days=1, hours=2, minutes=3, seconds=4)),
        ("0:00:00:30", timedelta(seconds=30)),
    ],
)
def test_a_duration_is_read_with_its_seconds_and_days(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["45", "1:2:3:4:5", "-1:00", "01:-30", "ab:cd", "", "1.5:00"])
def test_a_duration_of_another_shape_is_refused_with_its_value(text):
    with pytest.raises(Unreadable) as refused:
        parse_duration(text)
    assert refused.value.code == Why.BAD_DURATION and refused.value.fields == {"value": text}


@pytest.mark.parametrize(
    "text, expected",
    [("9:05", (9, 5)), ("09:05", (9, 5)), (" 23:59 ", (23, 59)), ("0:00", (0, 0)), ("10:15:30", (10, 15))],
)
def test_a_clock_time_is_read_with_or_without_its_leading_zero(text, expected):
    clock = parse_clock(text)
    assert (clock.hour, clock.minute) == expected and clock.tzinfo is None


@pytest.mark.parametrize("text", ["09:05+01:00", "09:05Z", "24:00", "9:5", "905", "", "noon"])
def test_a_clock_time_with_an_offset_or_out_of_range_is_refused_naming_its_field(text):
    with pytest.raises(Unreadable) as refused:
        parse_clock(text, "start")
    assert refused.value.code == Why.BAD_TIME and refused.value.fields == {"field": "start", "value": text}


# --- the calendar feed ------------------------------------------------------------------------


def test_the_feed_writes_meeting_times_in_the_meetings_zone_whatever_the_machines(machine_in_new_york):
    moment = datetime(2025, 10, 28, 9, 0, tzinfo=UTC)
    written = unambiguous(moment, ZURICH)
    assert written == moment and written.tzinfo is ZURICH and written.hour == 10


def test_the_repeated_hour_is_written_in_utc_whatever_the_machines_zone(machine_in_new_york):
    for moment in (datetime(2025, 10, 26, 0, 30, tzinfo=UTC), datetime(2025, 10, 26, 1, 30, tzinfo=UTC)):
        written = unambiguous(moment, ZURICH)
        assert written == moment and written.utcoffset() == timedelta(0) and written.tzinfo is UTC
    assert unambiguous(datetime(2025, 10, 26, 2, 30, tzinfo=UTC), ZURICH).tzinfo is ZURICH  # 03:30: once


# --- recurrences: an exception given as a date ---------------------------------------------------


def test_an_exception_or_an_extra_date_given_as_a_whole_day_is_at_the_events_time():
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:s-1\r\n"
        b"DTSTART;TZID=Europe/Zurich:20261012T100000\r\nDURATION:PT1H\r\nSUMMARY:Daily\r\n"
        b"RRULE:FREQ=DAILY;COUNT=3\r\nEXDATE;VALUE=DATE:20261013\r\nRDATE;VALUE=DATE:20261020\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    parsed = read_schedule(data, "Europe/Zurich", "series.ics")
    assert parsed.skipped == []
    starts = sorted(i.start.astimezone(ZURICH).replace(tzinfo=None) for i in parsed.items)
    assert starts == [datetime(2026, 10, d, 10, 0) for d in (12, 14, 20)]
    assert {i.day for i in parsed.items} == {date(2026, 10, d) for d in (12, 14, 20)}


# --- zones and stamps ----------------------------------------------------------------------------


@pytest.mark.parametrize("name, shown", [("Mars/Olympus_Mons", "Mars/Olympus_Mons"), (42, "42"), ("", None)])
def test_a_zone_the_file_names_is_read_or_refused_with_the_name_and_place(name, shown):
    collector = Collector("frab", ZURICH)
    if shown is None:  # none named: the meeting's (noted only where a time is then read in it)
        assert zone_named(name, ZURICH, "<conference>", collector) is ZURICH
        assert collector.parsed.notes == []
        return
    with pytest.raises(ScheduleError) as refused:
        zone_named(name, ZURICH, "<conference>", collector)
    note = refused.value.note
    assert (note.code, note.place, note.fields) == (Why.UNKNOWN_ZONE, "<conference>", {"zone": shown})
    assert zone_named(" Asia/Tokyo ", ZURICH, "<conference>") == ZoneInfo("Asia/Tokyo")


def test_a_stamp_is_read_with_its_offset_or_refused_naming_its_field():
    assert parse_stamp("2025-10-28T09:00:00Z") == datetime(2025, 10, 28, 9, 0, tzinfo=UTC)
    assert parse_stamp(" 2025-10-28T10:00:00+01:00 ").utcoffset() == timedelta(hours=1)
    assert parse_stamp("2025-10-28T10:00:00").tzinfo is None
    with pytest.raises(Unreadable) as refused:
        parse_stamp("28.10.2025 10:00")
    assert refused.value.code == Why.BAD_INSTANT
    assert refused.value.fields == {"field": "date", "value": "28.10.2025 10:00"}  # the default field
    with pytest.raises(Unreadable) as refused:
        parse_stamp("soon", "end")
    assert refused.value.fields == {"field": "end", "value": "soon"}


def test_a_clock_time_names_the_start_field_unless_told_another():
    with pytest.raises(Unreadable) as refused:
        parse_clock("late")
    assert refused.value.fields == {"field": "start", "value": "late"}


# --- recurrences at the end of the calendar ---------------------------------------------------


def test_a_series_in_the_last_year_of_the_calendar_runs_to_its_end_without_overflowing():
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:late\r\n"
        b"DTSTART:99991225T100000Z\r\nDURATION:PT1H\r\nSUMMARY:Last week\r\n"
        b"RRULE:FREQ=DAILY;COUNT=10\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    parsed = read_schedule(data, "UTC", "late.ics")
    # Expanded to 31 December 9999 without overflowing: seven occurrences, each then skipped for a
    # year past the agenda's last (the domain's item check), never the file refused.
    assert parsed.items == []
    assert [(n.code, n.place, n.fields) for n in parsed.skipped] == [
        (Why.OUT_OF_RANGE, "VEVENT 1 (UID late)", {"first": 1970, "last": 2100})
    ] * 7


def series(*lines: str) -> bytes:
    body = "\r\n".join(("UID:s-1", "DTSTART;TZID=Europe/Zurich:20261012T100000", "DURATION:PT1H",
                        "SUMMARY:Series", *lines))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n{body}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".encode()


def test_an_extra_date_given_as_a_period_keeps_its_own_end_on_the_events_wall_clock():
    data = series("RRULE:FREQ=DAILY;COUNT=2", "RDATE;VALUE=PERIOD:20261020T130000Z/20261020T153000Z")
    parsed = read_schedule(data, "Europe/Zurich", "series.ics")
    assert parsed.skipped == []
    spans = sorted(
        (i.start.astimezone(ZURICH).replace(tzinfo=None), i.end.astimezone(ZURICH).replace(tzinfo=None))
        for i in parsed.items
    )
    assert spans == [
        (datetime(2026, 10, 12, 10), datetime(2026, 10, 12, 11)),
        (datetime(2026, 10, 13, 10), datetime(2026, 10, 13, 11)),
        (datetime(2026, 10, 20, 15), datetime(2026, 10, 20, 17, 30)),  # 13:00Z to 15:30Z in Zurich
    ]


def test_an_extra_date_exactly_at_the_end_of_the_span_is_kept_and_nothing_is_said_to_be_left_out():
    data = series("RDATE;TZID=Europe/Zurich:20271013T100000")  # 366 days after the start: the last kept
    parsed = read_schedule(data, "Europe/Zurich", "series.ics")
    assert len(parsed.items) == 2
    assert Why.RECURRENCE_CAPPED not in [n.code for n in parsed.notes]
    assert Why.RECURRENCE_EXPANDED in [n.code for n in parsed.notes]


# --- iCalendar: an event's start and end, or why it is skipped --------------------------------------


def vevent(*lines: str) -> bytes:
    body = "\r\n".join(("UID:a", "SUMMARY:Item", *lines))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n{body}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".encode()


@pytest.mark.parametrize(
    "lines, code, fields",
    [
        (["DURATION:PT1H"], Why.MISSING, {"field": "DTSTART"}),
        (["DTSTART:2026-10-12", "DURATION:PT1H"], Why.BAD_INSTANT, {"field": "DTSTART", "value": "2026-10-12"}),
        (["DTSTART;VALUE=DATE:20261012", "DURATION:PT1H"], Why.WHOLE_DAY, {"field": "DTSTART", "value": "2026-10-12"}),
        (["DTSTART;TZID=Mars/Base:20261012T100000", "DURATION:PT1H"], Why.UNDEFINED_ZONE, {"zone": "Mars/Base"}),
        (["DTSTART:20261012T100000Z"], Why.MISSING, {"field": "DTEND"}),
        (["DTSTART:20261012T100000Z", "DURATION:bogus"], Why.BAD_DURATION, {"value": "bogus"}),
        (["DTSTART:20261012T100000Z", "DURATION:20261012T110000"], Why.BAD_DURATION, {"value": "20261012T110000"}),
        (["DTSTART:20261012T100000Z", "DTEND:20261012T1100"], Why.BAD_INSTANT, {"field": "DTEND", "value": "20261012T1100"}),
        (["DTSTART:20261012T100000Z", "DTEND;VALUE=DATE:20261013"], Why.WHOLE_DAY, {"field": "DTEND", "value": "2026-10-13"}),
        (
            ["DTSTART:99991231T230000Z", "DURATION:P2D"],
            Why.BAD_INSTANT,
            {"field": "DTEND", "value": "9999-12-31 23:00 + P2D"},
        ),
    ],
)
def test_an_event_whose_start_or_end_cannot_be_read_is_skipped_with_its_reason(lines, code, fields):
    parsed = read_schedule(vevent(*lines), "Europe/Zurich", "x.ics")
    assert parsed.items == []
    assert [(n.code, n.place, n.fields, n.line) for n in parsed.skipped] == [(code, "VEVENT 1 (UID a)", fields, 3)]


def skipped_for_a_time_the_clocks_skip(parsed) -> list:
    assert parsed.items == []  # the event skipped, with its place; the file read (issue 30)
    return [(n.code, n.place) for n in parsed.skipped]


def test_an_end_in_the_hour_the_clocks_skip_skips_the_event_naming_it():
    data = vevent("DTSTART;TZID=Europe/Zurich:20260329T013000", "DTEND;TZID=Europe/Zurich:20260329T023000")
    parsed = read_schedule(data, "Europe/Zurich", "x.ics")
    assert skipped_for_a_time_the_clocks_skip(parsed) == [(Why.NONEXISTENT_TIME, "VEVENT 1 (UID a)")]


def test_an_end_given_as_a_duration_or_as_a_time_in_utc_or_a_zone():
    for end in ("DURATION:PT1H30M", "DTEND:20261012T093000Z", "DTEND;TZID=Europe/Zurich:20261012T113000"):
        [item] = read_schedule(vevent("DTSTART:20261012T080000Z", end), "Europe/Zurich", "x.ics").items
        assert item.end == datetime(2026, 10, 12, 9, 30, tzinfo=UTC), end


# --- recurrences: the cap and each occurrence's id --------------------------------------------


def test_a_series_of_exactly_the_cap_is_read_whole_and_nothing_is_said_to_be_left_out():
    parsed = read_schedule(series(f"RRULE:FREQ=DAILY;COUNT={MAX_OCCURRENCES}"), "Europe/Zurich", "s.ics")
    assert len(parsed.items) == MAX_OCCURRENCES
    assert Why.RECURRENCE_CAPPED not in [n.code for n in parsed.notes]


def test_exceptions_do_not_shorten_a_capped_series():
    exceptions = ",".join(f"202610{d}T100000" for d in (13, 14, 15))
    parsed = read_schedule(series("RRULE:FREQ=DAILY;COUNT=400", f"EXDATE;TZID=Europe/Zurich:{exceptions}"),
                           "Europe/Zurich", "s.ics")
    # every day of the 366-day span (12 October 2026 to 13 October 2027: 367 dates) but the three
    assert len(parsed.items) == 367 - 3
    assert Why.RECURRENCE_CAPPED in [n.code for n in parsed.notes]


def test_an_extra_date_beyond_the_span_is_said_to_be_left_out_whatever_the_rule():
    parsed = read_schedule(series("RRULE:FREQ=DAILY;COUNT=2", "RDATE;TZID=Europe/Zurich:20280101T100000"),
                           "Europe/Zurich", "s.ics")
    assert len(parsed.items) == 2
    assert Why.RECURRENCE_CAPPED in [n.code for n in parsed.notes]


def test_an_occurrences_id_is_its_uid_and_its_planned_start_in_utc(machine_in_new_york):
    start = datetime(2026, 10, 12, 10, 0, tzinfo=ZURICH)
    assert occurrence_id("s-1", start) == "s-1/20261012T080000Z"
    stamp = "/20261012T080000Z"
    fits = "u" * (MAX_ID_LENGTH - len(stamp))
    assert occurrence_id(fits, start) == fits + stamp  # exactly at the limit: as it is
    longer = fits + "v"
    shortened = occurrence_id(longer, start)
    digest = hashlib.sha256(longer.encode()).hexdigest()[:16]
    assert shortened == f"{longer[: MAX_ID_LENGTH - len(stamp) - 17]}~{digest}{stamp}"
    assert len(shortened) == MAX_ID_LENGTH


def test_a_time_at_offset_zero_in_a_zone_with_summer_time_is_not_taken_for_utc():
    """01:30 in London on 29 March 2026 never happens (the clocks go from 01:00 to 02:00); its
    offset still reads +00:00, as UTC's does: the event is skipped for it, not read as UTC."""
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"
        b"BEGIN:STANDARD\r\nDTSTART:19701025T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
        b"TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
        b"BEGIN:DAYLIGHT\r\nDTSTART:19700329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
        b"TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
        b"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Item\r\nDTSTART;TZID=Europe/London:20260329T013000\r\n"
        b"DURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    parsed = read_schedule(data, "Europe/Zurich", "x.ics")
    assert skipped_for_a_time_the_clocks_skip(parsed) == [(Why.NONEXISTENT_TIME, "VEVENT 1 (UID a)")]


def test_a_floating_start_in_the_skipped_hour_skips_the_event_naming_it():
    parsed = read_schedule(vevent("DTSTART:20260329T023000", "DURATION:PT1H"), "Europe/Zurich", "x.ics")
    assert skipped_for_a_time_the_clocks_skip(parsed) == [(Why.NONEXISTENT_TIME, "VEVENT 1 (UID a)")]


def test_floating_starts_are_counted_for_the_note_not_floating_ends():
    parsed = read_schedule(vevent("DTSTART:20261012T100000", "DURATION:PT1H"), "Europe/Zurich", "x.ics")
    assert [(n.code, n.fields) for n in parsed.notes] == [(Why.FLOATING_TIMES, {"count": 1, "zone": "Europe/Zurich"})]
    parsed = read_schedule(vevent("DTSTART:20261012T080000Z", "DTEND:20261012T110000"), "Europe/Zurich", "x.ics")
    assert [n.code for n in parsed.notes] == []


def test_a_c3voc_day_window_with_one_side_without_an_offset_places_no_event_by_it():
    document = json.loads((FILES / "c3voc-schema2.json").read_text())
    conference = document.get("schedule", document)["conference"]
    conference["days"][0]["end"] = "2025-10-29T06:00:00"  # no offset: cannot hold an instant
    parsed = read_schedule(json.dumps(document).encode(), "Europe/Zurich", "s.json")
    assert parsed.skipped == []
    days = {i.id: i.day for i in parsed.items}
    assert days["270fa44c-821a-577f-8ca3-33e8d4a8c2a7"] == date(2025, 10, 28)  # its zone's date instead


# --- the repeated and the skipped hour ----------------------------------------------------------


def test_times_in_the_repeated_hour_are_read_as_its_first_occurrence_and_counted():
    """02:30 on 26 October 2025 happens twice in Zurich: read as the first (RFC 5545), with a note."""
    data = frab(["02:15", "02:45", "03:30"], day_attributes="").replace(b"2025-10-28", b"2025-10-26")
    parsed = read_schedule(data, "Europe/Zurich", "day.xml")
    starts = {item.id[1:]: item.start for item in parsed.items}
    assert starts == {
        "02:15": datetime(2025, 10, 26, 0, 15, tzinfo=UTC),  # +02:00, summer time: the first 02:15
        "02:45": datetime(2025, 10, 26, 0, 45, tzinfo=UTC),
        "03:30": datetime(2025, 10, 26, 2, 30, tzinfo=UTC),  # +01:00: after the change
    }
    ambiguous = [n for n in parsed.notes if n.code == Why.AMBIGUOUS_TIMES]
    assert [n.fields for n in ambiguous] == [{"count": 2, "zone": "Europe/Zurich"}]


def test_a_time_in_the_skipped_hour_skips_the_event_with_the_time_and_the_zone():
    data = frab(["02:30"]).replace(b"2025-10-28", b"2026-03-29")
    parsed = read_schedule(data, "Europe/Zurich", "day.xml")
    assert parsed.items == []
    [note] = parsed.skipped
    assert note.code == Why.NONEXISTENT_TIME and "guid 'e02:30'" in note.place
    assert note.fields == {"time": "2026-03-29 02:30:00", "zone": "Europe/Zurich"}
