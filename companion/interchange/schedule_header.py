"""What a schedule file says about the meeting itself: its title and time zone (to create a meeting from it).

The items are read by ``read_schedule``; this only looks at what names the meeting:

- frab: ``<conference>``'s ``title`` and ``time_zone_name``, else the offset of its days' ``start``;
- c3voc: ``schedule.conference``'s ``title`` and ``time_zone_name``, else its days' starts
  (``day_start`` in schema 1, ``start`` in schema 2);
- iCalendar: ``X-WR-CALNAME`` (else the first line of ``X-WR-CALDESC``), ``X-WR-TIMEZONE``, else a
  VTIMEZONE's ``TZID``, else the ``TZID`` the events' times carry (Google and Outlook write
  ``DTSTART;TZID=Europe/Paris:…`` on every event).

Exchange and Outlook name zones the Windows way ("W. Europe Standard Time"): these become the IANA
zone by CLDR's windowsZones table, as ``icalendar`` ships it (``windows_to_olson``, generated from
CLDR; the dependency reads the same names in VTIMEZONEs). Days that only give an offset, the same one
all through the file, give the fixed zone of that offset (``Etc/GMT-1`` for +01:00): the file's
times are right in it, though it knows no daylight-saving change. Anything unreadable gives empty
values.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from xml.etree.ElementTree import ParseError
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import defusedxml
import defusedxml.ElementTree as SafeTree

#: A property line's name, its parameters and its value (unfolded text).
_ICAL_LINE = re.compile(r"^([A-Za-z0-9-]+)((?:;[^:\r\n]*)?):(.*)$", re.MULTILINE)
_TZID_PARAM = re.compile(r';TZID="?([^;:"]+)"?', re.IGNORECASE)


@dataclass(frozen=True)
class ScheduleHeader:
    title: str = ""
    time_zone: str = ""
    #: Where the zone came from, in the file's own terms ("TZID", "time_zone_name", "day starts").
    zone_source: str = ""


def read_header(data: bytes) -> ScheduleHeader:
    """The title and zone a schedule file declares (empty where it declares none)."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    try:
        if head == b"<":
            return _frab(data)
        if head in (b"{", b"["):
            return _c3voc(json.loads(data.decode("utf-8-sig")))
        return _ical(data.decode("utf-8-sig", errors="replace"))
    except (ValueError, ParseError, defusedxml.DefusedXmlException, AttributeError, TypeError,
            RecursionError):  # "[[[[…" nests deeper than Python's parser recurses
        return ScheduleHeader()


def iana_zone(name: str) -> str:
    """*name* as an IANA zone: itself when it is one, a Windows zone name mapped by CLDR's table,
    else "" (unknown)."""
    name = name.strip()
    if not name:
        return ""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON  # CLDR's windowsZones.xml

    for candidate in (name, WINDOWS_TO_OLSON.get(name, "")):
        try:
            if candidate:
                ZoneInfo(candidate)
                return candidate
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ""


def offset_zone(starts: list[str]) -> str:
    """The fixed IANA zone of the offset every one of *starts* carries (whole hours), else ""."""
    offsets = set()
    for text in starts:
        try:
            moment = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
        except ValueError:
            return ""
        offsets.add(moment.utcoffset())
    if len(offsets) != 1 or None in offsets:
        return ""
    hours, rest = divmod(offsets.pop(), timedelta(hours=1))
    if rest or not -12 <= hours <= 14:
        return ""
    return "Etc/UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"  # POSIX: the sign is the other way


def _frab(data: bytes) -> ScheduleHeader:
    root = SafeTree.fromstring(data)
    conference = root.find("conference")
    if conference is None:
        return ScheduleHeader()
    title = (conference.findtext("title") or "").strip()
    named = iana_zone(conference.findtext("time_zone_name") or "")
    if named:
        return ScheduleHeader(title, named, "time_zone_name")
    from_days = offset_zone([d.get("start") for d in root.iter("day") if d.get("start")])
    return ScheduleHeader(title, from_days, "day starts" if from_days else "")


def _c3voc(document) -> ScheduleHeader:
    conference = document.get("schedule", {}).get("conference", {})
    title = str(conference.get("title") or "")
    named = iana_zone(str(conference.get("time_zone_name") or ""))
    if named:
        return ScheduleHeader(title, named, "time_zone_name")
    days = [d for d in conference.get("days") or () if isinstance(d, dict)]
    starts = [d.get("day_start") or d.get("start") for d in days]
    from_days = offset_zone([s for s in starts if s])
    return ScheduleHeader(title, from_days, "day starts" if from_days else "")


def _ical(text: str) -> ScheduleHeader:
    unfolded = re.sub(r"\r?\n[ \t]", "", text).replace("\r\n", "\n")
    found: dict[str, str] = {}
    params: list[str] = []
    for name, parameters, value in _ICAL_LINE.findall(unfolded):
        found.setdefault(name.upper(), value.strip())
        params += _TZID_PARAM.findall(parameters)
    title = found.get("X-WR-CALNAME") or _first_line(found.get("X-WR-CALDESC", ""))
    for source, name in (("X-WR-TIMEZONE", found.get("X-WR-TIMEZONE", "")), ("TZID", found.get("TZID", "")),
                         *(("TZID", p) for p in params)):
        zone = iana_zone(name)
        if zone:
            return ScheduleHeader(title, zone, source)
    return ScheduleHeader(title, "", "")


def _first_line(text: str) -> str:
    """A calendar's description as a title: its first line (``\\n`` is an escaped newline)."""
    text = text.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
    return text.split("\n")[0].strip()
