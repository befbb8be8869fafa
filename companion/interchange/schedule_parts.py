"""What the three schedule readers share: the raw event, the collector that turns events into agenda
items (skipping what cannot be kept, with its place), and the readers of dates, times and zones."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from companion.domain.entities import AgendaItem, Person
from companion.domain.instants import exists_on_the_wall_clock
from companion.domain.vocabulary import ItemKind, ItemStatus

from .item_fit import fit
from .item_fit import refusal as item_refusal
from .schedule_notes import Note, ScheduleError, Unreadable, Why

#: Larger than any real schedule (a 1,000-event frab file is about 1 MB); refused before parsing.
MAX_SCHEDULE_BYTES = 10 * 1024 * 1024
MAX_EVENTS = 5_000
MAX_ID_LENGTH = 100

#: What frab and c3voc files say about an event (formats and interpretation are the meeting's).
SCHEDULE_FIELDS = ("day", "start", "end", "kind", "title", "description", "speakers", "room", "public")
#: iCalendar has no speakers.
CALENDAR_FIELDS = tuple(f for f in SCHEDULE_FIELDS if f != "speakers")


@dataclass
class ParsedSchedule:
    """A file read into agenda items, with what was skipped and what was assumed."""

    format: str
    items: list[AgendaItem] = field(default_factory=list)
    skipped: list[Note] = field(default_factory=list)
    #: How sloppy parts of the file were read (e.g. floating times taken as meeting time).
    notes: list[Note] = field(default_factory=list)
    #: The item fields this format speaks for; an import leaves the others as they are.
    fields: tuple[str, ...] = SCHEDULE_FIELDS


@dataclass
class RawEvent:
    """One event as a format module read it, before it becomes an agenda item."""

    guid: str
    start: datetime
    end: datetime
    title: str
    where: str
    #: The line the event starts on, where the format has lines (0: none).
    line: int = 0
    day: date | None = None
    kind: ItemKind = ItemKind.PRESENTATION
    description: str = ""
    room: str = ""
    speakers: tuple[str, ...] = ()
    cancelled: bool = False
    public: bool = True


class Collector:
    """Gathers a file's events into items: duplicate and bad ids are skipped with their place."""

    def __init__(self, fmt: str, zone: ZoneInfo, fields: tuple[str, ...] = SCHEDULE_FIELDS) -> None:
        self.parsed = ParsedSchedule(fmt, fields=fields)
        self.zone = zone
        self._first_place: dict[str, str] = {}
        #: Counts behind the file-wide notes (times read with an assumption), and the place of the
        #: first event each concerns: the note names it, so it can be found in the file.
        self.floating = self.after_midnight = self.ambiguous = 0
        self.first: dict[Why, str] = {}
        #: Where the file should have named its zone, when it did not (``zone_named``); the note
        #: is given only if a wall-clock time was then read in the meeting's zone.
        self.zone_missing: str | None = None
        self.assumed = 0

    def count(self, code: Why, place: str) -> None:
        """Remember the first place a file-wide note (``code``) concerns."""
        self.first.setdefault(code, place)

    def skip(self, place: str, code: Why, at_line: int = 0, **fields) -> None:
        self.parsed.skipped.append(Note(code, place, fields, at_line))

    def skip_unreadable(self, place: str, exc: Unreadable, at_line: int = 0) -> None:
        self.parsed.skipped.append(Note(exc.code, place, exc.fields, exc.line or at_line))

    def note(self, code: Why, place: str = "", **fields) -> None:
        self.parsed.notes.append(Note(code, place, fields))

    def local(self, naive: datetime, zone: ZoneInfo, place: str) -> datetime:
        """A wall-clock time in *zone* as a UTC instant: one in the hour the clocks skip is Unreadable
        (the event is skipped: one bad time never sinks the file), one in the repeated hour is read as
        its first occurrence (RFC 5545's rule) and counted for a note."""
        moment = naive.replace(tzinfo=zone, fold=0)
        if not exists_on_the_wall_clock(moment):
            raise Unreadable(Why.NONEXISTENT_TIME, time=str(naive), zone=str(zone))
        if moment.utcoffset() != moment.replace(fold=1).utcoffset():
            self.ambiguous += 1
            self.count(Why.AMBIGUOUS_TIMES, place)
        if self.zone_missing is not None and zone is self.zone:
            self.assumed += 1
        return moment.astimezone(UTC)

    def refusal(self, raw: RawEvent) -> tuple[Why, dict] | None:
        """Why *raw* cannot be an item whatever the file's other ids (a recurring event is asked
        once, not once per occurrence), or None."""
        return _id_refusal(raw.guid.strip()) or _content_refusal(raw)

    def add(self, raw: RawEvent) -> None:
        """Keep *raw* as an item, or skip it with the reason."""
        guid = raw.guid.strip()
        refused = _id_refusal(guid)
        if refused is None and guid in self._first_place:
            refused = Why.DUPLICATE_ID, {"id": guid, "first": self._first_place[guid]}
        refused = refused or _content_refusal(raw)
        if refused is not None:
            return self.skip(raw.where, refused[0], raw.line, **refused[1])
        item, shortened = fit(self._item(raw, guid), raw.where, raw.line)
        refused = item_refusal(item)
        if refused is not None:
            return self.skip(raw.where, refused[0], raw.line, **refused[1])
        self.parsed.notes.extend(shortened)
        self._first_place[guid] = raw.where
        self.parsed.items.append(item)
        return None

    def _item(self, raw: RawEvent, guid: str) -> AgendaItem:
        title = " ".join(raw.title.split())
        start = raw.start.astimezone(UTC)
        return AgendaItem(
            id=guid,
            day=raw.day or raw.start.astimezone(self.zone).date(),
            start=start,
            end=raw.end.astimezone(UTC),
            kind=raw.kind,
            title=title,
            description=one_newline(raw.description or "").strip(),
            speakers=tuple(Person(name=n) for n in map(clean_name, raw.speakers) if n),
            room=clean_name(raw.room),
            status=ItemStatus.POSTPONED if raw.cancelled else ItemStatus.SCHEDULED,
            planned_start=start,
            public=raw.public,
        )

    def finish(self) -> ParsedSchedule:
        """The parsed file, with the notes the counts call for; refuses a file with too many events."""
        zone = str(self.zone)
        if self.zone_missing is not None and self.assumed:
            self.note(Why.ZONE_ASSUMED, self.zone_missing, zone=zone)
        if self.floating:
            self.note(Why.FLOATING_TIMES, self.first.get(Why.FLOATING_TIMES, ""), count=self.floating,
                      zone=zone)
        if self.ambiguous:
            self.note(Why.AMBIGUOUS_TIMES, self.first.get(Why.AMBIGUOUS_TIMES, ""), count=self.ambiguous,
                      zone=zone)
        if len(self.parsed.items) > MAX_EVENTS:
            raise ScheduleError(Why.TOO_MANY_EVENTS, count=len(self.parsed.items), limit=MAX_EVENTS)
        return self.parsed


def _id_refusal(guid: str) -> tuple[Why, dict] | None:
    if not guid:
        return Why.NO_ID, {}
    if len(guid) > MAX_ID_LENGTH:
        return Why.ID_TOO_LONG, {"limit": MAX_ID_LENGTH}
    return None


def _content_refusal(raw: RawEvent) -> tuple[Why, dict] | None:
    if raw.end == raw.start:
        return Why.NO_DURATION, {}
    if raw.end < raw.start:
        return Why.ENDS_BEFORE_START, {}
    if not raw.title.split():
        return Why.NO_TITLE, {}
    return None


def one_newline(text: str) -> str:
    """Line breaks as one ``\\n``: Windows' ``\\r\\n`` (pretalx and frab abstracts, iCalendar files with
    a stray CR before an escaped newline) and old Macs' ``\\r`` would otherwise not survive a round
    trip through our own export, which writes ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_name(text: str) -> str:
    """A name or room as people write it: no stray spaces, tabs or line breaks."""
    return " ".join(text.split())


def zone_named(name: object, fallback: ZoneInfo, place: str, collector: Collector | None = None) -> ZoneInfo:
    """The IANA zone the file names, or the meeting's (with a note saying so); an unknown name refuses
    the file."""
    if name is None or name == "":
        if collector is not None:  # said only if a wall-clock time is read in it (Collector.local)
            collector.zone_missing = place
        return fallback
    if not isinstance(name, str):
        raise ScheduleError(Why.UNKNOWN_ZONE, place, zone=str(name))
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(Why.UNKNOWN_ZONE, place, zone=name) from None


def parse_duration(text: str) -> timedelta:
    """``HH:MM``, ``HH:MM:SS`` or ``D:HH:MM:SS`` as in frab; raises Unreadable."""
    try:
        parts = [int(p) for p in text.strip().split(":")]
    except ValueError:
        parts = []
    if not 2 <= len(parts) <= 4 or any(p < 0 for p in parts):
        raise Unreadable(Why.BAD_DURATION, value=text)
    if len(parts) == 2:
        parts.append(0)
    *days, hours, minutes, seconds = parts
    return timedelta(days=days[0] if days else 0, hours=hours, minutes=minutes, seconds=seconds)


def parse_stamp(text: str, name: str = "date") -> datetime:
    """An ISO 8601 date-time as frab writes it (``Z`` or an offset, or none); raises Unreadable."""
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise Unreadable(Why.BAD_INSTANT, field=name, value=text) from None


def parse_clock(text: str, name: str = "start") -> time:
    """``HH:MM`` (or ``H:MM``) as a time of day; raises Unreadable."""
    clean = text.strip()
    try:
        clock = time.fromisoformat("0" + clean if len(clean) == 4 else clean)
    except ValueError:
        clock = None
    if clock is None or clock.tzinfo is not None:  # a wall-clock time carries no offset
        raise Unreadable(Why.BAD_TIME, field=name, value=text)
    return clock


def as_text(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), or a ScheduleError saying where it is not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ScheduleError(Why.NOT_UTF8, line=line, byte=exc.start) from None


_KIND_WORDS = (
    (ItemKind.KEYNOTE, ("keynote",)),
    (ItemKind.OPENING, ("opening", "welcome")),
    (ItemKind.CLOSING, ("closing",)),
    (ItemKind.BREAK, ("break", "lunch", "coffee", "pause")),
    (ItemKind.OPEN_FLOOR, ("open floor", "open_floor", "statements", "plenary", "floor")),
    (ItemKind.SHARING_SESSION, ("sharing", "workshop")),
    (ItemKind.PANEL, ("panel", "discussion", "podium", "roundtable")),
)


_KINDS = frozenset(kind.value for kind in ItemKind)


def kind_of(*words: str | None) -> ItemKind:
    """The agenda kind a schedule's free-text type (or title) suggests; a talk by default.

    A type that is exactly one of ours (our own exports) is taken as it is.
    """
    first = (words[0] or "").strip().lower() if words else ""
    if first in _KINDS:
        return ItemKind(first)
    text = " ".join(w for w in words if w).lower()
    for kind, keys in _KIND_WORDS:
        if any(key in text for key in keys):
            return kind
    return ItemKind.PRESENTATION
