"""The meeting's rules in pure Python: no Qt, no I/O, no clock. Server and clients share it."""

from . import floor_housekeeping, list_deadline  # noqa: F401  (register their commands and events)
from .commands import Context, Draft, decide
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
