"""Commands as the app sends them, built by typed functions instead of dicts assembled in widgets.

Each returns the JSON-ready body of ``POST …/commands`` (docs/protocol.md); enums become their
values here, once. The server reads them with ``commands.decide``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .instants import to_iso
from .speaking_clock import ClockAction
from .vocabulary import Attendance, ItemStatus, RequestKind

Command = dict[str, Any]


def floor_request(
    item_id: str,
    language: str,
    kind: RequestKind = RequestKind.STATEMENT,
    *,
    attendance: Attendance | None = None,
    minutes: int | None = None,
    text: str | None = None,
    on_behalf_of: str | None = None,
    participant_id: str | None = None,
) -> Command:
    """Ask for the floor on *item_id* (for someone else: chair and secretariat, ``participant_id``)."""
    optional = {
        "attendance": attendance.value if attendance else None,
        "minutes": minutes,
        "text": text if text and text.strip() else None,
        "on_behalf_of": on_behalf_of,
        "participant_id": participant_id,
    }
    command = {"type": "floor.request", "item_id": item_id, "language": language}
    return command | {"kind": RequestKind(kind).value} | {k: v for k, v in optional.items() if v is not None}


def floor_withdraw(request_id: str) -> Command:
    return {"type": "floor.withdraw", "request_id": request_id}


def floor_revise(request_id: str, language: str, text: str | None) -> Command:
    """Replace the statement text (None or empty: none) and language of a waiting request, in place."""
    return {"type": "floor.revise", "request_id": request_id, "language": language, "text": text or None}


def floor_decline(request_id: str, reason: str) -> Command:
    return {"type": "floor.decline", "request_id": request_id, "reason": reason}


def floor_move(request_id: str, position: int) -> Command:
    """Move a waiting request to *position* (0 = next)."""
    return {"type": "floor.move", "request_id": request_id, "position": position}


def floor_call_next(item_id: str, expected_request_id: str | None = None) -> Command:
    """Give the floor to the head of the list (refused if the head is no longer *expected_request_id*)."""
    command = {"type": "floor.call_next", "item_id": item_id}
    return command | ({"expected_request_id": expected_request_id} if expected_request_id else {})


def clock(action: ClockAction) -> Command:
    """Start, pause, resume or finish the clock of whoever holds the floor."""
    return {"type": f"floor.{ClockAction(action).value}"}


def speakers_list(item_id: str, open_it: bool) -> Command:
    """Open or close the list of speakers of an item."""
    return {"type": "list.open" if open_it else "list.close", "item_id": item_id}


def agenda_status(item_id: str, status: ItemStatus) -> Command:
    return {"type": "agenda.set_status", "item_id": item_id, "status": ItemStatus(status).value}


def agenda_budgets(item_id: str, group_seconds: int, delegation_seconds: int) -> Command:
    """Speaking time per group and per delegation on an item (0: no budget)."""
    budgets = {"group": group_seconds, "delegation": delegation_seconds}
    return {"type": "agenda.update", "item_id": item_id, "changes": {"budgets": budgets}}


def channel_choice(channel: str) -> Command:
    """Listen to the floor or to a language's channel."""
    return {"type": "channel.choose", "channel": channel}


def slow_down() -> Command:
    """An interpreter's anonymous "slow down" to the chair."""
    return {"type": "interpreter.slow_down"}


def slow_down_seen(booth: str, at: datetime) -> Command:
    """A chair's screen showed a booth's "slow down" (sent by the app when it alerts)."""
    return {"type": "interpreter.slow_down_seen", "booth": booth, "at": to_iso(at)}


def floor_carry(item_id: str, to_item_id: str) -> Command:
    """Move every waiting request of *item_id* to *to_item_id*, in their order of request."""
    return {"type": "floor.carry", "item_id": item_id, "to_item_id": to_item_id}


def floor_decline_all(item_id: str, reason: str) -> Command:
    """Decline every waiting request of *item_id* with one reason."""
    return {"type": "floor.decline_all", "item_id": item_id, "reason": reason}


def list_set_deadline(item_id: str, deadline: datetime | None) -> Command:
    """Close the item's list by itself at *deadline* (None: no deadline)."""
    when = to_iso(deadline) if deadline else None
    return {"type": "list.set_deadline", "item_id": item_id, "deadline": when}


def display_message(texts: Mapping[str, str]) -> Command:
    """Show a message on the room displays, one text per language code."""
    return {"type": "display.message", "texts": dict(texts)}


def display_clear_message() -> Command:
    return {"type": "display.clear_message"}


def display_countdown(seconds: int, labels: Mapping[str, str] | None = None) -> Command:
    """Start a countdown of *seconds* on the room displays, labelled per language."""
    return {"type": "display.countdown", "seconds": seconds, "labels": dict(labels or {})}


def display_clear_countdown() -> Command:
    return {"type": "display.clear_countdown"}


def display_configure(next_speakers: int) -> Command:
    """How many next speakers the room displays show."""
    return {"type": "display.configure", "next_speakers": next_speakers}


def booths_set(booth) -> Command:
    """Set one booth's languages (a ``booths.Booth``): what it works from, its retour, and who differs."""
    from .codec import to_plain  # the booth's JSON form is the codec's

    return {"type": "booths.set", "booth": to_plain(booth)}


def shifts_set(booth: str, shifts) -> Command:
    """Replace a booth's shifts with *shifts* (``BoothShift`` values; an empty list clears them)."""
    rows = [
        {"interpreter": s.interpreter, "start": to_iso(s.start), "end": to_iso(s.end)}
        | ({"participant_id": s.participant_id} if s.participant_id else {})
        for s in shifts
    ]
    return {"type": "shifts.set", "booth": booth, "shifts": rows}


def agenda_translate(translations) -> Command:
    """Titles and descriptions in other languages: ``[{item_id, language, title, description}]``."""
    return {"type": "agenda.translate", "translations": list(translations)}


def floor_move_many(item_id: str, request_ids: list[str], position: int) -> Command:
    """Move a selection of waiting requests, as one block, to *position* of the list without them."""
    ids = list(request_ids)
    return {"type": "floor.move_many", "item_id": item_id, "request_ids": ids, "position": position}


def floor_decline_many(item_id: str, request_ids: list[str], reason: str) -> Command:
    """Decline a selection of waiting requests with one reason."""
    ids = list(request_ids)
    return {"type": "floor.decline_many", "item_id": item_id, "request_ids": ids, "reason": reason}


def floor_categorise(request_id: str, category: str) -> Command:
    """File a point of order under one of the meeting's categories."""
    return {"type": "floor.categorise", "request_id": request_id, "category": category}


def floor_interpose(participant_id: str, language: str) -> Command:
    """Give the floor for an interposed question; the speaker's clock waits for its end."""
    return {"type": "floor.interpose", "participant_id": participant_id, "language": language}


def floor_reorder(item_id: str, request_ids: list[str]) -> Command:
    """Put the item's whole waiting list in this order (a move undone)."""
    return {"type": "floor.reorder", "item_id": item_id, "request_ids": list(request_ids)}
