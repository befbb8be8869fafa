"""Inscription in advance: the chair opens an item's list before the item with an optional
deadline, after which the list closes by itself — an event like any other, so every screen shows it.

The server's clock decides when a deadline has passed; it asks ``lists_due`` and closes each
list with ``list.close_by_deadline``, which refuses if the deadline has not passed (a replica
with a fast clock, or a deadline moved meanwhile, changes nothing).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from .command_fields import Fields
from .commands import Context, Draft
from .commands import register_command as _command
from .errors import Invalid
from .instants import parse_instant, to_iso
from .reducer import register_handler as _on
from .reducer import with_item
from .state import MeetingState
from .vocabulary import ListState


def lists_due(state: MeetingState, now: datetime) -> list[str]:
    """Items whose open list has passed its deadline, in agenda order."""
    return [
        item.id
        for item in state.items.values()
        if item.list_state == ListState.OPEN and item.list_deadline is not None and item.list_deadline <= now
    ]


def _deadline(f: Fields, ctx: Context) -> datetime | None:
    text = f.text("deadline", required=False, max_length=40)
    if text is None:
        return None
    try:
        deadline = parse_instant(text)
    except ValueError:
        raise Invalid("invalid_field", "The deadline must be an ISO 8601 instant with its offset.") from None
    if deadline <= ctx.now:
        raise Invalid("deadline_past", "The deadline must be in the future.")
    return deadline


@_command("list.set_deadline")
def _set_deadline(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item = f.item(state)
    if item.over:
        raise Invalid("item_over", f"The item is {item.status.value}; its list takes no deadline.")
    deadline = _deadline(f, ctx)
    return [
        Draft("list.deadline_set", {"item_id": item.id, "deadline": to_iso(deadline) if deadline else None})
    ]


@_command("list.close_by_deadline")
def _close_by_deadline(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item = f.item(state)
    if item.id not in lists_due(state, ctx.now):
        raise Invalid("not_due", "This list has no deadline that has passed.")
    return [Draft("list.closed", {"item_id": item.id, "by_deadline": True})]


@_on("list.deadline_set")
def _deadline_set(state: MeetingState, e) -> MeetingState:
    item = state.items[e.data["item_id"]]
    deadline = parse_instant(e.data["deadline"]) if e.data.get("deadline") else None
    return with_item(state, replace(item, list_deadline=deadline))
