"""The things a meeting is made of. Immutable; changes make new values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .booths import Booth
from .vocabulary import (
    Attendance,
    DelegationKind,
    ItemKind,
    ItemStatus,
    ListState,
    RequestKind,
    RequestStatus,
    Role,
)


@dataclass(frozen=True)
class Group:
    """A group of delegations, e.g. the African Group, with the delegation that coordinates it."""

    name: str
    members: tuple[str, ...]  # delegation names
    coordinator: str = ""  # delegation name of the coordinator


@dataclass(frozen=True)
class Meeting:
    id: str
    title: str
    venue: str
    time_zone: str
    days: tuple[date, ...]
    languages: tuple[str, ...]
    formats: tuple[str, ...] = ()
    #: Groups of delegations a speaker may claim to speak for (see domain/groups.py).
    groups: tuple[Group, ...] = ()
    #: The booths' languages (domain/booths.py); empty: the UN defaults for the meeting's languages.
    booths: tuple[Booth, ...] = ()
    #: The categories a chair files a point of order under (domain/order_categories.py); empty:
    #: the usual ones.
    order_categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """A moderator or speaker named on the agenda (not a signed-in participant)."""

    name: str
    affiliation: str = ""


@dataclass(frozen=True)
class SpeakingLimits:
    """Speaking time, in seconds, per kind of speaker and statement (WIPO: 5 min group, 3 min single)."""

    member_state: int = 180
    observer: int = 180
    group: int = 300
    presentation: int = 600
    point_of_order: int = 60
    right_of_reply: int = 120


@dataclass(frozen=True)
class TimeBudgets:
    """Speaking time an item allows in all per group spoken for and per delegation, in seconds
    (0: no budget). The chair is warned as they run out; the clock is not stopped by them."""

    group: int = 0
    delegation: int = 0


@dataclass(frozen=True)
class QueuePolicy:
    """Optional per-item ordering policies the chair can switch on."""

    first_time_first: bool = False
    alternate_attendance: bool = False


@dataclass(frozen=True)
class ItemText:
    """An agenda item's title and description in one of the meeting's languages."""

    language: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class AgendaItem:
    id: str
    day: date
    start: datetime
    end: datetime
    kind: ItemKind
    title: str
    description: str = ""
    moderators: tuple[Person, ...] = ()
    speakers: tuple[Person, ...] = ()
    room: str = ""
    formats: tuple[str, ...] = ()
    #: Interpretation languages of this item; empty means all of the meeting's languages.
    languages: tuple[str, ...] = ()
    status: ItemStatus = ItemStatus.SCHEDULED
    list_state: ListState = ListState.NONE
    limits: SpeakingLimits = field(default_factory=SpeakingLimits)
    policy: QueuePolicy = field(default_factory=QueuePolicy)
    #: Start as first published, so apps can mark an item as moved.
    planned_start: datetime | None = None
    #: Bumped on every change of the item (calendar exports carry it as SEQUENCE).
    revision: int = 0
    #: False for items not to be published (left out of the public calendar feed).
    public: bool = True
    #: The title and description in other languages (the fields above are the original's).
    translations: tuple[ItemText, ...] = ()
    #: When the open list of speakers closes by itself (inscription in advance); None: never.
    list_deadline: datetime | None = None
    #: Speaking time per group and per delegation on this item (domain/time_budgets.py).
    budgets: TimeBudgets = field(default_factory=TimeBudgets)

    @property
    def moved(self) -> bool:
        return self.planned_start is not None and self.planned_start != self.start

    @property
    def over(self) -> bool:
        """Done or postponed: nothing more happens on it (no new requests, no list, no reminder)."""
        return self.status in (ItemStatus.DONE, ItemStatus.POSTPONED)


@dataclass(frozen=True)
class Participant:
    id: str
    name: str
    role: Role
    delegation: str = ""
    delegation_kind: DelegationKind = DelegationKind.OTHER
    attendance: Attendance = Attendance.REMOTE
    gender: str | None = None
    booth: str | None = None
    #: For the secretariat only (matching a re-imported list, sending codes); hidden from other delegates.
    email: str = ""
    #: The language the participant speaks (interpreters have their booth instead).
    language: str = ""

    @property
    def display_name(self) -> str:
        """WIPO's "Country – Name" form."""
        return f"{self.delegation} – {self.name}" if self.delegation else self.name


@dataclass(frozen=True)
class FloorRequest:
    id: str
    item_id: str
    participant_id: str
    kind: RequestKind
    language: str
    attendance: Attendance
    minutes: int
    requested_at: datetime
    #: Sequence number of the request event: the order of request.
    order: int
    on_behalf_of: str | None = None
    text: str | None = None
    #: True when a text was sent, even if this viewer may not read it.
    has_text: bool = False
    #: Characters of the text sent: kept (with the language and the outcome) once the text itself
    #: is dropped, when the request is withdrawn or declined.
    text_length: int = 0
    status: RequestStatus = RequestStatus.WAITING
    called_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    spoken_seconds: int = 0
    decline_reason: str | None = None
    #: A point of order's category, chosen by the chair from the meeting's (order_categories.py).
    category: str | None = None


@dataclass(frozen=True)
class BoothShift:
    language: str
    interpreter: str
    start: datetime
    end: datetime
    participant_id: str | None = None


@dataclass(frozen=True)
class SpeakingClock:
    """The floor: who speaks now, and their clock."""

    request_id: str
    item_id: str
    limit_seconds: int
    accumulated: float = 0.0
    running_since: datetime | None = None
    #: An interposed question holds the floor: the speaker it interrupted, their limit and the
    #: seconds they had spoken; their clock runs again when the question ends (domain/interposed.py).
    interrupted_id: str | None = None
    interrupted_limit: int = 0
    interrupted_spoken: float = 0.0


@dataclass(frozen=True)
class SlowDown:
    """An interpreter's anonymous "slow down" request: only the booth is known."""

    booth: str
    at: datetime
    #: When a chair's screen showed it (``interpreter.slow_down_seen``); None until then.
    seen_at: datetime | None = None
