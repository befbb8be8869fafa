"""The statement a delegate may attach to a request for the floor, for the interpreters."""

from __future__ import annotations

from .limits import MAX_STATEMENT_CHARS  # with the server's other limits (issue 12): 20,000

#: UTF-8 takes at most four bytes a character: a larger file cannot hold an acceptable statement.
MAX_STATEMENT_BYTES = 4 * MAX_STATEMENT_CHARS


def statement_fits(text: str) -> bool:
    """True when *text* (as it will be sent, without surrounding space) is within the limit."""
    return len(text.strip()) <= MAX_STATEMENT_CHARS
