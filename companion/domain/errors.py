"""Why a command is refused. The server maps each kind to its HTTP status."""

from __future__ import annotations


class CommandRefused(Exception):
    """A command the rules refuse; ``code`` is machine-readable, ``message`` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Forbidden(CommandRefused):
    """The caller's role (or ownership) does not allow this command."""


class Invalid(CommandRefused):
    """The command is malformed or the rules do not accept it now."""


class Conflict(CommandRefused):
    """The command was based on a state that has since changed."""
