"""A participants file's problems in the interface language: a sentence per reason (RowIssue)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from companion.domain.participant_roster import RowIssue

from .labels import tr, tr_noop
from .messages import fill

ISSUES: dict[RowIssue, str] = {
    RowIssue.NOT_UTF8: tr_noop("the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again"),
    RowIssue.NO_HEADER: tr_noop("the file is empty: it needs a header line naming the columns"),
    RowIssue.MISSING_COLUMN: tr_noop("the header has no “{column}” column"),
    RowIssue.UNKNOWN_COLUMN: tr_noop("the column “{column}” is not one this app knows"),
    RowIssue.NO_ROWS: tr_noop("the file lists nobody"),
    RowIssue.TOO_MANY_ROWS: tr_noop("the file lists more than {value} people"),
    RowIssue.WRONG_CELL_COUNT: tr_noop("this line has more cells than the header has columns"),
    RowIssue.MISSING_NAME: tr_noop("the name is missing"),
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
}


def problem_text(problem: Mapping[str, Any]) -> str:
    """One refused line, e.g. "Line 4: “president” is not a role (…)"."""
    sentence = ISSUES.get(problem.get("issue", ""))
    reason = fill(tr(sentence), problem) if sentence else str(problem.get("issue", "?"))
    return tr("Line {line}: {reason}").format(line=problem.get("line", "?"), reason=reason)
