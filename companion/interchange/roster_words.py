"""What a participants import says, in one catalogue for the app and the ``meeting-server`` CLI.

The sentences are marked here (``tr_noop``) and translated in the app's .ts files; the app shows
them through Qt (``ui.roster_words``), the CLI through ``server.catalogue`` (the same .ts files,
read without Qt). Each function takes the *translate* of its caller, so both print the same words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from companion.domain.participant_roster import RosterNote, RowIssue

Translate = Callable[[str], str]


def tr_noop(text: str) -> str:
    """Marks a literal for the translation tools; translated where it is shown."""
    return text


ISSUES: dict[RowIssue, str] = {
    RowIssue.NOT_UTF8: tr_noop(
        "the file says it is Unicode text, but this line is broken; save it again as CSV UTF-8"
    ),
    RowIssue.SPREADSHEET_FILE: tr_noop(
        "this is a workbook, not a text file: in the spreadsheet, save it as “CSV UTF-8” or "
        "“Unicode Text” and import that file"
    ),
    RowIssue.NO_HEADER: tr_noop("the file is empty: it needs a header line naming the columns"),
    RowIssue.MISSING_COLUMN: tr_noop("the header has no “{column}” column"),
    RowIssue.NO_ROWS: tr_noop("the file lists nobody"),
    RowIssue.TOO_MANY_ROWS: tr_noop("the file lists more than {value} people"),
    RowIssue.WRONG_CELL_COUNT: tr_noop("this line has more cells than the header has columns"),
    RowIssue.MISSING_NAME: tr_noop("the name is missing"),
    RowIssue.MISSING_ROLE: tr_noop("no role is given (delegate, chair, interpreter or secretariat)"),
    RowIssue.UNKNOWN_ROLE: tr_noop("“{value}” is not a role (delegate, chair, interpreter, secretariat)"),
    RowIssue.UNKNOWN_KIND: tr_noop(
        "“{value}” is not a kind of delegation (member_state, observer, igo, ngo, other)"
    ),
    RowIssue.UNKNOWN_ATTENDANCE: tr_noop("“{value}” is not a way of attending (onsite, remote)"),
    RowIssue.UNKNOWN_LANGUAGE: tr_noop("“{value}” is not one of the meeting's languages"),
    RowIssue.BOOTH_NEEDED: tr_noop("an interpreter needs the language of their booth"),
    RowIssue.BAD_EMAIL: tr_noop("“{value}” is not an e-mail address"),
    RowIssue.TOO_LONG: tr_noop("the “{column}” cell is too long"),
    RowIssue.DUPLICATE_ROW: tr_noop("the same person is already on line {value}"),
    RowIssue.AMBIGUOUS_PERSON: tr_noop(
        "several registered people are called “{value}” in this delegation: give the e-mail of the one meant"
    ),
    RowIssue.LINE_BREAK: tr_noop(
        "the “{column}” cell (“{value}…”) holds a line break; join it into one line and import again"
    ),
    RowIssue.DUPLICATE_COLUMN: tr_noop("the header names the column “{column}” twice"),
    RowIssue.UNNAMED_COLUMN: tr_noop("“{value}” is in a column the header does not name"),
    RowIssue.BAD_CSV: tr_noop(
        "the file is not readable as CSV here (a quote not closed, or a cell far too long)"
    ),
    RowIssue.INVALID_TEXT: tr_noop("the “{column}” cell holds a control character or a broken character"),
    RowIssue.BAD_GROUPS: tr_noop(
        "the groups this file names cannot be declared (too many groups, too many delegations in one, "
        "or a name too long)"
    ),
    RowIssue.NOT_INTERPRETER: tr_noop(
        "“{value}” is in the “{column}” column, which only an interpreter has: empty the cell, or make "
        "this person an interpreter"
    ),
    RowIssue.OWN_LANGUAGE: tr_noop("“{value}” is the language of this interpreter's own booth"),
    RowIssue.BAD_BOOTH: tr_noop(
        "the interpreters' languages this file gives the “{value}” booth cannot be set (more than 12 "
        "interpreters with their own languages, or a name longer than 120 characters)"
    ),
}

NOTES: dict[RosterNote, str] = {
    RosterNote.WINDOWS_1252: tr_noop(
        "the file is not UTF-8, so it was read as Windows-1252 (Excel's “CSV”); check the accented "
        "names (the first is “{value}”) and, if one looks wrong, save the list as “CSV UTF-8”"
    ),
    RosterNote.IGNORED_COLUMNS: tr_noop("columns this app does not use were ignored: {value}"),
}

LINE = tr_noop("Line {line}: {reason}")
REFUSED = tr_noop("Nothing was imported; correct these lines and try again:")
WOULD_IMPORT = tr_noop("This list would add {a}, update {u}; {k} unchanged.")
IMPORTED = tr_noop("Imported: {a} added, {u} updated, {k} unchanged.")
GROUPS = tr_noop("Groups: {names}")
BOOTHS = tr_noop("Interpreters' own languages set in the booths: {names}")
NEW_CODES = tr_noop("{n} new personal code(s): export them now, they are shown only once.")
CODES_WRITTEN = tr_noop("{n} code(s) saved to {path} (readable by you only).")
HASHING = tr_noop("New personal codes")
CODES_SHOWN = tr_noop("New personal codes, shown only once:")
REISSUED = tr_noop("New code for {who}: {code} (the previous one no longer signs in).")
SIGN_INS_ENDED = tr_noop("Their open sign-ins are ended.")
REGISTERED = tr_noop("{n} participant(s) registered.")


def fill(sentence: str, fields: Mapping[str, Any]) -> str:
    """*sentence* with its ``{placeholders}`` filled; a field missing shows as "?"."""
    return sentence.format_map(_OrQuestionMark(fields))


class _OrQuestionMark(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def problem_sentence(problem: Mapping[str, Any], translate: Translate) -> str:
    """One refused line, e.g. "Line 4: “president” is not a role (…)"."""
    sentence = ISSUES.get(problem.get("issue", ""))
    reason = fill(translate(sentence), problem) if sentence else str(problem.get("issue", "?"))
    return translate(LINE).format(line=problem.get("line", "?"), reason=reason)


def note_sentence(note: Mapping[str, Any], translate: Translate) -> str:
    """One note on the file, e.g. "Line 1: columns this app does not use were ignored: Badge"."""
    sentence = NOTES.get(note.get("note", ""))
    reason = fill(translate(sentence), note) if sentence else str(note.get("note", "?"))
    return translate(LINE).format(line=note.get("line", "?"), reason=reason)
