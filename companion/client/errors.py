"""What can go wrong talking to the server, as typed errors with words a delegate understands."""

from __future__ import annotations


class ClientError(Exception):
    """Base of every client error. ``str(error)`` is a sentence for people; never holds a secret."""


class Unreachable(ClientError):
    """The server cannot be reached now (network down, refused, timed out). Worth retrying."""


class StreamStalled(Unreachable):
    """The live connection went silent: not even keep-alives."""


class ServerTrouble(ClientError):
    """The server answered with a 5xx or with something that is not our protocol. Worth retrying."""


class SignedOut(ClientError):
    """The server no longer accepts our token (401)."""


class Refused(ClientError):
    """The server refused the command (403/409/413/422/429): retrying the same will not help."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


RETRYABLE = (Unreachable, ServerTrouble)
