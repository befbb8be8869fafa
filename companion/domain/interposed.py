"""Interposed questions (as OpenSlides has them): while a speaker holds the floor, the chair gives
it for a short question to someone else; the speaker's clock stops, the question has its own
(the limit of a point of order), and when the question ends the speaker's clock runs on from
where it stopped. One question at a time; a question is not interrupted in turn."""

from __future__ import annotations

from dataclasses import replace

from . import speaking_clock
from .codec import from_plain, to_plain
from .command_fields import Fields
from .commands import Context, Draft
from .commands import register_command as _command
from .entities import FloorRequest, SpeakingClock
from .errors import Invalid
from .reducer import register_handler as _on
from .state import MeetingState
from .vocabulary import RequestKind, RequestStatus, Role


@_command("floor.interpose")
def _interpose(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    floor = state.floor
    if floor is None:
        raise Invalid("no_speaker", "Nobody has the floor.")
    if floor.interrupted_id:
        raise Invalid("already_interposed", "A question already interrupts the speaker.")
    asker = state.participants.get(f.text("participant_id", max_length=100) or "")
    if asker is None or asker.role == Role.INTERPRETER:
        raise Invalid("unknown_participant", "There is no such participant to ask the question.")
    speaking = state.requests[floor.request_id]
    if asker.id == speaking.participant_id:
        raise Invalid("own_question", "The speaker cannot interrupt themselves.")
    question = FloorRequest(
        id=f"fr-{ctx.next_seq}",
        item_id=floor.item_id,
        participant_id=asker.id,
        kind=RequestKind.QUESTION,
        language=f.language("language", state.meeting.languages),
        attendance=asker.attendance,
        minutes=1,
        requested_at=ctx.now,
        order=ctx.next_seq,
    )
    return [Draft("floor.interposed", {"request": to_plain(question)})]


@_on("floor.interposed")
def _interposed(state: MeetingState, e) -> MeetingState:
    """The question takes the floor at once, its clock running; the speaker's clock waits."""
    floor = state.floor
    item = state.items[floor.item_id]
    question = replace(
        from_plain(FloorRequest, e.data["request"]),
        order=e.seq,
        status=RequestStatus.SPEAKING,
        called_at=e.at,
        started_at=e.at,
    )
    clock = SpeakingClock(
        question.id,
        floor.item_id,
        item.limits.point_of_order,
        running_since=e.at,
        interrupted_id=floor.request_id,
        interrupted_limit=floor.limit_seconds,
        interrupted_spoken=speaking_clock.elapsed(floor, e.at),
    )
    return replace(state, requests={**state.requests, question.id: question}, floor=clock)
