"""Round trips that must hold: our own .ics export read back changes nothing, for generated agendas
in six zones, with UIDs holding "@", items in the hours the clocks skip or repeat, and multi-day
items; the record JSON reads back into the same rows."""

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import meeting_factory
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.codec import from_plain
from companion.domain.entities import AgendaItem, Meeting
from companion.domain.meeting_record import RecordRow, record_rows
from companion.domain.schedule_plan import plan_import
from companion.domain.state import MeetingState
from companion.domain.vocabulary import LANGUAGES, ItemKind, ItemStatus
from companion.interchange import read_schedule
from companion.interchange.ical_export import agenda_calendar
from companion.interchange.record_files import record_json
from companion.interchange.schedule_parts import CALENDAR_FIELDS

ZONES = ["Europe/Zurich", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/Santiago",
         "Africa/Cairo"]
NOW = datetime(2025, 10, 20, 12, 0, tzinfo=UTC)


def transitions(zone: str) -> list[datetime]:
    """The instants in 2025-2026 at which *zone*'s UTC offset changes (none for Kolkata)."""
    tz, found = ZoneInfo(zone), []
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    while moment.year < 2027:
        later = moment + timedelta(hours=1)
        if moment.astimezone(tz).utcoffset() != later.astimezone(tz).utcoffset():
            found.append(later)
        moment = later
    return found or [datetime(2025, 10, 26, 1, tzinfo=UTC)]


TRANSITIONS = {zone: transitions(zone) for zone in ZONES}
ID_CHARS = st.sampled_from("abcxyz019-_.@:/+é中")
WORDS = st.text(st.characters(categories=("L", "N", "P", "S"), exclude_characters="\\"), min_size=1, max_size=8)


@st.composite
def starts(draw, zone: str) -> datetime:
    """Near a transition of the zone (the skipped and repeated hours), or anywhere in two years."""
    if draw(st.booleans()):
        edge = draw(st.sampled_from(TRANSITIONS[zone]))
        return edge + timedelta(minutes=15 * draw(st.integers(-12, 12)))
    return datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=15 * draw(st.integers(0, 70_000)))


@st.composite
def items(draw, zone: str, n: int) -> AgendaItem:
    start = draw(starts(zone))
    length = draw(st.sampled_from([15, 60, 90, 24 * 60, 3 * 24 * 60 + 30]))  # up to multi-day
    local_day = start.astimezone(ZoneInfo(zone)).date()
    return AgendaItem(
        id=f"{n}-" + draw(st.text(ID_CHARS, min_size=0, max_size=20)) + draw(st.sampled_from(["", "@x.org"])),
        day=local_day - timedelta(days=draw(st.sampled_from([0, 0, 1]))),  # after midnight: the day before
        start=start,
        end=start + timedelta(minutes=length),
        kind=draw(st.sampled_from(list(ItemKind))),
        title=" ".join(draw(st.lists(WORDS, min_size=1, max_size=4))),
        description="\n".join(draw(st.lists(WORDS, max_size=3))),
        room=" ".join(draw(st.lists(WORDS, max_size=2))),
        status=draw(st.sampled_from([ItemStatus.SCHEDULED, ItemStatus.POSTPONED])),
        public=draw(st.booleans()),
        planned_start=start,
    )


@st.composite
def agendas(draw) -> MeetingState:
    zone = draw(st.sampled_from(ZONES))
    count = draw(st.integers(1, 8))
    agenda = [draw(items(zone, n)) for n in range(count)]
    meeting = Meeting("m-1", "Round trip", "Geneva", zone, (date(2025, 1, 1),), LANGUAGES)
    return MeetingState(seq=1, meeting=meeting, items={i.id: i for i in agenda})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agendas())
def test_our_ics_export_read_back_changes_nothing(state):
    exported = agenda_calendar(state, None, NOW)
    parsed = read_schedule(exported, state.meeting.time_zone, "agenda.ics")
    assert parsed.skipped == [] and parsed.notes == []
    back = {item.id: item for item in parsed.items}
    assert set(back) == set(state.items)  # every UID, "@" and all, maps back to its item
    for item_id, item in state.items.items():
        for name in CALENDAR_FIELDS:
            assert getattr(back[item_id], name) == getattr(item, name), (item_id, name)
        assert back[item_id].status == item.status
    plan = plan_import(state, parsed.items, parsed.fields)
    assert plan.empty and plan.unchanged == len(state.items)


def test_the_repeated_hour_is_written_unambiguously():
    """02:30 in Geneva happens twice on 26 October 2025: each of the two comes back as itself."""
    first, second = datetime(2025, 10, 26, 0, 30, tzinfo=UTC), datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    meeting = Meeting("m-1", "DST", "Geneva", "Europe/Zurich", (date(2025, 10, 26),), LANGUAGES)
    agenda = [
        AgendaItem(id=f"x{n}@a", day=date(2025, 10, 26), start=s, end=s + timedelta(minutes=30),
                   kind=ItemKind.PANEL, title=f"Take {n}")
        for n, s in enumerate((first, second))
    ]
    state = MeetingState(seq=1, meeting=meeting, items={i.id: i for i in agenda})
    exported = agenda_calendar(state, None, NOW)
    assert b"DTSTART:20251026T003000Z" in exported and b"DTSTART:20251026T013000Z" in exported
    back = {i.id: i.start for i in read_schedule(exported, "Europe/Zurich").items}
    assert back == {"x0@a": first, "x1@a": second}


def test_the_record_json_reads_back_into_the_same_rows():
    meeting = meeting_factory.Meeting()
    item = "d1-floor-morning"
    meeting.run("del-ke", type="floor.request", item_id=item, language="en")
    meeting.run("obs-eu", type="floor.request", item_id=item, language="fr", kind="question")
    meeting.run("chair", type="floor.call_next", item_id=item)
    document = json.loads(record_json(meeting.state))
    rows = [from_plain(RecordRow, r) for entry in document["items"] for r in entry["requests"]]
    assert rows == record_rows(meeting.state) and len(rows) == 2
