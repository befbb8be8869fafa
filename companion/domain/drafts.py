"""What a decision is made of: who decides when (``Context``), and the events before numbering (``Draft``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from .entities import Participant

if TYPE_CHECKING:
    from .state import MeetingState


@dataclass(frozen=True)
class Context:
    """Who issues the command, and when; ``next_seq`` is the seq the first event will get."""

    actor: Participant
    now: datetime
    next_seq: int


@dataclass(frozen=True)
class Draft:
    """An event before the server numbers it. Anonymous drafts are recorded without an actor."""

    type: str
    data: dict[str, Any] = field(default_factory=dict)
    anonymous: bool = False
    #: The entity ``data`` was made from, handed on to the event (see ``Event.decoded``).
    decoded: Any = None


@runtime_checkable
class PreparedCommand(Protocol):
    """A command already read and checked on the server's side (no JSON to read again).

    ``drafts`` raises ``Conflict`` when the state is not the one the command was prepared on.
    """

    type: str

    def drafts(self, state: MeetingState) -> list[Draft]: ...

    def fingerprint(self) -> str: ...
