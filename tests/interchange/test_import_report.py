"""The import report adds up: every item of the file and of the meeting is counted once, among
added, changed (or cancelled), unchanged, kept and removed; and it warns of a file of other days."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import meeting_factory
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.schedule_plan import prepare_import
from companion.domain.vocabulary import ItemStatus
from companion.interchange import Why, read_schedule
from companion.interchange.ical_export import agenda_calendar
from companion.interchange.import_report import import_report
from companion.interchange.schedule_parts import CALENDAR_FIELDS, ParsedSchedule

NOW = datetime(2025, 10, 20, 12, 0, tzinfo=UTC)
BASE = meeting_factory.Meeting()
BASE.run("chair", type="list.open", item_id="d2-floor")
for who, item in (("del-ke", "d1-floor-morning"), ("obs-eu", "d1-floor-morning"), ("del-br", "d2-floor")):
    BASE.run(who, type="floor.request", item_id=item, language="en")
IDS = sorted(BASE.state.items)


def test_reimporting_the_demos_own_export_counts_the_live_item_unchanged():
    meeting = meeting_factory.Meeting()
    meeting.run("chair", type="agenda.set_status", item_id="d1-opening", status="live")
    state = meeting.state
    assert state.items["d1-opening"].status == ItemStatus.LIVE
    parsed = read_schedule(agenda_calendar(state, None, NOW), state.meeting.time_zone, "agenda.ics")
    plan = prepare_import(state, parsed.items, parsed.fields).plan
    assert plan.empty and plan.unchanged == len(state.items) == 20  # was 19: the live one counted nowhere
    assert plan.accounted == len(state.items)


@st.composite
def imports(draw):
    """The demo meeting with some items live, done or postponed, and a file that drops, changes,
    cancels or adds items."""
    state = BASE.state
    statuses = st.sampled_from([None, ItemStatus.LIVE, ItemStatus.DONE, ItemStatus.POSTPONED])
    items = dict(state.items)
    for item_id in IDS:
        status = draw(statuses)
        if status is not None:
            items[item_id] = replace(items[item_id], status=status)
    state = replace(state, items=items)
    file = []
    for item_id in IDS:
        what = draw(st.sampled_from(["same", "same", "gone", "retitled", "cancelled"]))
        item = items[item_id]
        base = replace(item, status=ItemStatus.SCHEDULED)
        if what == "same":
            file.append(replace(base, status=draw(st.sampled_from([ItemStatus.SCHEDULED, item.status]))))
        elif what == "retitled":
            file.append(replace(base, title=item.title + " (new)"))
        elif what == "cancelled":
            file.append(replace(base, status=ItemStatus.POSTPONED, title=draw(st.sampled_from(
                [item.title, item.title + "!"]))))
    for n in range(draw(st.integers(0, 3))):
        first = items[IDS[0]]
        file.append(replace(first, id=f"new-{n}", title=f"New {n}"))
    return state, file


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(imports())
def test_the_plan_accounts_for_every_item_of_the_file_and_of_the_meeting_once(case):
    state, file = case
    if not file:
        return
    plan = prepare_import(state, file, CALENDAR_FIELDS).plan
    assert plan.accounted == len(set(state.items) | {i.id for i in file})
    named = [i.id for i in plan.added] + [i for i, _ in plan.changed] + plan.kept + plan.removed
    assert len(named) == len(set(named))  # nobody twice among these


def test_a_file_of_other_days_is_imported_with_a_note_saying_so():
    state = meeting_factory.Meeting().state
    item = state.items["d1-opening"]
    moved = [replace(item, id="x", day=date(2024, 10, 28), start=item.start - timedelta(days=366),
                     end=item.end - timedelta(days=366)),
             replace(item, id="y")]
    prepared = prepare_import(state, moved, CALENDAR_FIELDS)
    report = import_report(state, ParsedSchedule("iCalendar", moved), prepared, dry_run=True)
    [note] = report["notes"]
    assert note["code"] == Why.OUTSIDE_DAYS and note["fields"] == {
        "count": 1, "first": "2025-10-28", "last": "2025-10-29", "earliest": "2024-10-28", "latest": "2024-10-28"}
    assert "outside the meeting's days" in note["reason"]
    same_days = import_report(state, ParsedSchedule("iCalendar", moved[1:]),
                              prepare_import(state, moved[1:], CALENDAR_FIELDS), dry_run=True)
    assert same_days["notes"] == []
