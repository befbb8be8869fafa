"""Reading real-shaped schedule files, their quirks, and refusing hostile ones whole."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from companion.domain.vocabulary import ItemKind, ItemStatus
from companion.interchange import MAX_SCHEDULE_BYTES, ScheduleError, Why, read_schedule

FILES = Path(__file__).parent.parent / "fixtures" / "schedules"
ZONE = "Europe/Zurich"


def read(name: str):
    return read_schedule((FILES / name).read_bytes(), ZONE, name)


def by_id(parsed):
    return {item.id: item for item in parsed.items}


def test_frab_modern_with_a_utc_date_a_duplicate_guid_and_a_bad_duration():
    parsed = read("frab-modern.xml")
    items = by_id(parsed)
    assert list(items) == ["wipo12-opening", "wipo12-panel-1", "wipo12-floor-1", "wipo12-final-panel"]
    # <date> in UTC while the conference zone is Geneva: the instant is what counts.
    assert items["wipo12-panel-1"].start == datetime(2025, 10, 28, 9, 15, tzinfo=UTC)
    assert items["wipo12-opening"].start == datetime(2025, 10, 28, 9, 0, tzinfo=UTC)  # 10:00 CET
    assert items["wipo12-floor-1"].kind == ItemKind.OPEN_FLOOR
    assert [p.name for p in items["wipo12-panel-1"].speakers] == ["Ulrike Till", "Mehdi Nadjafi"]
    reasons = {s.reason.split(" (")[0] for s in parsed.skipped}
    assert reasons == {"duplicate id 'wipo12-panel-1'", "the duration 'one hour' cannot be read"}
    assert any("event 4" in s.place and "event 2" in s.reason for s in parsed.skipped)


def test_pentabarf_old_shape_past_midnight_belongs_to_the_day_before():
    parsed = read("pentabarf-old.xml")
    items = by_id(parsed)
    reception = items["frab-302"]
    assert reception.start == datetime(2025, 10, 29, 0, 30, tzinfo=UTC)  # 01:30 on the 29th in Geneva
    assert reception.day == date(2025, 10, 28)  # but on the programme of day one (day_change 04:00)
    assert items["frab-301"].kind == ItemKind.SHARING_SESSION
    assert items["frab-303"].start == datetime(2025, 10, 29, 9, 0, tzinfo=UTC)  # meeting zone assumed
    assert parsed.skipped == []


def test_c3voc_json_v1():
    parsed = read("c3voc-v1.json")
    items = by_id(parsed)
    assert items["c3-floor"].end == datetime(2025, 10, 28, 14, 30, tzinfo=UTC)
    assert items["frab-4"].start == datetime(2025, 10, 28, 15, 0, tzinfo=UTC)  # no guid: keyed by its id
    [skip] = parsed.skipped
    assert skip.place == "/schedule/conference/days/0/rooms/Conference Hall/2/date"
    assert "not a date" in skip.reason and skip.code == Why.BAD_INSTANT and skip.fields["field"] == "date"


def test_ics_with_vtimezone():
    items = by_id(read("with-vtimezone.ics"))
    assert items["ics-opening@wipo.int"].start == datetime(2025, 10, 28, 9, 0, tzinfo=UTC)
    assert items["ics-floor@wipo.int"].end == datetime(2025, 10, 28, 14, 15, tzinfo=UTC)  # DURATION
    assert "six languages" in items["ics-floor@wipo.int"].description


def test_ics_without_vtimezone_floating_all_day_unknown_zone_cancelled_private():
    parsed = read("no-vtimezone.ics")
    items = by_id(parsed)
    assert items["noz-keynote"].start == datetime(2025, 10, 29, 9, 0, tzinfo=UTC)  # TZID by IANA name
    assert items["noz-utc"].start == datetime(2025, 10, 29, 9, 30, tzinfo=UTC)
    assert items["noz-floating"].start == datetime(2025, 10, 29, 14, 0, tzinfo=UTC)  # meeting time
    assert items["noz-floating"].status == ItemStatus.POSTPONED
    assert items["noz-private"].public is False
    assert {s.place.split(" ")[1] for s in parsed.skipped} == {"4", "5"}
    assert "whole day" in parsed.skipped[0].reason and "Mystery" in parsed.skipped[1].reason
    assert "floating" in parsed.notes[0].reason and parsed.notes[0].fields == {"count": 1, "zone": ZONE}


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<schedule><conference><title>&d;</title></conference></schedule>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<schedule><conference><title>&secret;</title></conference></schedule>"""

GAP_XML = b"""<schedule><conference><time_zone_name>Europe/Zurich</time_zone_name></conference>
<day index="1" date="2026-03-29"><room name="Hall"><event guid="g1"><start>02:30</start>
<duration>00:30</duration><title>In the hour that never was</title></event></room></day></schedule>"""

GAP_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:gap\r\nDTSTAMP:20260101T000000Z\r\n"
    b"DTSTART;TZID=Europe/Zurich:20260329T021500\r\nDTEND;TZID=Europe/Zurich:20260329T040000\r\n"
    b"SUMMARY:Gap\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (BILLION_LAUGHS, "EntitiesForbidden"),
        (EXTERNAL, "EntitiesForbidden"),
        (b"<schedule><day date='2025-10-28'><room>", "XML is broken at line 1"),
        (b"<html><body>Not found</body></html>", "root is <html>"),
        ('{"schedule": {"conference": {"title": "Réunion"}}}'.encode("latin-1"), "not UTF-8 text"),
        (b'{"schedule": {"conference": {"days": [}}', "JSON is broken at line 1"),
        (b'{"schedule": []}', "not a c3voc schedule"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a schedule this app reads"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n", "iCalendar file is broken"),
        (b"<schedule><conference><time_zone_name>Mars/Olympus</time_zone_name></conference></schedule>",
         "unknown time zone"),
    ],
)
def test_hostile_or_broken_files_are_refused_with_a_clear_message(data, message):
    with pytest.raises(ScheduleError, match=message):
        read_schedule(data, ZONE, "upload")


@pytest.mark.parametrize(("data", "place"), [(GAP_XML, "(guid 'g1')"), (GAP_ICS, "VEVENT 1 (UID gap)")])
def test_an_event_in_the_hour_the_clocks_skip_is_skipped_with_its_place_not_the_file_refused(data, place):
    """It refused the whole file before (issue 30: one bad event never sinks a file)."""
    parsed = read_schedule(data, ZONE, "upload")
    [skip] = parsed.skipped
    assert skip.code == Why.NONEXISTENT_TIME and place in skip.place and parsed.items == []
    assert "does not exist in Europe/Zurich" in skip.reason


def test_a_file_over_the_size_limit_is_refused_before_parsing():
    with pytest.raises(ScheduleError, match="at most 10 MB"):
        read_schedule(b"<schedule>" + b" " * MAX_SCHEDULE_BYTES, ZONE)
