"""Commands in, events out: ``decide`` checks a command against the rules and the caller's role.

The server appends what ``decide`` returns; nothing here does I/O or reads a clock.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .codec import from_plain, to_plain
from .command_fields import Fields
from .drafts import Context, Draft, PreparedCommand
from .entities import AgendaItem, FloorRequest, Participant
from .errors import Conflict, Invalid
from .groups import claimed_group
from .limits import MAX_REASON_CHARS, MAX_STATEMENT_CHARS, check_item, check_shape
from .permissions import check_owner, check_role
from .schedule_plan import IMPORTED_FIELDS, MAX_IMPORTED_ITEMS, prepare_import
from .speaker_queue import DEFAULT_MINUTES, MAX_MINUTES, refusal_for_new_request
from .speaking_clock import ClockAction, clock_actions
from .state import MeetingState
from .statements import text_quota_refusal
from .vocabulary import CHANNELS, Attendance, ItemStatus, ListState, RequestKind, RequestStatus, Role

Decider = Callable[[MeetingState, Fields, Context], list[Draft]]
_DECIDERS: dict[str, Decider] = {}


def decide(state: MeetingState, command: Any, ctx: Context) -> list[Draft]:
    """The events a command produces, or raises Forbidden / Invalid / Conflict."""
    if isinstance(command, PreparedCommand):  # read and checked already (a schedule file on the server)
        check_role(ctx.actor, command.type)
        return command.drafts(state)
    if not isinstance(command, Mapping):
        raise Invalid("invalid_command", "A command must be a JSON object.")
    check_shape(command)
    kind = command.get("type")
    decider = _DECIDERS.get(kind) if isinstance(kind, str) else None
    if decider is None:
        raise Invalid("unknown_command", f"Unknown command type {kind!r}.")
    check_role(ctx.actor, kind)
    expected = command.get("expected_seq")
    if expected is not None and expected != state.seq:
        raise Conflict("stale", f"The meeting has moved on (now at {state.seq}, expected {expected}).")
    return decider(state, Fields(command), ctx)


def command_types() -> frozenset[str]:
    return frozenset(_DECIDERS)


def register_command(kind: str) -> Callable[[Decider], Decider]:
    """Decorator: *fn* decides commands of type *kind* (feature modules register theirs with it)."""

    def register(fn: Decider) -> Decider:
        _DECIDERS[kind] = fn
        return fn

    return register


_command = register_command  # the short name this module's own deciders use


# --- requests for the floor ------------------------------------------------------


@_command("floor.request")
def _request(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item = f.item(state)
    kind = f.choice("kind", RequestKind, RequestKind.STATEMENT)
    speaker = _speaker(state, f.text("participant_id", required=False) or ctx.actor.id, ctx)
    language = f.language("language", state.meeting.languages)
    attendance = f.choice("attendance", Attendance, speaker.attendance)
    minutes = f.integer("minutes", 1, MAX_MINUTES, DEFAULT_MINUTES[kind])
    on_behalf_of = claimed_group(state.meeting, f.text("on_behalf_of", required=False), ctx.actor, speaker)
    text = f.text("text", required=False, max_length=MAX_STATEMENT_CHARS)
    refusal = refusal_for_new_request(item, kind)
    if refusal:
        raise Invalid("list_not_open", f"You cannot ask for the floor on this item: {refusal}.")
    too_much = text_quota_refusal(state, speaker.id, len(text or ""))
    if too_much:
        raise too_much
    if any(r.item_id == item.id and r.kind == kind for r in state.open_requests_of(speaker.id)):
        raise Conflict("already_requested", "There is already such a request on this item.")
    request = FloorRequest(
        id=f"fr-{ctx.next_seq}",
        item_id=item.id,
        participant_id=speaker.id,
        kind=kind,
        language=language,
        attendance=attendance,
        minutes=minutes,
        requested_at=ctx.now,
        order=ctx.next_seq,
        on_behalf_of=on_behalf_of,
        text=text,
        has_text=bool(text),
        text_length=len(text or ""),
    )
    return [Draft("floor.requested", {"request": to_plain(request)})]


def _speaker(state: MeetingState, participant_id: str, ctx: Context) -> Participant:
    check_owner(ctx.actor, participant_id)
    speaker = state.participants.get(participant_id)
    if speaker is None:
        raise Invalid("unknown_participant", f"There is no participant {participant_id!r}.")
    if speaker.role == Role.INTERPRETER:
        raise Invalid("not_a_speaker", "Interpreters do not take the floor.")
    return speaker


@_command("floor.withdraw")
def _withdraw(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    request = _waiting(state, f)
    check_owner(ctx.actor, request.participant_id)
    return [Draft("floor.withdrawn", {"request_id": request.id})]


@_command("floor.decline")
def _decline(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    request = _waiting(state, f)
    reason = f.text("reason", required=False, max_length=MAX_REASON_CHARS)
    return [Draft("floor.declined", {"request_id": request.id, "reason": reason})]


@_command("floor.move")
def _move(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    request = _waiting(state, f)
    last = len(state.queues[request.item_id]) - 1
    position = f.integer("position", 0, last)
    return [Draft("floor.moved", {"request_id": request.id, "position": position})]


def _waiting(state: MeetingState, f: Fields) -> FloorRequest:
    request = f.request(state)
    if request.status != RequestStatus.WAITING:
        raise Invalid("not_waiting", f"This request is no longer waiting (it is {request.status.value}).")
    return request


# --- the floor and its clock ------------------------------------------------------


@_command("floor.call_next")
def _call_next(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item = f.item(state)
    queue = state.queues.get(item.id, ())
    if not queue:
        raise Invalid("queue_empty", "Nobody is waiting for the floor on this item.")
    chosen = f.text("request_id", required=False, max_length=100) or queue[0]
    if chosen not in queue:
        raise Invalid("not_waiting", "That request is not waiting on this item.")
    expected = f.text("expected_request_id", required=False, max_length=100)
    if expected and expected != queue[0]:
        raise Conflict("stale", "The list of speakers changed; look at it again before calling.")
    return [*_release_floor(state), Draft("floor.called", {"request_id": chosen})]


def _release_floor(state: MeetingState) -> list[Draft]:
    """Whoever holds the floor finishes before anything else happens to it (an interposed
    question, then the speaker it interrupted)."""
    if not state.floor:
        return []
    drafts = [Draft("floor.finished", {"request_id": state.floor.request_id})]
    if state.floor.interrupted_id:
        drafts.append(Draft("floor.finished", {"request_id": state.floor.interrupted_id}))
    return drafts


def _on_floor(state: MeetingState, f: Fields) -> str:
    if state.floor is None:
        raise Invalid("no_speaker", "Nobody has the floor.")
    expected = f.text("request_id", required=False, max_length=100)
    if expected and expected != state.floor.request_id:
        raise Conflict("stale", "Someone else has the floor now.")
    return state.floor.request_id


@_command("floor.start")
def _start(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    request_id = _on_floor(state, f)
    if ClockAction.START not in clock_actions(state.floor, state.requests[request_id]):
        raise Invalid("clock_started", "The clock has already been started; use resume.")
    return [Draft("floor.started", {"request_id": request_id})]


@_command("floor.pause")
def _pause(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    request_id = _on_floor(state, f)
    if ClockAction.PAUSE not in clock_actions(state.floor, state.requests[request_id]):
        raise Invalid("clock_not_running", "The clock is not running.")
    return [Draft("floor.paused", {"request_id": request_id})]


@_command("floor.resume")
def _resume(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    request_id = _on_floor(state, f)
    if ClockAction.RESUME not in clock_actions(state.floor, state.requests[request_id]):
        raise Invalid("clock_not_paused", "The clock is not paused.")
    return [Draft("floor.resumed", {"request_id": request_id})]


@_command("floor.finish")
def _finish(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    request_id = _on_floor(state, f)
    return [Draft("floor.finished", {"request_id": request_id})]


# --- lists and the agenda ---------------------------------------------------------


@_command("list.open")
def _list_open(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item = f.item(state)
    if item.list_state == ListState.OPEN:
        raise Invalid("already_open", "The list of speakers is already open.")
    if item.over:
        raise Invalid("item_over", f"The item is {item.status.value}; set it live or scheduled first.")
    return [Draft("list.opened", {"item_id": item.id})]


@_command("list.close")
def _list_close(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item = f.item(state)
    if item.list_state != ListState.OPEN:
        raise Invalid("not_open", "The list of speakers is not open.")
    return [Draft("list.closed", {"item_id": item.id})]


@_command("agenda.set_status")
def _set_status(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item = f.item(state)
    status = f.choice("status", ItemStatus)
    if status == item.status:
        raise Invalid("unchanged", f"The item is already {status.value}.")
    drafts: list[Draft] = []
    if state.floor and state.floor.item_id == item.id and status != ItemStatus.LIVE:
        drafts += _release_floor(state)
    if status == ItemStatus.LIVE:
        # One item is live at a time: the one before it is done.
        drafts += [
            Draft("agenda.status_set", {"item_id": other.id, "status": ItemStatus.DONE.value})
            for other in state.items.values()
            if other.status == ItemStatus.LIVE
        ]
    return [*drafts, Draft("agenda.status_set", {"item_id": item.id, "status": status.value})]


#: Fields of an agenda item the chair and secretariat may change.
UPDATABLE = frozenset(
    {"title", "description", "room", "formats", "languages", "start", "end", "limits", "policy", "budgets"}
)


@_command("agenda.update")
def _update(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    item = f.item(state)
    changes = dict(f.mapping("changes"))
    unknown = set(changes) - UPDATABLE
    if unknown or not changes:
        raise Invalid("invalid_field", f"Changes may touch only: {', '.join(sorted(UPDATABLE))}.")
    plain = to_plain(item)
    for key in ("limits", "policy", "budgets"):
        if key in changes and isinstance(changes[key], Mapping):
            changes[key] = {**plain[key], **changes[key]}
    try:
        updated = from_plain(AgendaItem, {**plain, **changes})
    except (ValueError, TypeError) as exc:
        raise Invalid("invalid_field", f"Invalid change: {exc}.") from None
    if updated.end <= updated.start:
        raise Invalid("invalid_times", "An item must end after it starts.")
    check_item(updated)
    strange = set(updated.languages) - set(state.meeting.languages)
    if strange:
        raise Invalid("unknown_language", f"Not a language of this meeting: {', '.join(sorted(strange))}.")
    return [Draft("agenda.updated", {"item_id": item.id, "changes": to_plain_changes(updated, changes)})]


def to_plain_changes(updated: AgendaItem, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The changed fields in their normal form (times in UTC, full limits and policy)."""
    plain = to_plain(updated)
    return {key: plain[key] for key in changes}


# --- listening and interpreting ---------------------------------------------------


@_command("channel.choose")
def _channel(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    channel = f.text("channel", max_length=16)
    if channel not in CHANNELS:
        raise Invalid("unknown_channel", f"{channel!r} is not a channel; use one of: {', '.join(CHANNELS)}.")
    return [Draft("channel.chosen", {"participant_id": ctx.actor.id, "channel": channel})]


@_command("interpreter.slow_down")
def _slow_down(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    booth = ctx.actor.booth or "?"
    return [Draft("interpreter.slow_down_requested", {"booth": booth}, anonymous=True)]


@_command("agenda.import")
def _import(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    fields = tuple(f.sequence("fields", len(IMPORTED_FIELDS)))
    if not set(fields) <= set(IMPORTED_FIELDS):
        raise Invalid("invalid_field", f"An import may set only: {', '.join(IMPORTED_FIELDS)}.")
    return prepare_import(state, _imported_items(f), fields).drafts(state)


def _imported_items(f: Fields) -> list[AgendaItem]:
    """The items of an ``agenda.import`` command as entities; raises Invalid naming the first bad one."""
    items = []
    for n, plain in enumerate(f.sequence("items", MAX_IMPORTED_ITEMS)):
        try:
            items.append(from_plain(AgendaItem, plain))
        except (ValueError, TypeError) as exc:
            raise Invalid("invalid_item", f"Item {n + 1}: {exc}.") from None
    return items
