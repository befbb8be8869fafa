"""What interpreters are told when a speaker replaces their statement (``floor.revised``): the
text or the language of a waiting request changed, and the speaker kept their place."""

from __future__ import annotations

from collections.abc import Mapping

from companion.domain import MeetingState
from companion.domain.entities import FloorRequest
from companion.domain.vocabulary import RequestStatus

from .labels import LANGUAGE_NAMES, item_title, person_name, tr


class RevisionWatch:
    """Remembers the requests last seen; ``news(state)`` says which statements changed since."""

    def __init__(self) -> None:
        self._seen: Mapping[str, FloorRequest] | None = None

    def news(self, state: MeetingState) -> list[str]:
        """One line per revised waiting request (none on the first state)."""
        before, self._seen = self._seen, state.requests
        if before is None or before is state.requests:
            return []
        said = []
        for request_id, request in state.requests.items():
            was = before.get(request_id)
            if was is None or was is request or request.status != RequestStatus.WAITING:
                continue  # new, untouched (the same object: the reducer replaces what it changes) or over
            said += _changes(state, was, request)
        return said


def _changes(state: MeetingState, was: FloorRequest, now: FloorRequest) -> list[str]:
    who = person_name(state.participants.get(now.participant_id), now.participant_id)
    item = item_title(state.items.get(now.item_id))
    said = []
    if was.language != now.language:
        text = tr("{who} will now speak in {language} on “{item}”.")
        said.append(text.format(who=who, language=LANGUAGE_NAMES.get(now.language, now.language), item=item))
    if (was.text, was.has_text) != (now.text, now.has_text):
        text = tr("{who} replaced their statement text on “{item}”.") if now.has_text else None
        text = text or tr("{who} took back their statement text on “{item}”.")
        said.append(text.format(who=who, item=item))
    return said
