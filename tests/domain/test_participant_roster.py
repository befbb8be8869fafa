"""The participants list: every bad row found with its line, re-imports matched, files read as spreadsheets write them."""

import csv
import io
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain import MeetingState
from companion.domain.entities import Meeting, Participant
from companion.domain.participant_roster import (
    ROSTER_COLUMNS,
    RosterNote,
    RowIssue,
    RowProblem,
    plan_roster,
    planned_groups,
    read_row,
)
from companion.domain.vocabulary import LANGUAGES, Role
from companion.interchange.roster_csv import codes_csv, read_roster

MEETING = Meeting("m", "M", "", "Europe/Zurich", (), LANGUAGES)


def ids():
    counter = itertools.count(1)
    return lambda: f"p-{next(counter)}"


def state_with(*people):
    return MeetingState(meeting=MEETING, participants={p.id: p for p in people})


def rows(*dicts):
    return [(n + 2, d) for n, d in enumerate(dicts)]


def test_every_bad_row_is_reported_with_its_line_and_reason_and_nothing_is_planned():
    plan = plan_roster(
        state_with(),
        rows(
            {"name": "Ana Souza", "role": "delegate", "delegation": "Brazil"},
            {"name": "", "role": "delegate"},
            {"name": "X", "role": "president", "delegation_kind": "state", "attendance": "hybrid"},
            {"name": "Y", "role": "delegate", "language": "pt", "email": "not-an-address"},
            {"name": "Z", "role": "interpreter"},
        ),
        ids(),
    )
    found = {(p.line, p.issue) for p in plan.problems}
    assert found == {
        (3, RowIssue.MISSING_NAME),
        (4, RowIssue.UNKNOWN_ROLE),
        (4, RowIssue.UNKNOWN_KIND),
        (4, RowIssue.UNKNOWN_ATTENDANCE),
        (5, RowIssue.UNKNOWN_LANGUAGE),
        (5, RowIssue.BAD_EMAIL),
        (6, RowIssue.BOOTH_NEEDED),
    }
    assert plan.refused and plan.added == [] and plan.drafts() == []


def test_a_row_matches_by_email_else_by_name_and_delegation_and_keeps_its_id():
    ana = Participant("p-ana", "Ana Souza", Role.DELEGATE, "Brazil", email="ana@example.org")
    kenya = Participant("p-ke", "Daniel Otieno", Role.DELEGATE, "Kenya")
    plan = plan_roster(
        state_with(ana, kenya),
        rows(
            {
                "name": "Ana  Souza-Lima",
                "role": "delegate",
                "delegation": "Brazil",
                "email": "ANA@example.org",
            },
            {"name": "daniel otieno", "role": "Delegate", "delegation": " kenya ", "attendance": "onsite"},
            {"name": "Amina Diallo", "role": "delegate", "delegation": "Senegal"},
        ),
        ids(),
    )
    assert not plan.refused
    assert [(p.id, p.name) for p in plan.updated] == [("p-ana", "Ana Souza-Lima"), ("p-ke", "daniel otieno")]
    assert [p.name for p in plan.added] == ["Amina Diallo"] and plan.lines == {"p-1": 4}
    assert plan.updated[1].attendance == "onsite"


def test_the_same_file_again_changes_nothing():
    first = plan_roster(
        state_with(), rows({"name": "Ana", "role": "delegate", "delegation": "Brazil"}), ids()
    )
    again = plan_roster(
        state_with(*first.added), rows({"name": "Ana", "role": "delegate", "delegation": "Brazil"}), ids()
    )
    assert (again.added, again.updated, len(again.unchanged)) == ([], [], 1)


def test_the_same_person_twice_in_one_file_is_refused_naming_the_first_line():
    plan = plan_roster(
        state_with(),
        rows(
            {"name": "Ana", "role": "delegate", "delegation": "Brazil"},
            {"name": "ANA", "role": "chair", "delegation": "brazil"},
        ),
        ids(),
    )
    assert [(p.line, p.issue, p.value) for p in plan.problems] == [(3, RowIssue.DUPLICATE_ROW, "2")]


def test_two_rows_that_are_one_registered_person_are_refused():
    ana = Participant("p-ana", "Ana Souza", Role.DELEGATE, "Brazil", email="ana@example.org")
    plan = plan_roster(
        state_with(ana),
        rows(
            {"name": "Someone Else", "role": "delegate", "delegation": "Peru", "email": "ana@example.org"},
            {"name": "Ana Souza", "role": "delegate", "delegation": "Brazil"},
        ),
        ids(),
    )
    assert [(p.line, p.issue, p.value) for p in plan.problems] == [(3, RowIssue.DUPLICATE_ROW, "2")]
    assert (plan.added, plan.updated, plan.unchanged) == ([], [], [])


def test_groups_named_in_the_file_join_the_declared_ones_without_removing_members():
    declared = [{"name": "African Group", "members": ["Egypt"], "coordinator": "Egypt"}]
    checked = [
        read_row(2, {"name": "A", "role": "delegate", "delegation": "Senegal", "groups": "african group"}),
        read_row(
            3, {"name": "B", "role": "delegate", "delegation": "Brazil", "groups": "GRULAC | Friends of X"}
        ),
    ]
    assert planned_groups(declared, checked) == [
        {"name": "African Group", "members": ["Egypt", "Senegal"], "coordinator": "Egypt"},
        {"name": "GRULAC", "members": ["Brazil"], "coordinator": ""},
        {"name": "Friends of X", "members": ["Brazil"], "coordinator": ""},
    ]
    assert planned_groups(declared, checked[:0]) is None  # nothing named: the declaration stays


def test_a_file_without_a_header_or_a_name_column_is_refused_and_a_latin_one_read_with_a_note():
    assert [p.issue for p in read_roster(b"").problems] == [RowIssue.NO_HEADER]
    assert [(p.line, p.issue, p.column) for p in read_roster(b"who,role\nA,delegate\n").problems] == [
        (1, RowIssue.MISSING_COLUMN, "name"),
    ]
    latin1 = read_roster("name,role\nAna,delegate\nJosé,delegate\n".encode("latin-1"))
    assert [(n.line, n.note, n.value) for n in latin1.notes] == [(3, RosterNote.WINDOWS_1252, "José")]
    assert [row["name"] for _, row in latin1.rows] == ["Ana", "José"]
    too_wide = read_roster(b"name,role\nAna,delegate,extra\n")
    assert [(p.line, p.issue) for p in too_wide.problems] == [(2, RowIssue.WRONG_CELL_COUNT)]


cell = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30).map(
    lambda s: " ".join(s.split())
)


@settings(max_examples=60, deadline=None)
@given(
    people=st.lists(st.fixed_dictionaries({c: cell for c in ROSTER_COLUMNS}), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),  # CSV, CSV UTF-8, Unicode Text
    blank_lines=st.booleans(),
)
def test_any_list_written_by_a_spreadsheet_reads_back_cell_for_cell_with_its_lines(
    people, delimiter, encoding, blank_lines
):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Name", "Role", "Delegation", "Delegation kind", *ROSTER_COLUMNS[4:]])
    for person in people:
        writer.writerow([person[c] for c in ROSTER_COLUMNS])
        if blank_lines:
            out.write("\r\n")
    found = read_roster(out.getvalue().encode(encoding))
    assert found.problems == []
    nonblank = [p for p in people if any(p.values())]
    assert [row for _, row in found.rows] == nonblank
    step = 2 if blank_lines else 1
    lines = [line for line, _ in found.rows]
    assert all(b > a for a, b in itertools.pairwise(lines)) and (not lines or lines[0] >= 2)
    if not blank_lines and all("\n" not in v for p in people for v in p.values()):
        assert lines == [2 + step * n for n, p in enumerate(people) if any(p.values())]


def test_the_codes_file_has_its_header_and_one_line_per_code():
    text = codes_csv([{"name": "Ana", "delegation": "Brazil", "email": "a@b.org", "code": "K7QM-2XHP-9TRD"}])
    assert text == "name,delegation,email,code\r\nAna,Brazil,a@b.org,K7QM-2XHP-9TRD\r\n"


@pytest.mark.parametrize("role", ["DELEGATE", "Secretariat", "chair"])
def test_roles_and_kinds_are_read_whatever_their_case(role):
    row = read_row(2, {"name": "A", "role": role, "delegation_kind": "Member state"})
    assert row.role == role.lower() and row.delegation_kind == "member_state"


valid_row = st.fixed_dictionaries(
    {
        "name": st.text(st.characters(whitelist_categories=("L",)), min_size=1, max_size=12),
        "role": st.sampled_from(["delegate", "chair", "secretariat", "interpreter"]),
        "delegation": st.sampled_from(["", "Brazil", "Kenya", "Japan", "European Union"]),
        "attendance": st.sampled_from(["", "onsite", "remote"]),
        "language": st.sampled_from(LANGUAGES),
        "email": st.sampled_from(["", "a@example.org", "b@example.org"]),
    }
)


@settings(max_examples=80, deadline=None)
@given(first=st.lists(valid_row, min_size=1, max_size=6), second=st.lists(valid_row, min_size=1, max_size=6))
def test_importing_a_list_twice_changes_nothing_the_second_time_and_never_reissues(first, second):
    state = state_with()
    new_id = ids()
    for batch in (first, second):
        plan = plan_roster(state, rows(*batch), new_id)
        if plan.refused:  # duplicates inside one file are refused as a whole
            assert {p.issue for p in plan.problems} == {RowIssue.DUPLICATE_ROW}
            continue
        before = set(state.participants)
        state = state_with(*state.participants.values(), *plan.added, *plan.updated)
        assert not {p.id for p in plan.added} & before  # a known person never gets a new id (or code)
        again = plan_roster(state, rows(*batch), new_id)
        assert (again.added, again.updated, len(again.unchanged)) == ([], [], len(batch))


def test_the_header_line_names_each_missing_or_doubled_column_on_line_one():
    from companion.domain.participant_roster import check_header

    found = [(p.line, p.issue, p.column) for p in check_header(["name", "colour", "", "Full name", "email"])]
    assert found == [
        (1, RowIssue.MISSING_COLUMN, "role"),
        (1, RowIssue.DUPLICATE_COLUMN, "name"),
    ]
    assert check_header(list(ROSTER_COLUMNS)) == []


def test_a_file_adding_to_the_meetings_groups_keeps_the_declared_ones_whole():
    from companion.domain.entities import Group

    declared = Group("African Group", ("Egypt",), "Egypt")
    state = MeetingState(meeting=Meeting("m", "M", "", "Europe/Zurich", (), LANGUAGES, groups=(declared,)))
    plan = plan_roster(
        state,
        rows({"name": "A", "role": "delegate", "delegation": "Kenya", "groups": "African Group"}),
        ids(),
    )
    assert plan.groups == [{"name": "African Group", "members": ["Egypt", "Kenya"], "coordinator": "Egypt"}]
    assert plan_roster(MeetingState(), rows({"name": "A", "role": "delegate"}), ids()).groups is None


def test_groups_a_file_would_declare_are_checked_by_the_declarations_rule_on_the_row_naming_them():
    # 125 groups in all (five rows naming 25 each): more than a meeting may declare
    named = [
        {"name": f"P{r}", "role": "delegate", "groups": "|".join(f"G{r}-{g}" for g in range(25))}
        for r in range(5)
    ]
    plan = plan_roster(
        state_with(), rows({"name": "A", "role": "delegate", "delegation": "Kenya"}, *named), ids()
    )
    assert plan.refused and (plan.added, plan.groups) == ([], None)
    assert plan.problems == [RowProblem(3, RowIssue.BAD_GROUPS, "groups", "too_many")]


def test_the_plans_events_add_the_new_and_update_the_known_participants():
    from datetime import UTC, datetime

    from companion.domain.events import Event
    from companion.domain.reducer import apply

    ana = Participant("p-ana", "Ana Souza", Role.DELEGATE, "Brazil", email="ana@example.org")
    state = state_with(ana)
    plan = plan_roster(
        state,
        rows(
            {
                "name": "Ana Souza-Lima",
                "role": "delegate",
                "delegation": "Brazil",
                "email": "ana@example.org",
            },
            {"name": "Amina Diallo", "role": "delegate", "delegation": "Senegal"},
        ),
        ids(),
    )
    drafts = plan.drafts()
    assert [(d.type, d.data["participant"]["id"]) for d in drafts] == [
        ("participant.added", "p-1"),
        ("participant.updated", "p-ana"),
    ]
    for n, draft in enumerate(drafts, start=1):
        state = apply(state, Event(n, draft.type, datetime(2025, 10, 28, tzinfo=UTC), None, draft.data))
    assert {p.id: p.name for p in state.participants.values()} == {
        "p-ana": "Ana Souza-Lima",
        "p-1": "Amina Diallo",
    }


def test_each_problem_names_its_line_column_and_value():
    long = "L" * 201
    plan = plan_roster(
        state_with(),
        rows(
            {"name": "", "role": "", "language": "PT", "email": "not-an-address"},
            {"name": "X", "role": "interpreter", "delegation_kind": "state", "attendance": "hybrid"},
            {"name": long, "role": "delegate", "gender": "f\x07"},
        ),
        ids(),
    )
    assert [(p.line, p.issue, p.column, p.value) for p in plan.problems] == [
        (2, RowIssue.MISSING_NAME, "name", ""),
        (2, RowIssue.MISSING_ROLE, "role", ""),  # an empty cell is "no role", not "“” is not a role"
        (2, RowIssue.UNKNOWN_LANGUAGE, "language", "PT"),
        (2, RowIssue.BAD_EMAIL, "email", "not-an-address"),
        (3, RowIssue.UNKNOWN_KIND, "delegation_kind", "state"),
        (3, RowIssue.UNKNOWN_ATTENDANCE, "attendance", "hybrid"),
        (3, RowIssue.BOOTH_NEEDED, "language", ""),
        (4, RowIssue.INVALID_TEXT, "gender", ""),
        (4, RowIssue.TOO_LONG, "name", "L" * 40),
    ]


def test_an_empty_file_and_one_over_the_row_limit_are_refused_as_a_whole():
    from companion.domain.participant_roster import MAX_ROSTER_ROWS

    empty = plan_roster(state_with(), [], ids())
    assert [(p.line, p.issue) for p in empty.problems] == [(1, RowIssue.NO_ROWS)]
    person = {"name": "A", "role": "delegate"}
    over = plan_roster(state_with(), [(n + 2, person) for n in range(MAX_ROSTER_ROWS + 1)], ids())
    assert [(p.line, p.issue, p.value) for p in over.problems] == [
        (MAX_ROSTER_ROWS + 2, RowIssue.TOO_MANY_ROWS, str(MAX_ROSTER_ROWS))
    ]


def test_a_row_becomes_the_participant_it_describes():
    plan = plan_roster(
        state_with(),
        rows(
            {"name": " Li  Wen ", "role": "Interpreter", "language": "ZH", "gender": "", "email": ""},
            {
                "name": "Ana",
                "role": "delegate",
                "delegation": "Brazil",
                "delegation_kind": "Member-State",
                "attendance": "onsite",
                "language": "es",
                "gender": "female",
                "groups": "GRULAC | GRULAC",
                "email": "ana@example.org",
            },
        ),
        ids(),
    )
    interpreter, ana = plan.added
    assert (interpreter.name, interpreter.role, interpreter.booth, interpreter.language) == (
        "Li Wen",
        Role.INTERPRETER,
        "zh",
        "",
    )
    assert (interpreter.gender, interpreter.email) == (None, "")
    assert (ana.booth, ana.language, ana.gender, ana.email) == (None, "es", "female", "ana@example.org")
    assert (ana.delegation, ana.delegation_kind.value, ana.attendance.value) == (
        "Brazil",
        "member_state",
        "onsite",
    )
    assert plan.groups == [{"name": "GRULAC", "members": ["Brazil"], "coordinator": ""}]


def test_a_file_without_an_email_keeps_the_registered_one_and_uses_the_meetings_languages():
    ana = Participant("p-ana", "Ana", Role.DELEGATE, "Brazil", email="ana@example.org")
    plan = plan_roster(
        state_with(ana),
        rows({"name": "Ana", "role": "delegate", "delegation": "Brazil", "attendance": "onsite"}),
        ids(),
    )
    assert [(p.id, p.email) for p in plan.updated] == [("p-ana", "ana@example.org")]
    two_languages = MeetingState(meeting=Meeting("m", "M", "", "Europe/Zurich", (), ("en", "fr")))
    refused = plan_roster(two_languages, rows({"name": "B", "role": "delegate", "language": "es"}), ids())
    assert [(p.issue, p.value) for p in refused.problems] == [(RowIssue.UNKNOWN_LANGUAGE, "es")]
