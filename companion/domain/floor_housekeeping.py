"""What happens to the waiting requests when the chair ends an item: carried to another item,
or declined all at once with one reason. Registered like every other command and event."""

from __future__ import annotations

from dataclasses import replace

from .command_fields import Fields
from .commands import Context, Draft
from .commands import register_command as _command
from .entities import AgendaItem
from .errors import Invalid
from .limits import MAX_REASON_CHARS
from .reducer import register_handler as _on
from .reducer import rule_order_of
from .speaker_queue import merge_into
from .state import MeetingState
from .vocabulary import ItemKind, ListState


def _waiting_on(state: MeetingState, item_id: str) -> tuple[str, ...]:
    waiting = state.queues.get(item_id, ())
    if not waiting:
        raise Invalid("queue_empty", "Nobody is waiting for the floor on this item.")
    return waiting


def carry_targets(state: MeetingState, item_id: str) -> list[AgendaItem]:
    """The items an item's waiting requests may be carried to, the likeliest first.

    Never one that is over, and never a break (nobody speaks at lunch). The items after this
    one first, those with an open list before the others: the first is the next item with a list.
    """
    this = state.items[item_id]
    targets = [
        i for i in state.items.values() if i.id != item_id and not i.over and i.kind != ItemKind.BREAK
    ]
    return sorted(targets, key=lambda i: (i.start < this.start, i.list_state != ListState.OPEN, i.start))


@_command("floor.carry")
def _carry(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item = f.item(state)
    target = state.items.get(f.text("to_item_id", max_length=100) or "")
    if target is None:
        raise Invalid("unknown_item", "There is no such agenda item to carry the requests to.")
    if target.id == item.id:
        raise Invalid("same_item", "The requests are already on this item.")
    if target.over:
        raise Invalid("item_over", f"The item is {target.status.value}; requests cannot go there.")
    waiting = _waiting_on(state, item.id)
    return [Draft("floor.carried", {"request_ids": list(waiting), "to_item_id": target.id})]


@_command("floor.decline_all")
def _decline_all(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item = f.item(state)
    reason = f.text("reason", required=False, max_length=MAX_REASON_CHARS)
    return [
        Draft("floor.declined", {"request_id": rid, "reason": reason}) for rid in _waiting_on(state, item.id)
    ]


@_on("floor.carried")
def _carried(state: MeetingState, e) -> MeetingState:
    """The requests keep their order of request; the target item's rules place them."""
    target = e.data["to_item_id"]
    moved = [state.requests[rid] for rid in e.data["request_ids"]]
    queues = dict(state.queues)
    for request in moved:
        queues[request.item_id] = tuple(rid for rid in queues.get(request.item_id, ()) if rid != request.id)
    requests = {**state.requests, **{r.id: replace(r, item_id=target) for r in moved}}
    state = replace(state, requests=requests, queues=queues)
    current = state.queues.get(target, ())
    ids = (*current, *(r.id for r in moved))
    if target in state.manual_order:
        queue = current
        rule = rule_order_of(state, target, ids)
        for request in moved:
            queue = merge_into(queue, [rid for rid in rule if rid in {*queue, request.id}], request.id)
    else:
        queue = tuple(rule_order_of(state, target, ids))
    return replace(state, queues={**state.queues, target: tuple(queue)})
