"""Reading a schedule file of any supported format into agenda items, with what was skipped and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from companion.domain.entities import AgendaItem, Person
from companion.domain.instants import exists_on_the_wall_clock
from companion.domain.vocabulary import ItemKind, ItemStatus

#: Larger than any real schedule (a 1,000-event frab file is about 1 MB); refused before parsing.
MAX_SCHEDULE_BYTES = 10 * 1024 * 1024
MAX_EVENTS = 5_000
MAX_ID_LENGTH = 100


#: What frab and c3voc files say about an event (formats and interpretation are the meeting's).
SCHEDULE_FIELDS = ("day", "start", "end", "kind", "title", "description", "speakers", "room", "public")
#: iCalendar has no speakers.
CALENDAR_FIELDS = tuple(f for f in SCHEDULE_FIELDS if f != "speakers")


class ScheduleError(Exception):
    """The file is refused as a whole; the message says why and where, for the person importing it."""


@dataclass(frozen=True)
class Skip:
    place: str
    reason: str


@dataclass
class ParsedSchedule:
    format: str
    items: list[AgendaItem] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    #: How sloppy parts of the file were read (e.g. floating times taken as meeting time).
    notes: list[str] = field(default_factory=list)
    #: The item fields this format speaks for; an import leaves the others as they are.
    fields: tuple[str, ...] = SCHEDULE_FIELDS


def read_schedule(data: bytes, meeting_zone: str, filename: str = "") -> ParsedSchedule:
    """Parse frab XML, c3voc JSON or iCalendar, recognised by content. Raises ScheduleError."""
    from . import c3voc_json, frab_xml, ical_schedule  # the format modules use this module's helpers

    if len(data) > MAX_SCHEDULE_BYTES:
        raise ScheduleError(
            f"The file is {len(data) // (1024 * 1024)} MB; a schedule may be at most "
            f"{MAX_SCHEDULE_BYTES // (1024 * 1024)} MB."
        )
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:200]
    if head.startswith(b"<"):
        parsed = frab_xml.parse(data, meeting_zone)
    elif head.startswith((b"{", b"[")):
        parsed = c3voc_json.parse(as_text(data), meeting_zone)
    elif head.upper().startswith(b"BEGIN:VCALENDAR"):
        parsed = ical_schedule.parse(as_text(data), meeting_zone)
    else:
        name = f" {filename}" if filename else ""
        raise ScheduleError(
            f"The file{name} is not a schedule this app reads (frab/Pentabarf XML, c3voc JSON, iCalendar)."
        )
    if len(parsed.items) > MAX_EVENTS:
        count = len(parsed.items)
        raise ScheduleError(f"The schedule has {count} events; at most {MAX_EVENTS} are accepted.")
    return parsed


def as_text(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), or a ScheduleError saying where it is not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ScheduleError(
            f"The file is not UTF-8 text (line {line}, byte {exc.start}); save it as UTF-8 and try again."
        ) from None


def zone_named(name: str | None, fallback: str, where: str) -> ZoneInfo:
    """The IANA zone the file names, or the meeting's; an unknown name refuses the file."""
    try:
        return ZoneInfo(name or fallback)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"{where}: unknown time zone {name!r}.") from None


def check_exists(moment: datetime, where: str) -> datetime:
    """Refuse a wall-clock time the zone skips (daylight-saving start): the data would be wrong."""
    if not exists_on_the_wall_clock(moment):
        raise ScheduleError(
            f"{where}: {moment.replace(tzinfo=None)} does not exist in {moment.tzinfo} "
            "(the clocks skip that hour); nothing was imported."
        )
    return moment.astimezone(UTC)


def parse_duration(text: str) -> timedelta:
    """``HH:MM``, ``HH:MM:SS`` or ``D:HH:MM:SS`` as in frab; raises ValueError."""
    try:
        parts = [int(p) for p in text.strip().split(":")]
    except ValueError:
        parts = []
    if not 2 <= len(parts) <= 4 or any(p < 0 for p in parts):
        raise ValueError(f"the duration {text!r} is not HH:MM")
    if len(parts) == 2:
        parts.append(0)
    *days, hours, minutes, seconds = parts
    return timedelta(days=days[0] if days else 0, hours=hours, minutes=minutes, seconds=seconds)


_KIND_WORDS = (
    (ItemKind.KEYNOTE, ("keynote",)),
    (ItemKind.OPENING, ("opening", "welcome")),
    (ItemKind.CLOSING, ("closing",)),
    (ItemKind.BREAK, ("break", "lunch", "coffee", "pause")),
    (ItemKind.OPEN_FLOOR, ("open floor", "open_floor", "statements", "plenary", "floor")),
    (ItemKind.SHARING_SESSION, ("sharing", "workshop")),
    (ItemKind.PANEL, ("panel", "discussion", "podium", "roundtable")),
)


def kind_of(*words: str | None) -> ItemKind:
    """The agenda kind a schedule's free-text type (or title) suggests; a talk by default."""
    text = " ".join(w for w in words if w).lower()
    for kind, keys in _KIND_WORDS:
        if any(key in text for key in keys):
            return kind
    return ItemKind.PRESENTATION


@dataclass
class RawEvent:
    """One event as a format module read it, before it becomes an agenda item."""

    guid: str
    start: datetime
    end: datetime
    title: str
    where: str
    day: date | None = None
    kind: ItemKind = ItemKind.PRESENTATION
    description: str = ""
    room: str = ""
    speakers: tuple[str, ...] = ()
    cancelled: bool = False
    public: bool = True


class Collector:
    """Gathers a file's events into items: duplicate and bad ids are skipped with their place."""

    def __init__(self, fmt: str, meeting_zone: str, fields: tuple[str, ...] = SCHEDULE_FIELDS) -> None:
        self.parsed = ParsedSchedule(fmt, fields=fields)
        self.zone = ZoneInfo(meeting_zone)
        self._first_place: dict[str, str] = {}

    def skip(self, where: str, reason: str) -> None:
        self.parsed.skipped.append(Skip(where, reason))

    def add(self, raw: RawEvent) -> None:
        guid = raw.guid.strip()
        if not guid:
            return self.skip(raw.where, "no guid/UID, so it could not be kept in step on a later import")
        if len(guid) > MAX_ID_LENGTH:
            return self.skip(raw.where, f"its id is longer than {MAX_ID_LENGTH} characters")
        if guid in self._first_place:
            return self.skip(raw.where, f"duplicate id {guid!r} (first at {self._first_place[guid]})")
        if raw.end <= raw.start:
            return self.skip(raw.where, "it ends before it starts")
        if not raw.title.strip():
            return self.skip(raw.where, "it has no title")
        self._first_place[guid] = raw.where
        self.parsed.items.append(
            AgendaItem(
                id=guid,
                day=raw.day or raw.start.astimezone(self.zone).date(),
                start=raw.start.astimezone(UTC),
                end=raw.end.astimezone(UTC),
                kind=raw.kind,
                title=raw.title.strip(),
                description=(raw.description or "").strip(),
                speakers=tuple(Person(name=n) for n in raw.speakers if n.strip()),
                room=raw.room.strip(),
                status=ItemStatus.POSTPONED if raw.cancelled else ItemStatus.SCHEDULED,
                planned_start=raw.start.astimezone(UTC),
                public=raw.public,
            )
        )
        return None


def parse_stamp(text: str) -> datetime:
    """An ISO 8601 date-time as frab writes it (``Z`` or an offset, or none); raises ValueError."""
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{text!r} is not a date and time") from None
