"""A participants file's problems and notes in the interface language: the sentences are the CLI's
too (companion/interchange/roster_words.py); here they go through Qt's translator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from companion.interchange.roster_words import ISSUES, NOTES, note_sentence, problem_sentence

from .labels import tr

__all__ = ["ISSUES", "NOTES", "note_text", "problem_text"]


def problem_text(problem: Mapping[str, Any]) -> str:
    """One refused line, e.g. "Line 4: “president” is not a role (…)"."""
    return problem_sentence(problem, tr)


def note_text(note: Mapping[str, Any]) -> str:
    """One note on the file, e.g. "Line 1: columns this app does not use were ignored: Badge"."""
    return note_sentence(note, tr)
