"""Events: what happened, numbered gaplessly per meeting. The wire envelope lives here too."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .instants import parse_instant, to_iso

#: Every event type the reducer knows, by the command that produces it.
EVENT_TYPES = frozenset(
    {
        "meeting.created",
        "participant.added",
        "meeting.groups_declared",
        "participant.updated",
        "floor.requested",
        "floor.withdrawn",
        "floor.revised",
        "floor.declined",
        "floor.carried",
        "floor.moved",
        "floor.moved_many",  # queue_edits
        "floor.declined_many",  # queue_edits
        "floor.reordered",  # queue_edits
        "floor.categorised",  # order_categories
        "floor.interposed",  # interposed
        "floor.called",
        "floor.started",
        "floor.paused",
        "floor.resumed",
        "floor.finished",
        "list.opened",
        "list.closed",
        "list.deadline_set",
        "agenda.status_set",
        "agenda.updated",
        "agenda.item_added",
        "agenda.item_removed",
        "channel.chosen",
        "interpreter.slow_down_requested",
        # the booths' languages and shifts (booth_commands)
        "booths.set",
        "shifts.set",
        "agenda.translated",
        "interpreter.slow_down_seen",
        # the room display (display_commands)
        "display.message_shown",
        "display.message_cleared",
        "display.countdown_started",
        "display.countdown_cleared",
        "display.configured",
    }
)


@dataclass(frozen=True)
class Event:
    seq: int
    type: str
    at: datetime
    actor: str | None
    data: Mapping[str, Any]
    #: The entity ``data`` describes, when the side that decided the event holds it already: the
    #: reducer then need not decode it again (never on the wire; equal to decoding ``data``).
    decoded: Any = field(default=None, compare=False, repr=False)

    def envelope(self) -> dict[str, Any]:
        """The JSON-ready envelope sent on the wire and stored in the log."""
        return {
            "seq": self.seq,
            "type": self.type,
            "at": to_iso(self.at),
            "actor": self.actor,
            "data": self.data,
        }

    @classmethod
    def from_envelope(cls, envelope: Mapping[str, Any]) -> Event:
        """Read an envelope; raises ValueError if it is not one."""
        try:
            seq, kind, data = envelope["seq"], envelope["type"], envelope["data"]
            at = parse_instant(envelope["at"])
        except (KeyError, TypeError) as exc:
            raise ValueError(f"not an event envelope: {exc}") from exc
        if not isinstance(seq, int) or seq < 1 or not isinstance(data, dict):
            raise ValueError("not an event envelope: bad seq or data")
        if kind not in EVENT_TYPES:
            raise ValueError(f"unknown event type {kind!r}")
        return cls(seq, kind, at, envelope.get("actor"), data)
