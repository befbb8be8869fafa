"""Recurring VEVENTs (RRULE, RDATE, EXDATE, RECURRENCE-ID) read as their occurrences, bounded,
with stable ids and wall-clock times across daylight-saving changes; never a silent first-only read."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.entities import Meeting
from companion.domain.schedule_plan import plan_import
from companion.domain.state import MeetingState
from companion.domain.vocabulary import LANGUAGES, ItemStatus
from companion.interchange import ScheduleError, Why, read_schedule
from companion.interchange.ical_export import agenda_calendar
from companion.interchange.ical_recurrence import MAX_OCCURRENCES, occurrence_id
from companion.interchange.import_report import report_text
from companion.interchange.schedule_parts import MAX_EVENTS, MAX_ID_LENGTH

FILES = Path(__file__).parent.parent / "fixtures" / "schedules"
ZURICH, NEW_YORK = ZoneInfo("Europe/Zurich"), ZoneInfo("America/New_York")
PLENARY, GROUPS = "3k9v0s1plenary7q2c@google.com", "7hf2m1groupconsult@google.com"
BUDGET = "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5B6C7"
COFFEE = "040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5D6E7"


def read(name: str, zone: str = "Europe/Zurich"):
    return read_schedule((FILES / name).read_bytes(), zone, name)


def calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{event.strip()}\r\nEND:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n".encode()


def event(uid: str, rule: str, start: str = "DTSTART;TZID=Europe/Zurich:20261012T100000", more: str = "") -> str:
    return f"UID:{uid}\r\n{start}\r\nDURATION:PT1H\r\nSUMMARY:Session {uid}\r\nRRULE:{rule}\r\n{more}"


def local(item, zone=ZURICH) -> datetime:
    return item.start.astimezone(zone).replace(tzinfo=None)


def test_daily_count_with_an_override_a_cancelled_occurrence_an_exdate_and_an_rdate():
    parsed = read("recurring-series.ics")
    items = {item.id: item for item in parsed.items}
    plenary = [item for item in parsed.items if item.id.startswith(PLENARY)]
    # COUNT=5: five mornings, each an item of its own, 10:00-13:00 in Geneva.
    assert [item.id for item in plenary] == [f"{PLENARY}/202610{d}T080000Z" for d in (12, 13, 14, 15, 16)]
    assert all(item.end - item.start == timedelta(hours=3) for item in plenary)
    # The override moves the 13th to 11:00-14:00 and renames it; its id stays the planned start's.
    moved = items[f"{PLENARY}/20261013T080000Z"]
    assert (local(moved), local(replace(moved, start=moved.end))) == (
        datetime(2026, 10, 13, 11), datetime(2026, 10, 13, 14))
    assert moved.title == "Plenary session (starts late: Bureau meeting)"
    # STATUS:CANCELLED on one occurrence: that one is cancelled (postponed), like a cancelled event.
    assert items[f"{PLENARY}/20261015T080000Z"].status == ItemStatus.POSTPONED
    assert [i.status for i in plenary].count(ItemStatus.POSTPONED) == 1
    assert all(i.title == "Plenary session" for i in plenary if i is not moved)
    # An override is the whole occurrence (RFC 5545): the cancelled one gave no description.
    kept = [i for i in plenary if i.status == ItemStatus.SCHEDULED and i is not moved]
    assert len(kept) == 3 and all(i.room == "Conference Hall A" and "six languages" in i.description for i in kept)
    # UNTIL 16th 13:00Z, the 14th excluded by EXDATE, the 17th at 10:00 added by RDATE.
    groups = [local(item) for item in parsed.items if item.id.startswith(GROUPS)]
    assert groups == [datetime(2026, 10, d, 15) for d in (12, 13, 15, 16)] + [datetime(2026, 10, 17, 10)]
    assert items["opening-sccr47@wipo.int"].start == datetime(2026, 10, 12, 7, 30, tzinfo=UTC)
    assert parsed.skipped == []
    notes = {(n.code, n.place.split(" (")[0], n.line): n.fields for n in parsed.notes}
    assert notes == {(Why.RECURRENCE_EXPANDED, "VEVENT 1", 25): {"count": 5},
                     (Why.RECURRENCE_EXPANDED, "VEVENT 2", 40): {"count": 5}}


def test_weekly_until_keeps_the_wall_clock_across_the_change_to_winter_time():
    """America/New_York leaves summer time on 1 November 2026: 09:00 stays 09:00, UTC moves by an hour."""
    parsed = read("recurring-dst-unbounded.ics")
    budget = [item for item in parsed.items if item.id.startswith(BUDGET)]
    assert [local(item, NEW_YORK) for item in budget] == [datetime(2026, m, d, 9) for m, d in
                                                          ((10, 20), (10, 27), (11, 3), (11, 10), (11, 17))]
    assert [item.start.hour for item in budget] == [13, 13, 14, 14, 14]  # UTC: -4 h, then -5 h
    assert all(item.end - item.start == timedelta(minutes=90) for item in budget)
    assert [item.day for item in budget][:2] == [date(2026, 10, 20), date(2026, 10, 27)]


def test_a_rule_without_end_runs_to_the_files_last_item_and_says_so():
    parsed = read("recurring-dst-unbounded.ics")
    coffee = [item for item in parsed.items if item.id.startswith(COFFEE)]
    # Daily from 19 October to the last budget meeting's day (17 November): 30 mornings, not for ever.
    assert len(coffee) == 30 and local(coffee[-1], NEW_YORK) == datetime(2026, 11, 17, 8, 30)
    assert all(local(item, NEW_YORK).time() == datetime(2026, 1, 1, 8, 30).time() for item in coffee)
    cut = [n for n in parsed.notes if n.code == Why.RECURRENCE_CAPPED]
    assert [(n.fields["count"], n.fields["last"], n.line) for n in cut] == [(30, "2026-11-17", 38)]
    assert "2026-11-17" in cut[0].reason and "30" in cut[0].reason


def test_a_rule_without_end_alone_in_its_file_stops_at_the_fixed_cap():
    parsed = read_schedule(calendar(event("weekly@x", "FREQ=WEEKLY;BYDAY=MO,TH")), "Europe/Zurich")
    assert 100 < len(parsed.items) <= MAX_OCCURRENCES
    assert parsed.items[-1].start - parsed.items[0].start <= timedelta(days=366)
    assert [n.code for n in parsed.notes] == [Why.RECURRENCE_CAPPED]
    daily = read_schedule(calendar(event("daily@x", "FREQ=DAILY;COUNT=100000")), "Europe/Zurich")
    assert len(daily.items) == MAX_OCCURRENCES and daily.notes[0].fields["count"] == MAX_OCCURRENCES


def test_many_series_stay_within_the_files_event_limit_instead_of_refusing_it():
    series = [event(f"s{n}@x", "FREQ=DAILY;COUNT=400") for n in range(15)]
    parsed = read_schedule(calendar(*series), "Europe/Zurich")
    assert len(parsed.items) == MAX_EVENTS
    cut = [n.fields["count"] for n in parsed.notes if n.code == Why.RECURRENCE_CAPPED]
    assert len(cut) == 15 and sum(cut) == MAX_EVENTS
    assert cut[-2:] == [MAX_EVENTS - 13 * MAX_OCCURRENCES, 0]


def test_reimporting_the_same_file_updates_rather_than_duplicates():
    parsed = read("recurring-series.ics")
    meeting = Meeting("m-1", "SCCR/47", "Geneva", "Europe/Zurich", (date(2026, 10, 12),), LANGUAGES)
    state = MeetingState(seq=1, meeting=meeting, items={item.id: item for item in parsed.items})
    again = read("recurring-series.ics")
    plan = plan_import(state, again.items, again.fields)
    assert plan.empty and plan.unchanged == len(parsed.items) == 11
    # Our own export of the expanded agenda reads back as the same items (ids with "@" and "/").
    back = read_schedule(agenda_calendar(state, None, datetime(2026, 10, 1, tzinfo=UTC)), "Europe/Zurich")
    assert plan_import(state, back.items, back.fields).empty and back.notes == []


def test_an_occurrence_in_the_hour_the_clocks_skip_is_named_not_moved():
    """02:30 does not exist in Geneva on 28 March 2027: that night is skipped with its reason."""
    data = calendar(event("night@x", "FREQ=DAILY;COUNT=3", "DTSTART;TZID=Europe/Zurich:20270327T023000"))
    parsed = read_schedule(data, "Europe/Zurich")
    assert [local(item) for item in parsed.items] == [datetime(2027, 3, 27, 2, 30), datetime(2027, 3, 29, 2, 30)]
    [skip] = parsed.skipped
    assert skip.code == Why.NONEXISTENT_TIME and "2027-03-28 02:30" in skip.place


def test_an_override_without_its_series_and_a_duplicate_override_are_not_lost():
    override = ("UID:lone@x\r\nRECURRENCE-ID:20261013T080000Z\r\nDTSTART:20261013T090000Z\r\n"
                "DURATION:PT1H\r\nSUMMARY:Moved session")
    parsed = read_schedule(calendar(override, override), "Europe/Zurich")
    assert [item.id for item in parsed.items] == ["lone@x/20261013T080000Z"]
    assert [(s.code, s.fields["id"]) for s in parsed.skipped] == [(Why.DUPLICATE_ID, "lone@x/20261013T080000Z")]


def test_a_series_without_a_title_is_skipped_once_not_once_per_occurrence():
    untitled = event("untitled@x", "FREQ=DAILY;COUNT=50").replace("SUMMARY:Session untitled@x\r\n", "")
    parsed = read_schedule(calendar(untitled), "Europe/Zurich")
    assert parsed.items == [] and [s.code for s in parsed.skipped] == [Why.NO_TITLE]


def test_a_second_series_with_the_same_uid_is_skipped_whole():
    parsed = read_schedule(calendar(event("twice@x", "FREQ=DAILY;COUNT=2"),
                                    event("twice@x", "FREQ=DAILY;COUNT=9")), "Europe/Zurich")
    assert len(parsed.items) == 2
    assert [(s.code, s.fields["id"]) for s in parsed.skipped] == [(Why.DUPLICATE_ID, "twice@x")]


def test_a_long_uid_gives_ids_within_the_limit_that_stay_apart_and_stay_the_same():
    uid = "x" * (MAX_ID_LENGTH - 5)
    start = datetime(2026, 10, 12, 8, tzinfo=UTC)
    first, other = occurrence_id(uid, start), occurrence_id(uid + "y", start)
    assert len(first) <= MAX_ID_LENGTH and first != other and first == occurrence_id(uid, start)
    parsed = read_schedule(calendar(event(uid, "FREQ=DAILY;COUNT=2")), "Europe/Zurich")
    assert len(parsed.items) == 2 and parsed.skipped == []


def test_an_unreadable_or_unboundedly_costly_rule_skips_its_event_with_a_code():
    """dateutil never moves on with INTERVAL=0, and steps through every hour, minute, second, or
    day with an out-of-range BYSETPOS: such rules are refused, each with its reason."""
    for rule in ("FREQ=SOMETIMES", "FREQ=YEARLY;INTERVAL=0", "FREQ=MINUTELY;COUNT=3", "FREQ=SECONDLY",
                 "FREQ=HOURLY;COUNT=3", "FREQ=HOURLY;INTERVAL=24;BYHOUR=9",
                 "FREQ=DAILY;BYHOUR=9;BYSETPOS=2", "FREQ=WEEKLY;BYDAY=XX"):
        parsed = read_schedule(calendar(event("bad@x", rule)), "Europe/Zurich")
        assert parsed.items == [] and [(s.code, s.fields) for s in parsed.skipped] == [
            (Why.NOT_ALLOWED, {"field": "RRULE"})], rule
    monthly = read_schedule(calendar(event("pos@x", "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1;COUNT=3")), "UTC")
    assert len(monthly.items) == 4  # BYSETPOS where it belongs: the last Monday or Tuesday, and DTSTART


def test_a_rule_matching_no_day_is_its_first_occurrence_only():
    """dateutil would look day by day until year 9999 for a 30 February (seconds of work)."""
    for freq in ("DAILY", "WEEKLY"):
        parsed = read_schedule(calendar(event("feb@x", f"FREQ={freq};BYMONTH=2;BYMONTHDAY=30")), "Europe/Zurich")
        assert len(parsed.items) == 1 and parsed.notes[0].code == Why.RECURRENCE_EXPANDED


def test_a_file_of_costly_series_is_read_within_its_budget_and_says_which_were_left_out(monkeypatch):
    """Every other week on Tuesdays from a Monday never meets: dateutil steps through centuries of
    days for each such series (~0.1 s). Past the file's CPU budget the remaining series are skipped,
    each with its reason; the single events around them are read as always."""
    from companion.interchange import ical_series

    monkeypatch.setattr(ical_series, "CPU_BUDGET_S", 0.05)
    single = "UID:one@x\r\nDTSTART:20261012T080000Z\r\nDURATION:PT1H\r\nSUMMARY:Opening"
    costly = [event(f"c{n}@x", "FREQ=DAILY;INTERVAL=7;BYDAY=TU") for n in range(40)]
    parsed = read_schedule(calendar(single, *costly, single.replace("one@x", "two@x")), "Europe/Zurich")
    expanded = [n.place for n in parsed.notes if n.code == Why.RECURRENCE_EXPANDED]
    left_out = [s for s in parsed.skipped if s.code == Why.RECURRENCE_TOO_COSTLY]
    assert expanded and left_out and len(expanded) + len(left_out) == 40
    assert {"one@x", "two@x"} <= {item.id for item in parsed.items}
    assert all(isinstance(s.fields["seconds"], int) and s.line > 0 for s in left_out)
    assert "simplify its rule" in report_text(import_report_of(parsed))


def test_a_file_of_more_events_than_an_agenda_holds_is_refused_before_it_is_parsed():
    body = "".join(f"BEGIN:VEVENT\r\nUID:e{n}\r\nEND:VEVENT\r\n" for n in range(MAX_EVENTS + 1))
    data = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n".encode()
    try:
        read_schedule(data, "Europe/Zurich")
    except ScheduleError as exc:
        assert (exc.note.code, exc.note.fields) == (Why.TOO_MANY_EVENTS, {"count": MAX_EVENTS + 1, "limit": MAX_EVENTS})
    else:
        raise AssertionError("a file of 5,001 events was read")


def import_report_of(parsed):
    from companion.domain.schedule_plan import prepare_import
    from companion.interchange.import_report import import_report

    meeting = Meeting("m-1", "Budget", "Geneva", "Europe/Zurich", (date(2026, 10, 12),), LANGUAGES)
    state = MeetingState(seq=1, meeting=meeting, items={})
    return import_report(state, parsed, prepare_import(state, parsed.items, parsed.fields), dry_run=True)


def test_the_console_report_says_how_a_series_was_read():
    from companion.domain.schedule_plan import prepare_import
    from companion.interchange.import_report import import_report

    parsed = read("recurring-dst-unbounded.ics")
    meeting = Meeting("m-1", "Budget", "New York", "America/New_York", (date(2026, 10, 19),), LANGUAGES)
    state = MeetingState(seq=1, meeting=meeting, items={})
    text = report_text(import_report(state, parsed, prepare_import(state, parsed.items, parsed.fields),
                                     dry_run=True))
    assert "35 added" in text and "imported as 5 item(s)" in text and "up to 2026-11-17" in text


RULE_PARTS = st.fixed_dictionaries(
    {"FREQ": st.sampled_from(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "X"])},
    optional={
        "INTERVAL": st.integers(-1, 1000).map(str),
        "COUNT": st.integers(-1, 10**7).map(str),
        "UNTIL": st.sampled_from(["20261013T000000Z", "20300101T000000Z", "99991231T235959Z", "20000101",
                                  "20261012T090000"]),
        "BYMONTH": st.lists(st.integers(-1, 13), min_size=1, max_size=3).map(lambda v: ",".join(map(str, v))),
        "BYMONTHDAY": st.lists(st.integers(-32, 32), min_size=1, max_size=3).map(lambda v: ",".join(map(str, v))),
        "BYYEARDAY": st.lists(st.integers(-367, 367), min_size=1, max_size=2).map(lambda v: ",".join(map(str, v))),
        "BYWEEKNO": st.lists(st.integers(-54, 54), min_size=1, max_size=2).map(lambda v: ",".join(map(str, v))),
        "BYDAY": st.lists(st.sampled_from(["MO", "TU", "SU", "1MO", "-1FR", "53SA", "XX"]), min_size=1,
                          max_size=3).map(",".join),
        "BYHOUR": st.lists(st.integers(-1, 24), min_size=1, max_size=3).map(lambda v: ",".join(map(str, v))),
        "BYMINUTE": st.lists(st.integers(0, 60), min_size=1, max_size=2).map(lambda v: ",".join(map(str, v))),
        "BYSETPOS": st.lists(st.integers(-400, 400), min_size=1, max_size=2).map(lambda v: ",".join(map(str, v))),
        "WKST": st.sampled_from(["MO", "SU", "ZZ"]),
    },
)
STARTS = st.sampled_from(["DTSTART;TZID=Europe/Zurich:20261012T100000", "DTSTART:20261012T080000Z",
                          "DTSTART:20261012T100000", "DTSTART;TZID=Europe/Zurich:20270328T023000",
                          "DTSTART;TZID=America/New_York:20261101T013000", "DTSTART:99991230T100000Z"])
EXTRAS = st.sampled_from(["", "EXDATE:20261013T080000Z\r\n", "RDATE:20261020T080000Z,20300101T000000Z\r\n",
                          "RDATE;VALUE=PERIOD:20261012T080000Z/PT2H\r\n", "EXDATE;VALUE=DATE:20261014\r\n",
                          "RRULE:FREQ=DAILY\r\n"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RULE_PARTS, STARTS, EXTRAS)
def test_any_rule_gives_at_most_the_cap_and_never_raises_anything_but_a_typed_error(parts, start, extra):
    rule = ";".join(f"{key}={value}" for key, value in parts.items())
    try:
        parsed = read_schedule(calendar(event("any@x", rule, start, extra)), "Europe/Zurich")
    except ScheduleError as exc:
        assert exc.note.code in set(Why)
        return
    assert len(parsed.items) <= MAX_OCCURRENCES
    assert len({item.id for item in parsed.items}) == len(parsed.items)
    assert all(item.end > item.start for item in parsed.items)
    assert len(parsed.notes) <= 3 and all(n.code in set(Why) for n in parsed.notes + parsed.skipped)


def test_reading_a_rule_400_years_later_gives_dateutils_own_dates():
    """The rule is followed near year 9999 (so dateutil's search ends soon) and moved back: the same
    dates as dateutil gives read where they are, for rules that hang on weekdays, leap days and ISO weeks."""
    from itertools import takewhile

    from dateutil.rrule import rrulestr

    start = datetime(2026, 10, 12, 10)
    for rule in ("FREQ=MONTHLY;BYDAY=-1FR", "FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
                 "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE", "FREQ=MONTHLY;BYMONTHDAY=-1;INTERVAL=5"):
        parsed = read_schedule(calendar(event("r@x", rule, "DTSTART:20261012T100000")), "UTC")
        dates = rrulestr("RRULE:" + rule, dtstart=start)
        expected = list(takewhile(lambda d: d <= start + timedelta(days=366), dates))
        got = [item.start.replace(tzinfo=None) for item in parsed.items]
        assert got == sorted({start, *expected})[:MAX_OCCURRENCES], rule


def test_an_event_that_would_end_after_the_year_9999_is_skipped_with_a_code():
    """A single event as well as an occurrence: Python's OverflowError never reaches the caller."""
    last = "UID:end@x\r\nDTSTART:99991231T230000Z\r\nDURATION:PT2H\r\nSUMMARY:Last"
    parsed = read_schedule(calendar(last), "Europe/Zurich")
    assert parsed.items == [] and [(s.code, s.fields["field"]) for s in parsed.skipped] == [
        (Why.BAD_INSTANT, "DTEND")]
