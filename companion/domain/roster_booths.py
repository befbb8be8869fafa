"""An interpreter's own languages in a participants file: the ``works_from`` and ``retour`` columns.

A row gives the languages its interpreter works from (``en|fr``, separated like ``groups``) and
their retour, where they differ from their booth's; the import then sets that interpreter's entry
in the booth (``booths.with_interpreter``, the rule ``import-booths`` and ``set-booth`` data follow)
with one ``booths.set`` per booth changed. Pure; problems come back as (issue, column, value) and
(line, booth) for participant_roster to turn into its RowProblems.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .booths import Booth, InterpreterLanguages, booths_of, read_booth, with_interpreter
from .codec import to_plain
from .errors import Invalid
from .limits import check_name

#: Several languages in one cell are separated by "|" (as groups are) or by spaces.
SEPARATOR = "|"
OWN_COLUMNS = ("works_from", "retour")


def own_languages(
    cells: Mapping[str, str], interpreter: bool, booth: str, languages: Sequence[str]
) -> tuple[tuple[tuple[str, ...], tuple[str, ...]] | None, list[tuple[str, str, str]]]:
    """The row's (works_from, retour) in the meeting's order, or None when the file has neither
    column; and its problems as (issue, column, value).

    Filled for someone who is not an interpreter, they are refused rather than ignored: the
    secretariat typed them for a reason (most often a mistyped role), and a silent drop would hide it.
    """
    if not any(column in cells for column in OWN_COLUMNS):
        return None, []
    found: list[tuple[str, ...]] = []
    problems: list[tuple[str, str, str]] = []
    for column in OWN_COLUMNS:
        codes = [c.lower() for c in cells.get(column, "").replace(SEPARATOR, " ").split()]
        if codes and not interpreter:
            problems.append(("not_interpreter", column, cells[column]))
        problems += [("unknown_language", column, c) for c in codes if c not in languages]
        problems += [("own_language", column, c) for c in codes if booth and c == booth]
        found.append(tuple(code for code in languages if code in codes))
    return (found[0], found[1]), problems


def planned_booths(meeting: Any, rows: Iterable[Any]) -> tuple[list[Booth], list[tuple[int, str]]]:
    """The booths whose interpreters' own languages the interpreters' *rows* change, and the
    (first line, booth) of each that the rule of ``booths.set`` refuses (checked here, so that a
    dry run says what the import would refuse). Rows without the columns change nothing."""
    if meeting is None:
        return [], []
    languages = meeting.languages
    before = booths_of(meeting)
    booths, first_line = before, {}
    for row in rows:
        if row.own_languages is None:
            continue
        own = InterpreterLanguages(row.name, *row.own_languages)
        booths = with_interpreter(booths, languages, own, row.language)
        first_line.setdefault(row.language, row.line)
    changed = [b for b in booths if b not in before]
    refused = []
    for booth in changed:
        try:
            read_booth(to_plain(booth), languages)
            for interpreter in booth.interpreters:  # as the command checks them
                check_name(interpreter.name, "An interpreter's name")
        except Invalid:
            refused.append((first_line.get(booth.language, 1), booth.language))
    return changed, refused
