"""The meeting's rules in pure Python: no Qt, no I/O, no clock. Server and clients share it."""

from . import (
    agenda_translations,  # noqa: F401  (agenda.translate)
    booth_commands,  # noqa: F401  (booths.set, shifts.set)
    display_commands,  # noqa: F401  (registers the room display's commands and events)
    floor_housekeeping,  # noqa: F401  (floor.carry, floor.decline_all)
    group_commands,  # noqa: F401  (registers meeting.declare_groups)
    interposed,  # noqa: F401  (floor.interpose)
    list_deadline,  # noqa: F401  (list deadlines)
    order_categories,  # noqa: F401  (floor.categorise)
    participant_roster,  # noqa: F401  (registers participant.updated)
    queue_edits,  # noqa: F401  (floor.move_many, floor.decline_many)
    slow_down_ack,  # noqa: F401  (interpreter.slow_down_seen)
    statement_commands,  # noqa: F401  (floor.revise: a statement replaced in place)
)
from .commands import decide
from .drafts import Context, Draft
from .errors import CommandRefused, Conflict, Forbidden, Invalid
from .events import Event
from .execution import execute, record
from .reducer import apply, replay
from .state import MeetingState

__all__ = [
    "CommandRefused",
    "Conflict",
    "Context",
    "Draft",
    "Event",
    "Forbidden",
    "Invalid",
    "MeetingState",
    "apply",
    "decide",
    "execute",
    "record",
    "replay",
]
