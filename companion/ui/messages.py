"""What the client and the server say, in the interface language.

Errors arrive typed: a code and its fields (companion/client/errors.py). The server's refusals
carry a ``Refusal`` code, the client's own troubles a ``Problem`` code; each code has its
sentence here, filled with the error's fields. Nothing here reads an English sentence to find
out what happened; the server's own words are shown only for a code this app does not know.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from companion.client.errors import ClientError, Problem, Refused
from companion.domain.refusals import Refusal

from .labels import tr, tr_noop

#: What goes wrong on the app's side of the wire.
PROBLEMS: dict[Problem, str] = {
    Problem.TLS: tr_noop("The secure connection to the server failed (certificate or TLS problem)."),
    Problem.UNTRUSTED_CERTIFICATE: tr_noop(
        "The server's certificate is not trusted by this computer (self-signed, expired, or from an "
        "unknown authority)."
    ),
    Problem.TIMEOUT: tr_noop("The server did not answer in time."),
    Problem.STALLED: tr_noop("The connection went silent; reconnecting."),
    Problem.UNREACHABLE: tr_noop("Cannot reach the meeting server (network down or server stopped)."),
    Problem.CONNECTION_FAILED: tr_noop("The connection to the server failed."),
    Problem.CONNECTION_LOST: tr_noop("The connection to the meeting server was lost."),
    Problem.UNREADABLE_STATE: tr_noop("The server sent a meeting state this app cannot read."),
    Problem.UNREADABLE_ANSWER: tr_noop("The server sent an answer this app cannot read."),
    Problem.UNREADABLE_EVENT: tr_noop("The server sent an event this app cannot read."),
    Problem.MISFIT_EVENT: tr_noop("The server sent an event that does not fit this meeting."),
    Problem.UNEXPECTED_SIGN_IN_ANSWER: tr_noop(
        "The server's answer to sign-in is not what this app expects."
    ),
    Problem.UNEXPECTED_GREETING: tr_noop("The server's greeting is not what this app expects."),
    Problem.SERVER_ERROR: tr_noop("The server had a problem (error {status})."),
    Problem.HTTP_ERROR: tr_noop("The server answered with error {status}."),
    Problem.SIGN_IN_FIRST: tr_noop("Sign in first."),
    Problem.NOT_A_MEETING_SERVER: tr_noop("This address answers, but it is not a meeting server."),
    Problem.BAD_ADDRESS: tr_noop("The server address is not a valid web address."),
    Problem.REDIRECTED: tr_noop(
        "This address sends the app on to another one; enter the meeting server's own address."
    ),
    Problem.UNEXPECTED: tr_noop("Unexpected problem with the connection; trying again."),
}

#: The server's refusals, each with its sentence.
REFUSALS: dict[Refusal, str] = {
    Refusal.INVALID_FIELD: tr_noop("A value in the request is not valid."),
    Refusal.MISSING_FIELD: tr_noop("Something the request needs is missing."),
    Refusal.INVALID_COMMAND: tr_noop("The request is not one this meeting understands."),
    Refusal.UNKNOWN_COMMAND: tr_noop("The request is not one this meeting understands."),
    Refusal.INVALID_REQUEST: tr_noop("The request could not be read."),
    Refusal.MALFORMED_JSON: tr_noop("The request could not be read."),
    Refusal.TOO_LARGE: tr_noop("That is too large to send."),
    Refusal.TOO_LONG: tr_noop("The text is too long."),
    Refusal.TOO_MANY: tr_noop("Too many entries."),
    Refusal.OUT_OF_RANGE: tr_noop("That value is out of range."),
    Refusal.INVALID_LAST_EVENT_ID: tr_noop("The request could not be read."),
    Refusal.IDEMPOTENCY_KEY_REUSED: tr_noop("This action was already sent as another one."),
    Refusal.UNAUTHENTICATED: tr_noop("Your session has ended; sign in again."),
    Refusal.WRONG_CODE: tr_noop("That meeting and code do not match."),
    Refusal.TOO_MANY_ATTEMPTS: tr_noop("Too many wrong codes. Try again in {n} s."),
    Refusal.ROLE_NOT_ALLOWED: tr_noop("Your role may not do that."),
    Refusal.NOT_YOUR_REQUEST: tr_noop("You can act only on your own requests for the floor."),
    Refusal.OTHER_MEETING: tr_noop("You are signed in to another meeting."),
    Refusal.STALE: tr_noop("The meeting moved on meanwhile; look again and retry."),
    Refusal.UNKNOWN_MEETING: tr_noop("This meeting is not on the server."),
    Refusal.UNKNOWN_LANGUAGE: tr_noop("That language is not one of this meeting's."),
    Refusal.UNKNOWN_CHANNEL: tr_noop("That channel does not exist."),
    Refusal.UNKNOWN_ITEM: tr_noop("That agenda item no longer exists."),
    Refusal.UNKNOWN_REQUEST: tr_noop("That request for the floor no longer exists."),
    Refusal.UNKNOWN_PARTICIPANT: tr_noop("That participant is not registered."),
    Refusal.INVALID_TIMES: tr_noop("An item must end after it starts."),
    Refusal.NOT_WAITING: tr_noop("That request is no longer waiting."),
    Refusal.NOT_POINT_OF_ORDER: tr_noop("Only a point of order is filed under a category."),
    Refusal.ALREADY_INTERPOSED: tr_noop("A question already interrupts the speaker."),
    Refusal.OWN_QUESTION: tr_noop("The speaker cannot interrupt themselves."),
    Refusal.UNKNOWN_CATEGORY: tr_noop("That is not one of this meeting's categories of points of order."),
    Refusal.UNCHANGED: tr_noop("Nothing changed."),
    Refusal.OWN_LANGUAGE: tr_noop("A booth does not work from or into its own language."),
    Refusal.DUPLICATE_INTERPRETER: tr_noop("An interpreter is listed twice in the booth."),
    Refusal.SHIFTS_OVERLAP: tr_noop("Two shifts of the booth overlap."),
    Refusal.INVALID_TIME: tr_noop("A time must carry its UTC offset."),
    Refusal.QUEUE_EMPTY: tr_noop("Nobody is waiting on the list."),
    Refusal.NOT_OPEN: tr_noop("The list of speakers is not open."),
    Refusal.LIST_NOT_OPEN: tr_noop("The list of speakers is not open."),
    Refusal.ALREADY_OPEN: tr_noop("The list of speakers is already open."),
    Refusal.NOT_A_SPEAKER: tr_noop("Only delegates and observers ask for the floor."),
    Refusal.NO_SPEAKER: tr_noop("Nobody has the floor."),
    Refusal.ITEM_OVER: tr_noop("This item is over."),
    Refusal.ALREADY_REQUESTED: tr_noop("You already asked for the floor on this item."),
    Refusal.CLOCK_STARTED: tr_noop("The clock is already running."),
    Refusal.CLOCK_NOT_RUNNING: tr_noop("The clock is not running."),
    Refusal.CLOCK_NOT_PAUSED: tr_noop("The clock is not paused."),
    Refusal.INVALID_ITEM: tr_noop("An agenda item in the schedule is not valid."),
    Refusal.DUPLICATE_ITEM: tr_noop("The schedule has the same item twice."),
    Refusal.EMPTY_SCHEDULE: tr_noop("The schedule has no items; nothing was changed."),
    Refusal.BAD_SCHEDULE: tr_noop("The schedule file was refused; nothing was changed."),
    Refusal.BAD_PARTICIPANTS: tr_noop("The participants file has problems; nothing was imported."),
    Refusal.BUSY: tr_noop("The meeting is too busy just now; try again."),
    Refusal.INVALID_MEETING_ID: tr_noop("That is not a meeting id."),
    Refusal.INVALID_TITLE: tr_noop("A meeting needs a title."),
    Refusal.UNKNOWN_TIME_ZONE: tr_noop("That time zone is not known."),
    Refusal.UNKNOWN_GROUP: tr_noop("That group is not declared for this meeting."),
    Refusal.NOT_GROUP_MEMBER: tr_noop("Your delegation may not speak for that group."),
    Refusal.INVALID_GROUP: tr_noop("A group in the list is not valid."),
    Refusal.TOO_DEEP: tr_noop("The request is nested too deeply to be read."),
    Refusal.INVALID_TEXT: tr_noop("The text holds a control or broken character that cannot be sent."),
    Refusal.INVALID_IDEMPOTENCY_KEY: tr_noop("The request carries an invalid identifier; it was not sent."),
    Refusal.RATE_LIMITED: tr_noop("Too many actions in a short time; wait a moment and try again."),
    Refusal.TOO_MANY_STREAMS: tr_noop("Too many connections from this network; try again shortly."),
    Refusal.SAME_ITEM: tr_noop("The requests are already on that item."),
    Refusal.DEADLINE_PAST: tr_noop("The deadline must be in the future."),
    Refusal.NOT_DUE: tr_noop("The list's deadline has not passed."),
    Refusal.NOTHING_SHOWN: tr_noop("Nothing is shown on the room displays."),
    Refusal.INVALID_VIEW: tr_noop("The room display has no such view."),
    Refusal.INVALID_THEME: tr_noop("The room display has no such theme."),
    Refusal.CLIENT_DISCONNECTED: tr_noop("The request did not arrive in full; try again."),
    Refusal.NOT_FOUND: tr_noop("The server does not have that."),
    Refusal.METHOD_NOT_ALLOWED: tr_noop("The server does not accept that request."),
    Refusal.UNKNOWN_FORMAT: tr_noop("The server does not offer that format."),
    Refusal.HTTP_ERROR: tr_noop("The server answered with error {status}."),
    Refusal.INTERNAL: tr_noop("The server hit an unexpected error; nothing was recorded."),
    Refusal.TEXT_QUOTA: tr_noop(
        "You have sent as much statement text as this meeting allows; ask for the floor without a text."
    ),
    Refusal.TOO_MANY_CONNECTIONS: tr_noop("Too many connections from this network; try again shortly."),
    Refusal.HEADERS_TOO_LARGE: tr_noop("That is too large to send."),
    Refusal.REQUEST_TIMEOUT: tr_noop("The request did not arrive in full; try again."),
    Refusal.STORAGE_UNAVAILABLE: tr_noop(
        "The meeting's database cannot record anything right now; nothing was recorded."
    ),
}

def words(text: str) -> str:
    """One of the client's constant sentences, in the interface language where it is known."""
    return tr(text)


def error_text(error: ClientError) -> str:
    """What went wrong, in the interface language: the sentence of its code, filled with its fields."""
    sentence = PROBLEMS.get(error.code) or REFUSALS.get(error.code)
    if sentence is None:  # a code newer than this app: the server's own words are all there is
        return str(error)
    fields: dict[str, Any] = dict(error.fields)
    if isinstance(error, Refused):
        fields.setdefault("status", error.status)
    fields.setdefault("n", fields.get("seconds", "?"))
    return fill(tr(sentence), fields)


def fill(sentence: str, fields: Mapping[str, Any]) -> str:
    """*sentence* with its ``{placeholders}`` filled; a field the error lacks shows as "?"."""
    return sentence.format_map(_OrQuestionMark(fields))


class _OrQuestionMark(dict):
    def __missing__(self, key: str) -> str:
        return "?"
