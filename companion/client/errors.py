"""What can go wrong talking to the server, as typed errors: a code and its fields.

``str(error)`` is an English sentence for logs (never a secret); the interface turns ``code`` and
``fields`` into words in the user's language (companion/ui/messages.py), never by reading the
sentence. The server's refusals keep the server's code (companion/domain/refusals.py); what goes
wrong on this side of the wire has a ``Problem`` code.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Problem(StrEnum):
    """What went wrong on the client's side of the wire."""

    TLS = "tls"
    UNTRUSTED_CERTIFICATE = "untrusted_certificate"
    TIMEOUT = "timeout"
    STALLED = "stalled"
    UNREACHABLE = "unreachable"
    CONNECTION_FAILED = "connection_failed"
    CONNECTION_LOST = "connection_lost"
    UNREADABLE_STATE = "unreadable_state"
    UNREADABLE_ANSWER = "unreadable_answer"
    UNREADABLE_EVENT = "unreadable_event"
    MISFIT_EVENT = "misfit_event"
    UNEXPECTED_SIGN_IN_ANSWER = "unexpected_sign_in_answer"
    UNEXPECTED_GREETING = "unexpected_greeting"
    SERVER_ERROR = "server_error"
    HTTP_ERROR = "http_error"
    SIGN_IN_FIRST = "sign_in_first"
    NOT_A_MEETING_SERVER = "not_a_meeting_server"
    BAD_ADDRESS = "bad_address"
    REDIRECTED = "redirected"
    UNEXPECTED = "unexpected"


class ClientError(Exception):
    """Base of every client error: ``code`` (a Problem or a server refusal code) and ``fields``."""

    default_code: str = Problem.UNEXPECTED

    def __init__(self, message: str, code: str | None = None, **fields: Any) -> None:
        super().__init__(message)
        self.code = code or self.default_code
        self.fields = fields


class Unreachable(ClientError):
    """The server cannot be reached now (network down, refused, timed out). Worth retrying."""

    default_code = Problem.UNREACHABLE


class StreamStalled(Unreachable):
    """The live connection went silent: not even keep-alives."""

    default_code = Problem.STALLED


class ServerTrouble(ClientError):
    """The server answered with a 5xx or with something that is not our protocol. Worth retrying."""

    default_code = Problem.SERVER_ERROR


class SignedOut(ClientError):
    """The server no longer accepts our token (401)."""

    default_code = "unauthenticated"


class Refused(ClientError):
    """The server refused (403/404/409/413/422/429): retrying the same will not help."""

    def __init__(self, status: int, code: str, message: str, **fields: Any) -> None:
        super().__init__(message, code, **fields)
        self.status, self.message = status, message


RETRYABLE = (Unreachable, ServerTrouble)
