"""The closed vocabularies of a meeting: roles, kinds, statuses and languages."""

from __future__ import annotations

from enum import StrEnum

#: The six UN languages, in the order the UN lists them.
LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")
#: Listening to the room without interpretation.
FLOOR = "floor"
CHANNELS: tuple[str, ...] = (FLOOR, *LANGUAGES)
#: Languages written right to left: the app's layout and the public pages mirror.
RIGHT_TO_LEFT = frozenset({"ar"})


class Role(StrEnum):
    DELEGATE = "delegate"
    CHAIR = "chair"
    INTERPRETER = "interpreter"
    SECRETARIAT = "secretariat"


class DelegationKind(StrEnum):
    MEMBER_STATE = "member_state"
    OBSERVER = "observer"
    IGO = "igo"
    NGO = "ngo"
    OTHER = "other"


class Attendance(StrEnum):
    ONSITE = "onsite"
    REMOTE = "remote"


class ItemKind(StrEnum):
    OPENING = "opening"
    KEYNOTE = "keynote"
    PANEL = "panel"
    PRESENTATION = "presentation"
    SHARING_SESSION = "sharing_session"
    OPEN_FLOOR = "open_floor"
    BREAK = "break"
    CLOSING = "closing"


class ItemStatus(StrEnum):
    SCHEDULED = "scheduled"
    LIVE = "live"
    DONE = "done"
    POSTPONED = "postponed"


class ListState(StrEnum):
    """The list of speakers of one agenda item."""

    NONE = "none"  # never opened: the item takes no requests
    OPEN = "open"
    CLOSED = "closed"  # closed by the chair: points of order only


class RequestKind(StrEnum):
    STATEMENT = "statement"
    QUESTION = "question"
    PRESENTATION = "presentation"
    POINT_OF_ORDER = "point_of_order"
    RIGHT_OF_REPLY = "right_of_reply"


class RequestStatus(StrEnum):
    WAITING = "waiting"
    SPEAKING = "speaking"
    DONE = "done"
    WITHDRAWN = "withdrawn"
    DECLINED = "declined"


#: Statuses after which a request can change no more.
FINAL_STATUSES = frozenset({RequestStatus.DONE, RequestStatus.WITHDRAWN, RequestStatus.DECLINED})
#: Roles that manage the queue and the agenda.
MANAGERS = frozenset({Role.CHAIR, Role.SECRETARIAT})


def is_language(code: str) -> bool:
    """True when *code* is one of the six interpretation languages."""
    return code in LANGUAGES
