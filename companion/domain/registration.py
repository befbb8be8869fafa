"""Who may be registered how: the rules a registration (CLI, server start-up) is checked against."""

from __future__ import annotations

from .vocabulary import LANGUAGES, Role


def booth_refusal(role: Role | str, booth: str | None) -> str | None:
    """Why this role and booth do not go together, or None: an interpreter works in one of the six
    booths; nobody else has a booth."""
    if role == Role.INTERPRETER and booth not in LANGUAGES:
        return "an interpreter needs a booth, one of: " + ", ".join(LANGUAGES)
    if role != Role.INTERPRETER and booth:
        return "only an interpreter has a booth"
    return None
