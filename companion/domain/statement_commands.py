"""A waiting request's statement, replaced in place: ``floor.revise`` -> ``floor.revised``.

The delegate keeps their place on the list: the event changes the text and the language of the
request, never its order. Its text is private like a request's (``visibility``): the event names
the request's owner so the stream can blank it for everyone else, and the interpreters, who may
read it, are told by the event itself.
"""

from __future__ import annotations

from dataclasses import replace

from .command_fields import Fields
from .commands import Context, Draft, _command, _waiting
from .events import Event
from .limits import MAX_STATEMENT_CHARS
from .permissions import check_owner
from .reducer import _on
from .state import MeetingState


@_command("floor.revise")
def _revise(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    """Replace the text (none: take it back) and the language of one's waiting request."""
    request = _waiting(state, f)
    check_owner(ctx.actor, request.participant_id)
    language = f.language("language", state.meeting.languages)
    text = f.text("text", required=False, max_length=MAX_STATEMENT_CHARS)
    data = {"request_id": request.id, "participant_id": request.participant_id}
    return [Draft("floor.revised", {**data, "language": language, "text": text, "has_text": bool(text)})]


@_on("floor.revised")
def _revised(state: MeetingState, e: Event) -> MeetingState:
    request = state.requests[e.data["request_id"]]
    revised = replace(request, language=e.data["language"], text=e.data["text"], has_text=e.data["has_text"])
    return replace(state, requests={**state.requests, request.id: revised})
