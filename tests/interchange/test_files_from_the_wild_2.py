"""Schedule files from the wild, round two (issue 30): one bad event never sinks a file, each
producer's quirks are read as that producer meant them. Each fixture is shaped like the real file."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.domain.entities import Meeting
from companion.domain.limits import MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS, check_item
from companion.domain.schedule_plan import plan_import
from companion.domain.state import MeetingState
from companion.domain.vocabulary import LANGUAGES
from companion.interchange import ScheduleError, Why, read_schedule
from companion.interchange.ical_export import agenda_calendar

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
    assert "\r" not in "".join(i.description for i in read("frab-ccc-long-abstract.xml").items)


ROUND_TRIP = sorted(p.name for p in FILES.iterdir())


@pytest.mark.parametrize("name", ROUND_TRIP)
def test_every_producers_file_reimported_from_our_export_changes_nothing(name):
    """Read the file, make it the meeting's agenda, export agenda.ics, read that back: the plan is
    empty and every item is counted unchanged (frab, pentabarf, pretalx, wafer, c3voc 1 and 2,
    Google, Exchange, Indico-style feeds)."""
    try:
        parsed = read(name)
    except ScheduleError:
        return  # a fixture of a refused file: nothing to round-trip
    if not parsed.items:
        return
    days = tuple(sorted({i.day for i in parsed.items}))
    meeting = Meeting("m-1", "Round trip", "Geneva", ZONE, days, LANGUAGES)
    state = MeetingState(seq=1, meeting=meeting, items={i.id: i for i in parsed.items})
    exported = agenda_calendar(state, None, NOW)
    back = read_schedule(exported, ZONE, "agenda.ics")
    assert back.skipped == []
    plan = plan_import(state, back.items, back.fields)
    assert plan.empty, (plan.changed, plan.added, plan.removed)
    assert plan.unchanged == len(state.items)
