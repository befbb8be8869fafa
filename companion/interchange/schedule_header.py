"""What a schedule file says about the meeting itself: its title and time zone (to create a meeting from it).

The items are read by ``read_schedule``; this only looks at the file's head: frab's
``<conference>``, c3voc's ``schedule.conference``, iCalendar's ``X-WR-CALNAME`` /
``X-WR-TIMEZONE`` (else the first ``TZID``). Anything unreadable gives empty values.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree as SafeTree

_ICAL_FIELD = re.compile(r"^(X-WR-CALNAME|X-WR-TIMEZONE|TZID)[^:]*:(.*)$", re.MULTILINE)


@dataclass(frozen=True)
class ScheduleHeader:
    title: str = ""
    time_zone: str = ""


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


def _frab(data: bytes) -> ScheduleHeader:
    conference = SafeTree.fromstring(data).find("conference")
    if conference is None:
        return ScheduleHeader()
    return ScheduleHeader(
        (conference.findtext("title") or "").strip(), (conference.findtext("time_zone_name") or "").strip()
    )


def _c3voc(document) -> ScheduleHeader:
    conference = document.get("schedule", {}).get("conference", {})
    return ScheduleHeader(str(conference.get("title") or ""), str(conference.get("time_zone_name") or ""))


def _ical(text: str) -> ScheduleHeader:
    found: dict[str, str] = {}
    for name, value in _ICAL_FIELD.findall(text.replace("\r\n", "\n")):
        found.setdefault(name, value.strip())
    return ScheduleHeader(found.get("X-WR-CALNAME", ""), found.get("X-WR-TIMEZONE") or found.get("TZID", ""))
