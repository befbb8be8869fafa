"""A recurring VEVENT (RRULE, RDATE, EXDATE) as its occurrences, bounded, for the iCalendar reader.

The rule is ``dateutil.rrule``'s (already installed with ``icalendar``); RDATE and EXDATE are added
and taken away here, on the event's own wall clock (the zone of its DTSTART), so a 09:00 meeting
stays at 09:00 across a daylight-saving change. Each wall-clock time then becomes an instant through
the reader's one rule for that (``Collector.local``: a skipped hour is named, a repeated one counted).

Bounded: an event yields at most ``MAX_OCCURRENCES`` items, none later than ``MAX_SPAN`` after its
start, and never more than the file's remaining room under ``MAX_EVENTS``; what is left out is said
in a note (``Why.RECURRENCE_CAPPED``), never dropped silently.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import icalendar
from dateutil.rrule import rrulestr

from .schedule_notes import Unreadable, Why
from .schedule_parts import MAX_ID_LENGTH

#: A meeting's agenda, not a calendar's forever: a year of daily occurrences at most per event.
MAX_OCCURRENCES = 366
MAX_SPAN = timedelta(days=366)
#: The Gregorian calendar repeats exactly every 400 years (146,097 days, a whole number of weeks:
#: the same weekdays, leap days and ISO weeks), so a rule read 400·k years later gives the same dates
#: 400·k years later. dateutil looks for a rule's next date until year 9999 however long that takes
#: (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30 matches nothing: seconds of work); read near year 9999, it
#: gives up after at most 400 years past the span asked for.
_CYCLE = 400
_LAST = datetime(9999, 12, 31, 23, 59, 59)
_DAILY_OR_FINER = frozenset({"DAILY", "HOURLY", "MINUTELY", "SECONDLY"})
_DAY_FILTERS = ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY")
_ORDINAL = re.compile(r"^[+-]?\d+")


@dataclass(frozen=True)
class Occurrences:
    """The wall-clock starts (in the event's zone) kept, each with its own end where an RDATE
    PERIOD gave one, and whether the rule had more than were kept."""

    starts: list[datetime]
    ends: dict[datetime, datetime]
    capped: bool


def is_unbounded(event) -> bool:
    """A rule with neither COUNT nor UNTIL: it repeats for ever."""
    try:
        return any("COUNT" not in rule and "UNTIL" not in rule for rule in event.rrules)
    except (ValueError, TypeError, AttributeError):  # unreadable: the reader says so when it expands it
        return False


def is_recurring(event) -> bool:
    """An event with RRULE or RDATE (an override, with RECURRENCE-ID, is one occurrence, not a series)."""
    if event.get("RECURRENCE-ID") is not None:
        return False
    return event.get("RRULE") is not None or event.get("RDATE") is not None


def wall_clock(value: date | datetime, zone: tzinfo, at: time) -> datetime:
    """*value* on the event's wall clock, naive: an instant in the event's zone, a floating time as
    it is, a date at the event's time of day."""
    if not isinstance(value, datetime):
        return datetime.combine(value, at)
    if value.tzinfo is None:
        return value
    return value.astimezone(zone).replace(tzinfo=None)


def occurrences(
    event, start: datetime, zone: tzinfo, limit: int, until: datetime | None = None
) -> Occurrences:
    """The occurrences of *event* whose first start is *start* (naive, on *zone*'s wall clock), at
    most *limit* of them, within ``MAX_SPAN`` and not after *until* (naive, the same wall clock);
    raises Unreadable for a rule that cannot be read."""
    try:
        return _occurrences(event, start, zone, limit, until)
    # InvalidCalendar is a ValueError; dateutil trips on some rules with an IndexError of its own
    except (ValueError, TypeError, OverflowError, AttributeError, IndexError, KeyError):
        raise Unreadable(Why.NOT_ALLOWED, field="RRULE") from None


def _occurrences(event, start: datetime, zone: tzinfo, limit: int, until: datetime | None) -> Occurrences:
    horizon = start + MAX_SPAN if start < _LAST - MAX_SPAN else _LAST
    horizon = min(horizon, until) if until else horizon
    rules, extra, excluded = event.rrules, event.rdates, event.exdates
    gone = {wall_clock(d, zone, start.time()) for d in excluded}
    ends: dict[datetime, datetime] = {}
    found: set[datetime] = {start}  # RFC 5545: DTSTART is the first occurrence, matched by the rule or not
    for first, end in extra:
        moment = wall_clock(first, zone, start.time())
        found.add(moment)
        if isinstance(end, datetime):
            ends[moment] = wall_clock(end, zone, start.time())
    capped = any(moment > horizon for moment in found)
    for rule in rules:
        dates, more = _rule_dates(rule, start, zone, horizon, limit + len(gone))
        found.update(dates)
        capped |= more
    kept = sorted(m for m in found if m <= horizon and m not in gone)
    capped |= len(kept) > limit
    return Occurrences(kept[:limit], ends, capped)


def _rule_dates(rule, start: datetime, zone: tzinfo, horizon: datetime, limit: int):
    """The rule's dates up to *horizon* (at most *limit*), and whether it has more."""
    until = rule.get("UNTIL")
    parts = icalendar.vRecur({key: value for key, value in rule.items() if key != "UNTIL"})
    shift = max(0, (_LAST.year - horizon.year - 1) // _CYCLE) * _CYCLE
    _refuse_unbounded_work(parts, until)
    if _no_day_matches(parts, _moved(start, shift)):
        return [], False
    reader = rrulestr("RRULE:" + parts.to_ical().decode(), dtstart=_moved(start, shift))
    if until:  # on the wall clock, not past what the move can hold (the rule ends by then anyway)
        last = min(wall_clock(until[0], zone, time(23, 59, 59)), _moved(_LAST, -shift))
        reader = reader.replace(until=_moved(last, shift))
    dates: list[datetime] = []
    for moment in reader:
        moment = _moved(moment, -shift)
        if moment > horizon or len(dates) == limit:
            return dates, True
        dates.append(moment)
    return dates, False


def _refuse_unbounded_work(parts, until) -> None:
    """Raise ValueError for a rule the RFC forbids or dateutil cannot follow in bounded time."""
    if until and "COUNT" in parts:  # RFC 5545: they MUST NOT both occur
        raise ValueError("COUNT and UNTIL in one rule")
    if _frequency(parts) in ("HOURLY", "MINUTELY", "SECONDLY"):  # not an agenda's; dateutil steps
        # through each one, for centuries when the rule's filters and interval never meet
        raise ValueError("an agenda item does not repeat every hour, minute or second")
    if any(int(step) < 1 for step in parts.get("INTERVAL", [])):  # 0: dateutil would never move on
        raise ValueError("INTERVAL must be a positive whole number")
    if "BYSETPOS" in parts and _frequency(parts) in _DAILY_OR_FINER:
        # A position within a day or less (a set of a few times at most): dateutil steps through every
        # such period of 400 years when the position is out of range (minutes of work). No agenda
        # needs it; the event is skipped with its reason rather than read wrong.
        raise ValueError("BYSETPOS with a daily or finer frequency")


def _no_day_matches(parts, start: datetime) -> bool:
    """True when a rule's day filters match no day at all from *start* on.

    dateutil steps through such a rule period by period looking for a match (up to 400 years here:
    0.4-1 s for a daily rule on a loaded machine, 40 ms a weekly one); the same filters as a yearly
    rule are checked in at most 400 steps. Each day dateutil yields passes every filter, whatever the
    frequency, so days passing them with BYDAY's ordinals dropped (1MO read as MO) are more, never
    fewer: when there are none, the rule has none."""
    if _frequency(parts) == "YEARLY":  # already 400 steps
        return False
    probe = {key: parts[key] for key in _DAY_FILTERS if key in parts}
    if "BYDAY" in parts:
        probe["BYDAY"] = [_ORDINAL.sub("", str(day)) for day in parts["BYDAY"]]
    if not probe:  # BYMONTH alone always matches some day
        return False
    probe |= {key: parts[key] for key in ("BYMONTH", "WKST") if key in parts}
    probe["FREQ"] = ["YEARLY"]
    text = "RRULE:" + icalendar.vRecur(probe).to_ical().decode()
    return next(iter(rrulestr(text, dtstart=datetime.combine(start.date(), time()))), None) is None


def _frequency(parts) -> str:
    return str(parts.get("FREQ", [""])[0]).upper()


def _moved(moment: datetime, years: int) -> datetime:
    return moment.replace(year=moment.year + years)


def occurrence_id(uid: str, start: datetime) -> str:
    """A stable item id for one occurrence: its event's UID and the instant it was planned to start
    (RECURRENCE-ID's sense: an occurrence moved by an override keeps its id). Within the id limit:
    a long UID is shortened and a hash of it keeps it apart from others."""
    stamp = start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    plain = f"{uid}/{stamp}"
    if len(plain) <= MAX_ID_LENGTH:
        return plain
    digest = hashlib.sha256(uid.encode()).hexdigest()[:16]
    head = uid[: MAX_ID_LENGTH - len(stamp) - len(digest) - 2]
    return f"{head}~{digest}/{stamp}"

