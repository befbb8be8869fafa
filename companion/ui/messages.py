"""What the client and the server say, in the interface language.

The client's sentences are constants: they are marked here and translated as they are shown. The
server's refusals carry a code; each code has its sentence here (the server's own English message,
which may name ids, is shown only for a code this app does not know).
"""

from __future__ import annotations

import re

from companion.client.errors import ClientError, Refused

from .labels import tr, tr_noop

#: The client's own sentences (companion/client), marked for translation.
CLIENT_SENTENCES = (
    tr_noop("The secure connection to the server failed (certificate or TLS problem)."),
    tr_noop("The server did not answer in time."),
    tr_noop("The connection went silent; reconnecting."),
    tr_noop("Cannot reach the meeting server (network down or server stopped)."),
    tr_noop("The connection to the server failed."),
    tr_noop("The connection to the meeting server was lost."),
    tr_noop("The server sent a meeting state this app cannot read."),
    tr_noop("The server sent an answer this app cannot read."),
    tr_noop("The server sent an event that does not fit this meeting."),
    tr_noop("The server sent an event this app cannot read."),
    tr_noop("The server's answer to sign-in is not what this app expects."),
    tr_noop("The server's greeting is not what this app expects."),
    tr_noop("That meeting and code do not match."),
    tr_noop("Your session has ended; sign in again."),
    tr_noop("Sign in first."),
)

#: The server's refusal codes (companion/domain, companion/server), each with its sentence.
REFUSALS = {
    "invalid_field": tr_noop("A value in the request is not valid."),
    "missing_field": tr_noop("Something the request needs is missing."),
    "invalid_command": tr_noop("The request is not one this meeting understands."),
    "unknown_command": tr_noop("The request is not one this meeting understands."),
    "stale": tr_noop("The meeting moved on meanwhile; look again and retry."),
    "unknown_language": tr_noop("That language is not one of this meeting's."),
    "unknown_channel": tr_noop("That channel does not exist."),
    "unknown_item": tr_noop("That agenda item no longer exists."),
    "unknown_request": tr_noop("That request for the floor no longer exists."),
    "unknown_participant": tr_noop("That participant is not registered."),
    "invalid_times": tr_noop("An item must end after it starts."),
    "not_waiting": tr_noop("That request is no longer waiting."),
    "unchanged": tr_noop("Nothing changed."),
    "too_many": tr_noop("Too many entries."),
    "too_long": tr_noop("The text is too long."),
    "role_not_allowed": tr_noop("Your role may not do that."),
    "not_your_request": tr_noop("You can act only on your own requests for the floor."),
    "queue_empty": tr_noop("Nobody is waiting on the list."),
    "out_of_range": tr_noop("That value is out of range."),
    "not_open": tr_noop("The list of speakers is not open."),
    "list_not_open": tr_noop("The list of speakers is not open."),
    "already_open": tr_noop("The list of speakers is already open."),
    "not_a_speaker": tr_noop("Only delegates and observers ask for the floor."),
    "no_speaker": tr_noop("Nobody has the floor."),
    "item_over": tr_noop("This item is over."),
    "already_requested": tr_noop("You already asked for the floor on this item."),
    "clock_started": tr_noop("The clock is already running."),
    "clock_not_running": tr_noop("The clock is not running."),
    "clock_not_paused": tr_noop("The clock is not paused."),
    "invalid_item": tr_noop("An agenda item in the schedule is not valid."),
    "duplicate_item": tr_noop("The schedule has the same item twice."),
    "empty_schedule": tr_noop("The schedule has no items; nothing was changed."),
    "idempotency_key_reused": tr_noop("This action was already sent as another one."),
    "malformed_json": tr_noop("The request could not be read."),
    "too_large": tr_noop("That is too large to send."),
    "other_meeting": tr_noop("You are signed in to another meeting."),
    "unknown_meeting": tr_noop("This meeting is not on the server."),
    "wrong_code": tr_noop("That meeting and code do not match."),
    "unauthenticated": tr_noop("Your session has ended; sign in again."),
    "unknown_format": tr_noop("The server does not offer that format."),
    "invalid_last_event_id": tr_noop("The request could not be read."),
    "same_item": tr_noop("The requests are already on that item."),
    "deadline_past": tr_noop("The deadline must be in the future."),
    "not_due": tr_noop("The list's deadline has not passed."),
}

#: Refusals whose detail matters more than a general sentence: the server's own words.
DETAILED = {"bad_schedule"}
#: Refusals whose sentence carries a number: recognised by their words (see ``words``).
BY_PATTERN = {"too_many_attempts"}

_TOO_MANY_CODES = re.compile(r"Too many wrong codes\. Try again in (\d+) s\.")


def words(text: str) -> str:
    """A sentence from the client or the server, in the interface language where it is known."""
    waiting = _TOO_MANY_CODES.fullmatch(text)
    if waiting:
        return tr("Too many wrong codes. Try again in {n} s.").format(n=waiting.group(1))
    return tr(text)


def error_text(error: ClientError) -> str:
    """What went wrong, in the interface language."""
    if isinstance(error, Refused) and error.code in REFUSALS:
        return tr(REFUSALS[error.code])
    return words(str(error))
