"""Recurring VEVENTs as agenda items: one item per occurrence, overrides (RECURRENCE-ID) in place.

Each occurrence's id is its event's UID and the instant it was planned to start, so importing the
file again updates the same items, and an occurrence an override moves keeps its id. An override
with ``STATUS:CANCELLED`` cancels its occurrence as a cancelled single event is read: the item is
kept, postponed. Each series says in a note how many items it became, or where it was cut short.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime, tzinfo

from .ical_recurrence import MAX_OCCURRENCES, MAX_SPAN, is_unbounded, occurrence_id, occurrences, wall_clock
from .schedule_notes import Note, Unreadable, Why
from .schedule_parts import MAX_EVENTS, MAX_ID_LENGTH, Collector, RawEvent

#: CPU time (this thread's, so a busy machine does not shrink it) the series of one file may take.
#: A series costs well under a millisecond, or up to ~0.2 s where its interval and filters never
#: meet (dateutil steps through centuries of days looking for one); beyond the budget each further
#: series is skipped with its reason, so a hostile file holds the server for seconds, not hours.
CPU_BUDGET_S = 2.0


class Series:
    """The recurring events of one file, with the overrides of their occurrences."""

    def __init__(self, collector: Collector) -> None:
        self.collector = collector
        #: Overrides by (UID, planned start); taken when their occurrence comes, the rest kept at the end.
        self._overrides: dict[tuple[str, datetime], RawEvent] = {}
        self._first: dict[str, str] = {}
        self._unbounded: list[tuple] = []
        self._spent = 0.0

    def override(self, raw: RawEvent, planned: datetime) -> None:
        """Hold an override (a VEVENT with RECURRENCE-ID) until its series is expanded."""
        uid = raw.guid.strip()
        if not uid or len(uid) > MAX_ID_LENGTH:
            return self.collector.add(raw)  # skipped with the reason a single event would have
        key = (uid, planned)
        if key in self._overrides:
            first = self._overrides[key].where
            return self.collector.skip(raw.where, Why.DUPLICATE_ID, raw.line, id=occurrence_id(uid, planned),
                                       first=first)
        self._overrides[key] = replace(raw, guid=occurrence_id(uid, planned))
        return None

    def expand(self, event, raw: RawEvent, start: datetime, zone: tzinfo) -> None:
        """Add the occurrences of *event* (read as *raw*, first starting at *start* on *zone*'s wall
        clock) to the collector, each with the master's fields unless an override replaces it."""
        collector, uid = self.collector, raw.guid.strip()
        refused = collector.refusal(raw)  # once for the series, not once per occurrence
        if refused is not None:
            return collector.skip(raw.where, refused[0], raw.line, **refused[1])
        if uid in self._first:
            return collector.skip(raw.where, Why.DUPLICATE_ID, raw.line, id=uid, first=self._first[uid])
        self._first[uid] = raw.where
        if is_unbounded(event):  # after the others: it runs until the file's last item ends
            self._unbounded.append((event, raw, start, zone))
            return None
        return self._expand(event, raw, start, zone, None)

    def _expand(self, event, raw: RawEvent, start: datetime, zone: tzinfo, until: datetime | None) -> None:
        collector, uid = self.collector, raw.guid.strip()
        if self._spent >= CPU_BUDGET_S:
            return collector.skip(raw.where, Why.RECURRENCE_TOO_COSTLY, raw.line, seconds=round(self._spent))
        limit = min(MAX_OCCURRENCES, max(MAX_EVENTS - len(collector.parsed.items), 0))
        began = time.thread_time()
        try:
            found = occurrences(event, start, zone, limit, until)
        except Unreadable as exc:
            return collector.skip_unreadable(raw.where, exc, raw.line)
        finally:
            self._spent += time.thread_time() - began
        length, before = raw.end - raw.start, len(collector.parsed.items)
        for wall in found.starts:
            try:
                begin = collector.local(wall, zone, raw.where)
                own_end = found.ends.get(wall)  # an RDATE period's own end
                end = collector.local(own_end, zone, raw.where) if own_end else begin + length
            except Unreadable as exc:  # a time the clocks skip: that occurrence is named, not moved
                collector.skip(f"{raw.where} {wall:%Y-%m-%d %H:%M}", exc.code, raw.line, **exc.fields)
                continue
            except OverflowError:  # past the year 9999: not a time at all
                value = f"{wall:%Y-%m-%d %H:%M}"
                collector.skip(raw.where, Why.BAD_INSTANT, raw.line, field="DTEND", value=value)
                continue
            own = self._overrides.pop((uid, begin), None)
            collector.add(own or replace(raw, guid=occurrence_id(uid, begin), start=begin, end=end, day=None))
        made = len(collector.parsed.items) - before
        if found.capped:
            last = found.starts[-1].date().isoformat() if found.starts else ""
            fields = {"count": made, "last": last, "limit": limit, "days": MAX_SPAN.days}
            collector.parsed.notes.append(Note(Why.RECURRENCE_CAPPED, raw.where, fields, raw.line))
        else:
            collector.parsed.notes.append(Note(Why.RECURRENCE_EXPANDED, raw.where, {"count": made}, raw.line))
        return None

    def finish(self) -> None:
        """The series without end, up to the end of the file's last item (a daily coffee break in a
        three-day meeting is three items), or ``MAX_SPAN`` when nothing else in the file ends later
        than their first occurrence. Then the overrides no occurrence took (their series absent, or
        the occurrence not in its rule): events of the file all the same, each kept as its item."""
        items = self.collector.parsed.items
        last = max((item.end for item in items), default=None)
        for event, raw, start, zone in self._unbounded:
            until = wall_clock(last, zone, last.time()) if last and last > raw.end else None
            self._expand(event, raw, start, zone, until)
        for raw in self._overrides.values():
            self.collector.add(raw)
        self._overrides.clear()
