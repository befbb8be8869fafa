"""The chair moves or declines several waiting requests at once: one command, one event; and
puts the whole list back in an earlier order (a move undone).

A selection moved keeps its own order and lands as a block at ``position`` of the list without
it (0: the top; the length of the rest: the bottom). A selection declined ends each request with
the same reason. Every request named must be waiting on the item named, each once.
"""

from __future__ import annotations

from dataclasses import replace

from .command_fields import Fields
from .commands import Context, Draft
from .commands import register_command as _command
from .errors import Conflict, Invalid
from .limits import MAX_REASON_CHARS
from .reducer import register_handler as _on
from .state import MeetingState
from .vocabulary import RequestStatus

#: Requests one command may name (a real list has ~300; a selection of all of them is allowed).
MAX_SELECTION = 1_000


def _selection(state: MeetingState, f: Fields) -> tuple[str, list[str]]:
    """The item and the requests named, each waiting on it, in the list's order."""
    item = f.item(state)
    named = f.sequence("request_ids", MAX_SELECTION)
    if not named or not all(isinstance(rid, str) for rid in named):
        raise Invalid("invalid_field", "The field 'request_ids' must name at least one request.")
    if len(set(named)) != len(named):
        raise Invalid("invalid_field", "The field 'request_ids' names a request twice.")
    waiting = state.queues.get(item.id, ())
    strangers = set(named) - set(waiting)
    if strangers:
        raise Invalid("not_waiting", f"Not waiting on this item: {', '.join(sorted(strangers)[:5])}.")
    chosen = set(named)
    return item.id, [rid for rid in waiting if rid in chosen]


def moved_order(queue: tuple[str, ...], selection: list[str], position: int) -> tuple[str, ...]:
    """*queue* with *selection* (in queue order) as one block at *position* of the rest."""
    chosen = set(selection)
    rest = [rid for rid in queue if rid not in chosen]
    position = min(position, len(rest))
    return (*rest[:position], *selection, *rest[position:])


@_command("floor.move_many")
def _move_many(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item_id, selection = _selection(state, f)
    rest = len(state.queues[item_id]) - len(selection)
    position = f.integer("position", 0, rest)
    return [Draft("floor.moved_many", {"item_id": item_id, "request_ids": selection, "position": position})]


@_command("floor.decline_many")
def _decline_many(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item_id, selection = _selection(state, f)
    reason = f.text("reason", required=False, max_length=MAX_REASON_CHARS)
    return [Draft("floor.declined_many", {"item_id": item_id, "request_ids": selection, "reason": reason})]


@_command("floor.reorder")
def _reorder(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    """The whole waiting list in a new order: how a move is undone (the order before it, sent back)."""
    item = f.item(state)
    order = f.sequence("request_ids", MAX_SELECTION)
    if not all(isinstance(rid, str) for rid in order) or len(set(order)) != len(order):
        raise Invalid("invalid_field", "The field 'request_ids' must name each waiting request once.")
    waiting = state.queues.get(item.id, ())
    if set(order) != set(waiting):
        raise Conflict("stale", "The list of speakers changed; look at it again.")
    if tuple(order) == waiting:
        raise Invalid("unchanged", "The list is already in this order.")
    return [Draft("floor.reordered", {"item_id": item.id, "request_ids": list(order)})]


@_on("floor.reordered")
def _reordered(state: MeetingState, e) -> MeetingState:
    item_id = e.data["item_id"]
    queues = {**state.queues, item_id: tuple(e.data["request_ids"])}
    return replace(state, queues=queues, manual_order=state.manual_order | {item_id})


@_on("floor.moved_many")
def _moved_many(state: MeetingState, e) -> MeetingState:
    item_id = e.data["item_id"]
    queue = moved_order(state.queues[item_id], e.data["request_ids"], e.data["position"])
    queues = {**state.queues, item_id: queue}
    return replace(state, queues=queues, manual_order=state.manual_order | {item_id})


@_on("floor.declined_many")
def _declined_many(state: MeetingState, e) -> MeetingState:
    item_id, declined, reason = e.data["item_id"], set(e.data["request_ids"]), e.data.get("reason")
    requests = dict(state.requests)
    for rid in declined:
        ended = {"status": RequestStatus.DECLINED, "finished_at": e.at, "decline_reason": reason}
        requests[rid] = replace(requests[rid], **ended)
    queue = tuple(rid for rid in state.queues.get(item_id, ()) if rid not in declined)
    return replace(state, requests=requests, queues={**state.queues, item_id: queue})
