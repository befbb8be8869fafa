"""Meeting time and the user's own time, with the offset of each instant's own date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo


def in_meeting_zone(moment: datetime, zone: str) -> datetime:
    """The instant on the venue's wall clock (offset of that date, not of today)."""
    return moment.astimezone(ZoneInfo(zone))


def in_user_zone(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """The instant on the user's clock: the given zone, or the system's rules for that date."""
    return moment.astimezone(zone) if zone else moment.astimezone()


def offset_minutes(local: datetime) -> int:
    """The aware local time's offset from UTC, in minutes (east positive)."""
    offset = local.utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def offset_label(local: datetime) -> str:
    """``UTC+01:00`` for an aware local time."""
    minutes = offset_minutes(local)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def same_clock(moments: Iterable[datetime], meeting_zone: str, user_zone: tzinfo | None = None) -> bool:
    """True when the user's clock reads as the venue's at every one of *moments* (each instant's
    own offset on both sides): "your time" would only repeat the meeting's time."""
    venue = ZoneInfo(meeting_zone)
    return all(offset_minutes(m.astimezone(venue)) == offset_minutes(in_user_zone(m, user_zone))
               for m in moments)


def day_shift(meeting_local: datetime, user_local: datetime) -> int:
    """How many calendar days the user's date differs from the venue's (e.g. +1 past midnight)."""
    return (user_local.date() - meeting_local.date()).days


def meeting_city(venue: str, time_zone: str) -> str:
    """The place the meeting's clock is named after: the venue's city, else its zone's city.

    The venue's last comma-separated part is its city ("WIPO Headquarters, Geneva" → "Geneva");
    without a venue, the zone's city ("America/New_York" → "New York"). The zone alone can be
    wrong (Geneva keeps Europe/Zurich's clock), so the venue comes first.
    """
    city = venue.rsplit(",", 1)[-1].strip()
    return city or time_zone.rsplit("/", 1)[-1].replace("_", " ")
