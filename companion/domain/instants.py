"""Instants in time: always aware, stored and exchanged in UTC (ISO 8601 with a Z)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

UTC = UTC


def to_iso(moment: datetime) -> str:
    """Format an aware datetime as ISO 8601 in UTC, e.g. ``2025-10-28T09:00:00Z``."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: times must carry a time zone")
    text = moment.astimezone(UTC).isoformat()
    return text.replace("+00:00", "Z")


def parse_instant(text: str) -> datetime:
    """Parse an ISO 8601 instant; refuses times without an offset (they are ambiguous)."""
    moment = datetime.fromisoformat(text)  # Python 3.11 reads the "Z" itself
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return moment.astimezone(UTC)


def local_to_utc(day: date, clock: time, zone: str) -> datetime:
    """The UTC instant of a wall-clock time on *day* in the IANA *zone*.

    Refuses wall-clock times that do not exist in the zone (the hour skipped when
    daylight-saving time starts), instead of silently shifting them.
    """
    local = datetime.combine(day, clock, tzinfo=ZoneInfo(zone))
    if not exists_on_the_wall_clock(local):
        raise ValueError(f"{day} {clock} does not exist in {zone} (daylight-saving change)")
    return local.astimezone(UTC)


def exists_on_the_wall_clock(local: datetime) -> bool:
    """False for a wall-clock time its zone skips (the hour lost when daylight-saving time starts)."""
    back = local.astimezone(UTC).astimezone(local.tzinfo)
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)
