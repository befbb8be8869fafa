"""A list of participants from the secretariat, checked row by row and planned against the meeting.

Pure: the rows come in as text already split into columns (the CSV is read at the edge, in
companion/interchange/roster_csv.py); what comes out is a plan — who is new, who changes, who is
as before, which groups the meeting then declares — or every problem with its line and reason.
A row matches a registered participant by e-mail, else by name and delegation; a matched
participant keeps their id and their code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .booths import Booth
from .codec import from_plain, to_plain
from .commands import Draft
from .entities import Participant
from .errors import Invalid
from .events import Event
from .groups import read_groups
from .limits import MAX_NAME_CHARS, check_name
from .reducer import _on
from .roster_booths import own_languages, planned_booths
from .roster_columns import REQUIRED_COLUMNS, ROSTER_COLUMNS, read_header
from .roster_matching import AMBIGUOUS, PeopleIndex, find_match, person_key
from .state import MeetingState
from .vocabulary import LANGUAGES, Attendance, DelegationKind, Role

# Re-exported: where callers have always found them.
__all__ = ["REQUIRED_COLUMNS", "ROSTER_COLUMNS", "find_match", "person_key"]

#: More than any meeting registers; a larger file is a mistake.
MAX_ROSTER_ROWS = 10_000
#: Several groups in one cell are separated by "|" (a comma or semicolon separates the columns).
GROUP_SEPARATOR = "|"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class RowIssue(StrEnum):
    """Why a row (or the file) is refused; the app words each one in the user's language."""

    #: The file says it is Unicode (a byte-order mark) but this line is not.
    NOT_UTF8 = "not_utf8"
    #: An Excel workbook (.xlsx) or another binary file rather than text.
    SPREADSHEET_FILE = "spreadsheet_file"
    NO_HEADER = "no_header"
    MISSING_COLUMN = "missing_column"
    DUPLICATE_COLUMN = "duplicate_column"
    UNNAMED_COLUMN = "unnamed_column"
    BAD_CSV = "bad_csv"
    NO_ROWS = "no_rows"
    TOO_MANY_ROWS = "too_many_rows"
    WRONG_CELL_COUNT = "wrong_cell_count"
    MISSING_NAME = "missing_name"
    MISSING_ROLE = "missing_role"
    UNKNOWN_ROLE = "unknown_role"
    UNKNOWN_KIND = "unknown_delegation_kind"
    UNKNOWN_ATTENDANCE = "unknown_attendance"
    UNKNOWN_LANGUAGE = "unknown_language"
    BOOTH_NEEDED = "booth_needed"
    BAD_EMAIL = "bad_email"
    TOO_LONG = "too_long"
    DUPLICATE_ROW = "duplicate_row"
    #: Several registered people have this name in this delegation and the row gives no e-mail.
    AMBIGUOUS_PERSON = "ambiguous_person"
    #: A line break inside a quoted cell: joined, "Kenya⏎Permanent Mission" would be a new delegation.
    LINE_BREAK = "line_break"
    INVALID_TEXT = "invalid_text"
    BAD_GROUPS = "bad_groups"
    #: ``works_from`` / ``retour`` filled on the row of someone who is not an interpreter.
    NOT_INTERPRETER = "not_interpreter"
    #: The interpreter's own booth language given as one they work from, or as their retour.
    OWN_LANGUAGE = "own_language"
    #: The languages the file gives a booth's interpreters break the rule of ``booths.set``.
    BAD_BOOTH = "bad_booth"


@dataclass(frozen=True)
class RowProblem:
    """One refused row: its line in the file, the reason, the column and the value at fault."""

    line: int
    issue: RowIssue
    column: str = ""
    value: str = ""


class RosterNote(StrEnum):
    """Something the reader did that the secretariat should know, without refusing anything."""

    #: No byte-order mark and not UTF-8: read as Windows-1252 (Excel's "CSV" in Western Europe).
    WINDOWS_1252 = "windows_1252"
    #: Columns this app does not know (a badge number, an address), ignored; *value* names them.
    IGNORED_COLUMNS = "ignored_columns"


@dataclass(frozen=True)
class FileNote:
    """One note on a participants file: its line, what was done, and what it was done to."""

    line: int
    note: RosterNote
    value: str = ""


@dataclass(frozen=True)
class RosterRow:
    """A checked row: a participant as the file describes them (no id yet)."""

    line: int
    name: str
    role: Role
    delegation: str = ""
    delegation_kind: DelegationKind = DelegationKind.OTHER
    attendance: Attendance = Attendance.REMOTE
    language: str = ""
    gender: str | None = None
    groups: tuple[str, ...] = ()
    email: str = ""
    #: An interpreter's own languages (``works_from``, ``retour``); None: the file has neither
    #: column, and the booths stay as they are.
    own_languages: tuple[tuple[str, ...], tuple[str, ...]] | None = None


@dataclass
class RosterPlan:
    """What importing a participants file does; ``problems`` non-empty means it does nothing."""

    added: list[Participant] = field(default_factory=list)
    updated: list[Participant] = field(default_factory=list)
    unchanged: list[Participant] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    #: The meeting's groups after the import (plain, for ``meeting.declare_groups``); None: as before.
    groups: list[dict] | None = None
    #: Line in the file of each added participant (to hand their code to the right person).
    lines: dict[str, int] = field(default_factory=dict)
    #: The booths whose interpreters' own languages the file changes (one ``booths.set`` each).
    booths: list[Booth] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return bool(self.problems)

    def drafts(self) -> list[Draft]:
        """The participant events of the plan (the groups go as their own command)."""
        added = [Draft("participant.added", {"participant": _plain(p)}) for p in self.added]
        return added + [Draft("participant.updated", {"participant": _plain(p)}) for p in self.updated]


def check_header(cells: Sequence[str]) -> list[RowProblem]:
    """Problems with the header line: a required column missing, or one column named twice (columns
    this app does not know are ignored, see roster_columns.read_header)."""
    return [RowProblem(1, RowIssue(issue), column) for issue, column in read_header(cells).problems]


def read_row(
    line: int, raw: Mapping[str, str], languages: Sequence[str] = LANGUAGES
) -> RosterRow | list[RowProblem]:
    """A row checked: the participant it describes, or every problem it has."""
    problems = _bad_text(line, raw)
    problems += [
        RowProblem(line, RowIssue.LINE_BREAK, k, _first_line(v)) for k, v in raw.items() if _broken(v)
    ]
    cells = {k: " ".join((v or "").split()) for k, v in raw.items()}
    problems += [
        RowProblem(line, RowIssue.TOO_LONG, k, v[:40]) for k, v in cells.items() if len(v) > MAX_NAME_CHARS
    ]
    name = cells.get("name", "")
    if not name:
        problems.append(RowProblem(line, RowIssue.MISSING_NAME, "name"))
    role = _choice(cells, "role", Role, None, RowIssue.UNKNOWN_ROLE, line, problems)
    kind = _choice(
        cells, "delegation_kind", DelegationKind, DelegationKind.OTHER, RowIssue.UNKNOWN_KIND, line, problems
    )
    attendance = _choice(
        cells, "attendance", Attendance, Attendance.REMOTE, RowIssue.UNKNOWN_ATTENDANCE, line, problems
    )
    language = cells.get("language", "").lower()
    if language and language not in languages:
        problems.append(RowProblem(line, RowIssue.UNKNOWN_LANGUAGE, "language", cells["language"]))
    if role == Role.INTERPRETER and not language:
        problems.append(RowProblem(line, RowIssue.BOOTH_NEEDED, "language"))
    email = cells.get("email", "")
    if email and not _EMAIL.fullmatch(email):
        problems.append(RowProblem(line, RowIssue.BAD_EMAIL, "email", email))
    own, wrong = own_languages(cells, role == Role.INTERPRETER or role is None, language, languages)
    problems += [RowProblem(line, RowIssue(issue), column, value) for issue, column, value in wrong]
    if problems:
        return problems
    groups = tuple(
        dict.fromkeys(g.strip() for g in cells.get("groups", "").split(GROUP_SEPARATOR) if g.strip())
    )
    return RosterRow(
        line,
        name,
        role,
        cells.get("delegation", ""),
        kind,
        attendance,
        language,
        cells.get("gender") or None,
        groups,
        email,
        own,
    )


def _broken(value: str | None) -> bool:
    return bool(value) and ("\n" in value or "\r" in value)


def _first_line(value: str) -> str:
    return value.replace("\r", "\n").split("\n")[0].strip()[:40]


def _bad_text(line: int, raw: Mapping[str, str]) -> list[RowProblem]:
    """Cells holding a control character, a broken one or a text-direction control: the rule of names."""
    problems = []
    for column, value in raw.items():
        try:
            check_name(value or "", column)
        except Invalid:
            problems.append(RowProblem(line, RowIssue.INVALID_TEXT, column))
    return problems


def _choice(cells, column, enum, default, issue, line, problems):
    value = cells.get(column, "")
    if not value:
        if default is None:  # a required choice left empty: "no role", not "“” is not a role"
            problems.append(RowProblem(line, RowIssue.MISSING_ROLE, column))
        return default
    try:
        return enum(value.casefold().replace(" ", "_").replace("-", "_"))
    except ValueError:
        problems.append(RowProblem(line, issue, column, value))
        return default


def plan_roster(
    state: MeetingState, raw_rows: Sequence[tuple[int, Mapping[str, str]]], new_id: Callable[[], str]
) -> RosterPlan:
    """Check every row, then match each to the meeting's participants; refused as a whole on any problem."""
    plan = RosterPlan()
    if not raw_rows:
        plan.problems.append(RowProblem(1, RowIssue.NO_ROWS))
    if len(raw_rows) > MAX_ROSTER_ROWS:
        plan.problems.append(
            RowProblem(raw_rows[MAX_ROSTER_ROWS][0], RowIssue.TOO_MANY_ROWS, "", str(MAX_ROSTER_ROWS))
        )
        return plan
    languages = state.meeting.languages if state.meeting else LANGUAGES
    rows = []
    for line, raw in raw_rows:
        checked = read_row(line, raw, languages)
        if isinstance(checked, list):
            plan.problems += checked
        else:
            rows.append(checked)
    plan.problems += _duplicates(rows)
    if plan.problems:
        return plan
    _match_all(plan, state, rows, new_id)
    if plan.problems:
        return RosterPlan(problems=plan.problems)  # refused as a whole: nothing planned
    plan.groups = planned_groups(_declared(state), rows)
    problem = _groups_problem(plan.groups, rows)
    if problem:
        return RosterPlan(problems=[problem])
    interpreters = [row for row in rows if row.role == Role.INTERPRETER]
    plan.booths, refused = planned_booths(state.meeting, interpreters)
    problems = [RowProblem(line, RowIssue.BAD_BOOTH, "works_from", booth) for line, booth in refused]
    return RosterPlan(problems=problems) if problems else plan


def _groups_problem(groups: list[dict] | None, rows: list[RosterRow]) -> RowProblem | None:
    """The groups the file would declare, checked by the rule of ``meeting.declare_groups`` (so a dry
    run says so too); refused on the first row that names a group, with the rule's code."""
    if groups is None:
        return None
    try:
        read_groups(groups)
    except Invalid as exc:
        line = next((row.line for row in rows if row.groups), 1)
        return RowProblem(line, RowIssue.BAD_GROUPS, "groups", exc.code)
    return None


def _duplicates(rows: list[RosterRow]) -> list[RowProblem]:
    """The same person twice in one file: which of the two rows is right cannot be guessed.

    The same e-mail twice is one person; the same name in the same delegation is one person unless
    both rows give e-mails, and different ones (two people called Li Wei in one delegation)."""
    by_email: dict[str, int] = {}
    by_name: dict[str, list[RosterRow]] = {}
    problems = []
    for row in rows:
        email = row.email.casefold()
        namesakes = by_name.setdefault(person_key(row.name, row.delegation), [])
        first = by_email.get(email) if email else None
        if first is None:
            first = next((r.line for r in namesakes if not (email and r.email)), None)
        if first is not None:
            problems.append(RowProblem(row.line, RowIssue.DUPLICATE_ROW, "", str(first)))
        if email:
            by_email.setdefault(email, row.line)
        namesakes.append(row)
    return problems


def _match_all(
    plan: RosterPlan, state: MeetingState, rows: list[RosterRow], new_id: Callable[[], str]
) -> None:
    index = PeopleIndex(state.participants.values())
    matched: dict[str, int] = {}
    for row in rows:
        old = index.match(row.email, row.name, row.delegation)
        if old is AMBIGUOUS:
            plan.problems.append(RowProblem(row.line, RowIssue.AMBIGUOUS_PERSON, "email", row.name[:40]))
            continue
        if old is None:
            participant = _participant(new_id(), row)
            plan.added.append(participant)
            plan.lines[participant.id] = row.line
            continue
        if old.id in matched:  # two rows are one registered person (by e-mail, by name): which is right?
            plan.problems.append(RowProblem(row.line, RowIssue.DUPLICATE_ROW, "", str(matched[old.id])))
            continue
        matched[old.id] = row.line
        new = _participant(old.id, row, keep=old)
        (plan.unchanged if new == old else plan.updated).append(new)


def _participant(participant_id: str, row: RosterRow, keep: Participant | None = None) -> Participant:
    interpreter = row.role == Role.INTERPRETER
    return Participant(
        id=participant_id,
        name=row.name,
        role=row.role,
        delegation=row.delegation,
        delegation_kind=row.delegation_kind,
        attendance=row.attendance,
        gender=row.gender,
        booth=row.language if interpreter else None,
        email=row.email or (keep.email if keep else ""),
        language="" if interpreter else row.language,
    )


def _declared(state: MeetingState) -> list[dict]:
    groups = state.meeting.groups if state.meeting else ()
    return [{"name": g.name, "members": list(g.members), "coordinator": g.coordinator} for g in groups]


def planned_groups(declared: list[dict], rows: Iterable[RosterRow]) -> list[dict] | None:
    """The declared groups with each row's delegation added to the groups it names; None if unchanged.

    Groups the file names that the meeting does not know yet are declared; no member is removed
    (a file may list only the newcomers).
    """
    groups = {g["name"].casefold(): {**g, "members": list(g["members"])} for g in declared}
    for row in rows:
        for name in row.groups:
            group = groups.setdefault(name.casefold(), {"name": name, "members": [], "coordinator": ""})
            member = row.delegation or row.name
            if member not in group["members"]:
                group["members"].append(member)
    after = list(groups.values())
    return None if after == declared else after


def _plain(participant: Participant) -> dict:
    return to_plain(participant)


@_on("participant.updated")
def _participant_updated(state: MeetingState, e: Event) -> MeetingState:
    p = from_plain(Participant, e.data["participant"])
    return replace(state, participants={**state.participants, p.id: p})
