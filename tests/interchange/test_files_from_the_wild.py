"""What real schedule files broke, each with a small fixture shaped like the real file."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from companion.domain.vocabulary import ItemKind
from companion.interchange import MAX_SCHEDULE_BYTES, ScheduleError, Why, read_schedule

FILES = Path(__file__).parent.parent / "fixtures" / "schedules"
ZONE = "Europe/Zurich"


def read(name: str):
    return read_schedule((FILES / name).read_bytes(), ZONE, name)


def test_an_ics_folded_inside_a_multibyte_character_is_read_whole():
    parsed = read("folded-utf8.ics")
    [item] = parsed.items
    assert item.id == "lca-42@2026.linux.conf.au"
    assert "«propriété intellectuelle» et IA générative" in item.title
    assert item.description == "Les délégations prennent la parole dans l'ordre d'inscription."
    assert parsed.skipped == [] and parsed.notes == []


def test_frab_events_after_midnight_land_on_the_next_date_by_the_days_window_with_a_note():
    parsed = read("frab-after-midnight.xml")
    items = {i.id: i for i in parsed.items}
    assert items["night-1"].start == datetime(2025, 10, 28, 22, 0, tzinfo=UTC)  # 23:00 on the 28th
    assert items["night-2"].start == datetime(2025, 10, 28, 23, 30, tzinfo=UTC)  # 00:30 on the 29th
    assert items["night-3"].start == datetime(2025, 10, 29, 1, 0, tzinfo=UTC)  # 02:00 on the 29th
    assert {i.day for i in parsed.items} == {date(2025, 10, 28)}  # all on day one's programme
    [note] = parsed.notes
    assert note.code == Why.AFTER_MIDNIGHT and note.fields == {"count": 2}
    # Names keep no stray spaces; a zero-length marker is skipped for what it is.
    assert [p.name for p in items["night-1"].speakers] == ["Ana Souza"] and items["night-3"].room == "Salle B"
    [skip] = parsed.skipped
    assert skip.code == Why.NO_DURATION and "(guid 'night-0')" in skip.place and "no time" in skip.reason
    assert skip.line == 36 and skip.where.startswith("line 36: <day index='1' date='2025-10-28'> <room name=")


def test_pentabarf_without_a_window_uses_day_change_and_says_so():
    parsed = read("pentabarf-old.xml")
    codes = {n.code: n.fields for n in parsed.notes}
    assert codes == {Why.ZONE_ASSUMED: {"zone": ZONE}, Why.AFTER_MIDNIGHT: {"count": 1}}


def test_c3voc_schema_2_hub_export():
    parsed = read("c3voc-schema2.json")
    items = {i.id: i for i in parsed.items}
    assert set(items) == {"270fa44c-821a-577f-8ca3-33e8d4a8c2a7", "b1740c2f-0c44-5f1b-89ed-456a9eecf0b8", "c2"}
    opening = items["270fa44c-821a-577f-8ca3-33e8d4a8c2a7"]
    assert opening.start == datetime(2025, 10, 28, 9, 0, tzinfo=UTC) and opening.room == "Conference Hall"
    assert [p.name for p in opening.speakers] == ["Daren Tang"] and opening.kind == ItemKind.OPENING
    late = items["b1740c2f-0c44-5f1b-89ed-456a9eecf0b8"]
    assert late.day == date(2025, 10, 28) and late.description == "Belongs to day one's programme."
    assert items["c2"].end == datetime(2025, 10, 29, 10, 0, tzinfo=UTC) and items["c2"].room == "Room B"
    assert parsed.skipped == [] and parsed.notes == []


def test_wrong_json_types_are_skipped_with_the_place_and_the_field_not_guessed():
    parsed = read("c3voc-wrong-types.json")
    [ok] = parsed.items
    assert ok.title == "Opening" and ok.room == "Conference Hall" and [p.name for p in ok.speakers] == ["Daren Tang"]
    hall = "/schedule/conference/days/0/rooms/Conference Hall"
    assert {s.place: (s.code, s.fields) for s in parsed.skipped} == {
        f"{hall}/1/persons": (Why.WRONG_TYPE, {"field": "persons", "expected": "list"}),
        f"{hall}/2/title": (Why.WRONG_TYPE, {"field": "title", "expected": "text"}),
        f"{hall}/3/persons/0/public_name": (Why.WRONG_TYPE, {"field": "public_name", "expected": "text"}),
        f"{hall}/4": (Why.NO_DURATION, {}),
        f"{hall}/5": (Why.MISSING, {"field": "start"}),
        f"{hall}/6": (Why.WRONG_TYPE, {"field": "event", "expected": "object"}),
    }
    assert all("Error" not in s.reason and "'str' object" not in s.reason for s in parsed.skipped)
    [note] = parsed.notes  # no time zone in the file: which one was assumed
    assert note.code == Why.ZONE_ASSUMED and note.fields == {"zone": ZONE} and ZONE in note.reason


@pytest.mark.parametrize(
    ("data", "code", "fields"),
    [
        (b'{"schedule": {"conference": {"time_zone_name": 123, "days": []}}}', Why.WRONG_TYPE,
         {"field": "time_zone_name", "expected": "text"}),
        (b'{"schedule": {"conference": {"time_zone_name": "Mars/Olympus", "days": []}}}', Why.UNKNOWN_ZONE,
         {"zone": "Mars/Olympus"}),
        (b'{"schedule": {"conference": {"days": [{"date": "soon", "rooms": {}}]}}}', Why.BAD_DATE,
         {"field": "date", "value": "soon"}),
        (b"[" * 100_000 + b"]" * 100_000, Why.BROKEN_JSON, None),
        (b"<schedule><conference><day_change>late</day_change></conference></schedule>", Why.BAD_TIME,
         {"field": "<day_change>", "value": "late"}),
    ],
)
def test_a_broken_frame_refuses_the_file_with_a_code_not_a_traceback(data, code, fields):
    with pytest.raises(ScheduleError) as refused:
        read_schedule(data, ZONE, "upload")
    assert refused.value.note.code == code
    if fields is not None:
        assert refused.value.note.fields == fields


def test_the_size_refusal_names_the_limit_not_a_rounded_size():
    with pytest.raises(ScheduleError) as refused:
        read_schedule(b"<schedule>" + b" " * MAX_SCHEDULE_BYTES, ZONE)
    assert refused.value.note.code == Why.TOO_LARGE and refused.value.note.fields == {"limit_mb": 10}
    assert str(refused.value) == "The file is larger than 10 MB; a schedule may be at most 10 MB."


def test_a_broken_ics_duration_or_start_skips_the_event_with_its_reason():
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        b"BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20251028T100000Z\r\nDURATION:PXYZ\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b\r\nDTSTART:2025XX28T100000Z\r\nDTEND:20251028T110000Z\r\nSUMMARY:y\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    parsed = read_schedule(data, ZONE, "x.ics")
    assert [(s.place, s.code) for s in parsed.skipped] == [
        ("VEVENT 1 (UID a)", Why.BAD_DURATION), ("VEVENT 2 (UID b)", Why.BAD_INSTANT)]
    assert parsed.skipped[0].fields == {"value": "PXYZ"}


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'<?xml version="1.0" encoding="utfK8"?><schedule/>', Why.BROKEN_XML),  # unknown encoding
        (b'<?xml version="1.0" encoding="utf-16"?><schedule/>', Why.BROKEN_XML),  # expat refuses it
        ((FILES / "with-vtimezone.ics").read_bytes().replace(b"TZID:Europe/Zurich\r\n",
                                                            b"TZID:Europe/Zurich\r\nTZID:Europe/Paris\r\n", 1),
         Why.BROKEN_ICAL),  # a VTIMEZONE with two TZIDs trips icalendar's internals
    ],
)
def test_damage_found_by_fuzzing_refuses_the_file_with_a_code(data, code):
    with pytest.raises(ScheduleError) as refused:
        read_schedule(data, ZONE, "damaged")
    assert refused.value.note.code == code


def test_a_frab_start_with_an_offset_is_not_a_wall_clock_time():
    data = (FILES / "pentabarf-old.xml").read_bytes().replace(b"<start>17:00</start>", b"<start>17:00+01:00</start>")
    parsed = read_schedule(data, ZONE)
    [skip] = parsed.skipped
    assert skip.code == Why.BAD_TIME and skip.fields == {"field": "<start>", "value": "17:00+01:00"}
