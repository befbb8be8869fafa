"""The statement a delegate may attach to a request for the floor, for the interpreters."""

from __future__ import annotations

from .errors import Invalid
from .limits import (
    MAX_STATEMENT_CHARS,  # with the server's other limits (issue 12): 20,000
    MAX_TEXT_CHARS_PER_PARTICIPANT,
)
from .state import MeetingState

#: UTF-8 takes at most four bytes a character: a larger file cannot hold an acceptable statement.
MAX_STATEMENT_BYTES = 4 * MAX_STATEMENT_CHARS


def statement_fits(text: str) -> bool:
    """True when *text* (as it will be sent, without surrounding space) is within the limit."""
    return len(text.strip()) <= MAX_STATEMENT_CHARS


def text_sent_by(state: MeetingState, participant_id: str) -> int:
    """Characters of statement text *participant_id* has sent in this meeting (kept or dropped)."""
    return sum(r.text_length for r in state.requests.values() if r.participant_id == participant_id)


def text_quota_refusal(state: MeetingState, participant_id: str, length: int) -> Invalid | None:
    """The refusal for a new text of *length* characters past the participant's quota, else None."""
    if not length:
        return None
    left = MAX_TEXT_CHARS_PER_PARTICIPANT - text_sent_by(state, participant_id)
    if length <= left:
        return None
    return Invalid(
        "text_quota",
        f"This text ({length} characters) is over what is left of your statement texts for this "
        f"meeting ({max(0, left)} of {MAX_TEXT_CHARS_PER_PARTICIPANT}); ask for the floor without it.",
    )
