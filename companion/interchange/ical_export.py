"""The agenda as an RFC 5545 calendar: stable UIDs, TZID times with their VTIMEZONE, SEQUENCE per change."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from companion.domain.content_language import localized
from companion.domain.entities import AgendaItem
from companion.domain.state import MeetingState
from companion.domain.vocabulary import ItemStatus

PRODID = "-//Meeting Companion//Agenda//EN"


def agenda_calendar(
    state: MeetingState, items: Iterable[AgendaItem] | None, now: datetime, language: str | None = None
) -> bytes:
    """The calendar of *items* (default: every item) of the meeting, as .ics bytes; titles and
    descriptions in *language* where the meeting has them (else the original)."""
    meeting = state.meeting
    zone = ZoneInfo(meeting.time_zone)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", meeting.title)
    calendar.add("x-wr-timezone", meeting.time_zone)
    chosen = list(state.items.values() if items is None else items)
    for item in chosen:
        calendar.add_component(_event(item, meeting.id, zone, now, language))
    if chosen:  # a VTIMEZONE covering exactly the meeting's dates, so any client reads TZID right
        first = min(i.start for i in chosen).date() - timedelta(days=1)
        last = max(i.end for i in chosen).date() + timedelta(days=1)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()


def event_uid(item: AgendaItem, meeting_id: str) -> str:
    """Stable across exports: a calendar updates the event instead of adding a copy."""
    return f"{item.id}@{meeting_id}.meeting-companion"


def unambiguous(moment: datetime, zone: ZoneInfo) -> datetime:
    """Meeting time with its TZID, except in the hour the clocks repeat: a TZID time there means the
    first of the two (RFC 5545), so such an instant is written in UTC, which no reader misplaces."""
    local = moment.astimezone(zone)
    if local.utcoffset() != local.replace(fold=1 - local.fold).utcoffset():
        return moment.astimezone(UTC)
    return local


def _event(
    item: AgendaItem, meeting_id: str, zone: ZoneInfo, now: datetime, language: str | None
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", event_uid(item, meeting_id))
    event.add("dtstamp", now)
    event.add("dtstart", unambiguous(item.start, zone))
    event.add("dtend", unambiguous(item.end, zone))
    if item.day != item.start.astimezone(zone).date():  # after midnight, on the programme of the day before
        event.add("x-meeting-day", item.day.isoformat())
    text = localized(item, language) if language else item
    event.add("summary", text.title)
    if text.description:
        event.add("description", text.description)
    if item.room:
        event.add("location", item.room)
    if item.formats:  # how to follow it: in the room, on Zoom, by webcast
        event.add("x-meeting-formats", ",".join(item.formats))
    for person in (*item.moderators, *item.speakers):  # RFC 5545 CONTACT: free text, shown by most clients
        event.add("contact", f"{person.name}, {person.affiliation}" if person.affiliation else person.name)
    event.add("categories", [item.kind.value])
    event.add("status", "CANCELLED" if item.status == ItemStatus.POSTPONED else "CONFIRMED")
    event.add("sequence", item.revision)
    event.add("class", "PUBLIC" if item.public else "PRIVATE")
    return event
