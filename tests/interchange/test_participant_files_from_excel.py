"""Participants files made the ways Excel saves a list, with 2,000+ people whose names are in
Arabic, Chinese, Russian and accented Latin: every one reads back exactly, and what the reader did
(an encoding guessed, columns ignored) or cannot do (a line break inside a cell) is said with its line."""

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain import MeetingState
from companion.domain.entities import Meeting, Participant
from companion.domain.participant_roster import RosterNote, RowIssue, plan_roster
from companion.domain.roster_columns import column_for
from companion.domain.vocabulary import LANGUAGES, Role
from companion.interchange.roster_csv import read_roster

MEETING = Meeting("m", "M", "", "Europe/Zurich", (), LANGUAGES)
#: (name, delegation): a cycle of scripts, each made unique by its number.
SCRIPTS = [
    ("أمينة الحسيني", "مصر"),
    ("李伟", "中国"),
    ("Анастасия Кузнецова", "Российская Федерация"),
    ("José Müller-Ñúñez", "España"),
    ("Zoë Ørsted", "Danmark"),
]
LATIN = [("José Müller-Ñúñez", "España"), ("Zoë Ørsted", "Danmark"), ("François Lefèvre", "Côte d’Ivoire")]


def people(count: int, scripts=SCRIPTS) -> list[dict[str, str]]:
    """*count* people, each in one of *scripts*, with a badge number (a column this app does not know)."""
    found = []
    for n in range(count):
        name, delegation = scripts[n % len(scripts)]
        found.append(
            {
                "Full name": f"{name} {n}",
                "Rôle": "delegate",
                "Delegation": delegation,
                "E-mail": f"p{n}@example.org",
                "Badge no.": str(10_000 + n),
            }
        )
    return found


def excel(rows: list[dict[str, str]], *, delimiter: str, encoding: str) -> bytes:
    """A list as Excel saves it: CRLF between lines, quotes only where a cell needs them."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def plan(data: bytes, *registered: Participant):
    found = read_roster(data)
    assert found.problems == []
    state = MeetingState(meeting=MEETING, participants={p.id: p for p in registered})
    counter = iter(range(1_000_000))
    return found, plan_roster(state, found.rows, lambda: f"p-{next(counter)}")


@pytest.mark.parametrize(
    ("what", "delimiter", "encoding", "scripts"),
    [
        ('"CSV (semicolon delimited)": Windows-1252, ";"', ";", "cp1252", LATIN),
        ('"Unicode Text": UTF-16LE with its mark, TABs', "\t", "utf-16", SCRIPTS),
        ('"CSV UTF-8": a mark, ","', ",", "utf-8-sig", SCRIPTS),
        ("UTF-8 without a mark, TABs", "\t", "utf-8", SCRIPTS),
    ],
)
def test_every_way_excel_saves_2000_people_imports_them_exactly(what, delimiter, encoding, scripts):
    written = people(2_100, scripts)
    found, planned = plan(excel(written, delimiter=delimiter, encoding=encoding))
    assert planned.problems == []
    assert [(p.name, p.delegation, p.email) for p in planned.added] == [
        (row["Full name"], row["Delegation"], row["E-mail"]) for row in written
    ]
    assert [line for line, _ in found.rows] == list(range(2, 2_102))
    notes = {n.note: (n.line, n.value) for n in found.notes}
    assert notes[RosterNote.IGNORED_COLUMNS] == (1, "Badge no.")  # said, not a reason to refuse
    if encoding == "cp1252":  # guessed, and said so with the first word that told
        assert notes[RosterNote.WINDOWS_1252] == (1, "Rôle")
    else:
        assert RosterNote.WINDOWS_1252 not in notes


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("E-mail", "email"), ("Email", "email"), ("MAIL", "email"), ("e_mail", "email"),
        ("Full name", "name"), (" Name ", "name"), ("Delegation kind", "delegation_kind"),
        ("Délégation", "delegation"), ("Имя", "name"), ("Роль", "role"), ("电子邮件", "email"),
        ("الاسم", "name"), ("Correo electrónico", "email"), ("Courriel", "email"), ("\ufeffname", "name"),
        ("Badge no.", None), ("Address", None),
    ],
)
def test_headers_are_read_as_people_write_them(header, column):
    assert column_for(header) == column


def test_a_line_break_inside_a_cell_is_refused_on_its_line_naming_the_column():
    data = excel(
        [
            {"name": "Daniel Otieno", "role": "delegate", "delegation": "Kenya\nPermanent Mission in Geneva"},
            {"name": "Ana Souza", "role": "delegate", "delegation": "Brazil"},
        ],
        delimiter=",",
        encoding="utf-8",
    )
    _, planned = plan(data)
    assert [(p.line, p.issue, p.column, p.value) for p in planned.problems] == [
        (2, RowIssue.LINE_BREAK, "delegation", "Kenya")
    ]
    assert planned.added == []  # not joined into a new delegation "Kenya Permanent Mission in Geneva"


def test_a_line_break_in_a_column_that_is_ignored_does_no_harm():
    data = excel(
        [{"name": "Ana Souza", "role": "delegate", "Address": "Rue de Lausanne 1\n1202 Genève"}],
        delimiter=";",
        encoding="utf-8",
    )
    _, planned = plan(data)
    assert planned.problems == [] and [p.name for p in planned.added] == ["Ana Souza"]


def test_two_people_of_the_same_name_in_one_delegation_with_different_emails_both_attend():
    rows = [
        {"name": "Li Wei", "role": "delegate", "delegation": "China", "email": "li.wei@mfa.cn"},
        {"name": "Li Wei", "role": "delegate", "delegation": "China", "email": "wei.li@cnipa.cn"},
    ]
    _, planned = plan(excel(rows, delimiter=",", encoding="utf-8"))
    assert planned.problems == []
    assert [p.email for p in planned.added] == ["li.wei@mfa.cn", "wei.li@cnipa.cn"]
    # Imported again, each row is its own registered person: nothing new, nothing changed.
    _, again = plan(excel(rows, delimiter=",", encoding="utf-8"), *planned.added)
    assert (again.problems, again.added, again.updated, len(again.unchanged)) == ([], [], [], 2)


def test_namesakes_a_row_cannot_tell_apart_are_refused_on_its_line():
    one = {"name": "Li Wei", "role": "delegate", "delegation": "China", "email": "li.wei@mfa.cn"}
    bare = {"name": "Li Wei", "role": "delegate", "delegation": "China", "email": ""}
    _, planned = plan(excel([one, bare], delimiter=",", encoding="utf-8"))
    assert [(p.line, p.issue, p.value) for p in planned.problems] == [(3, RowIssue.DUPLICATE_ROW, "2")]
    registered = [
        Participant("p-1", "Li Wei", Role.DELEGATE, "China", email="li.wei@mfa.cn"),
        Participant("p-2", "Li Wei", Role.DELEGATE, "China", email="wei.li@cnipa.cn"),
    ]
    _, ambiguous = plan(excel([bare], delimiter=",", encoding="utf-8"), *registered)
    assert [(p.line, p.issue, p.column) for p in ambiguous.problems] == [
        (2, RowIssue.AMBIGUOUS_PERSON, "email")
    ]


def test_an_empty_role_is_no_role_not_an_unknown_one():
    _, planned = plan(b"name,role\r\nAna Souza,\r\nOmar Farouk,king\r\n")
    assert [(p.line, p.issue, p.value) for p in planned.problems] == [
        (2, RowIssue.MISSING_ROLE, ""),
        (3, RowIssue.UNKNOWN_ROLE, "king"),
    ]


def test_an_excel_workbook_is_refused_as_not_text_and_a_broken_unicode_file_names_its_line():
    assert [(p.line, p.issue) for p in read_roster(b"PK\x03\x04" + bytes(200)).problems] == [
        (1, RowIssue.SPREADSHEET_FILE)
    ]
    broken = "\ufeffname,role\r\nAna,delegate\r\n".encode() + b"Jos\xe9,delegate\r\n"
    assert [(p.line, p.issue) for p in read_roster(broken).problems] == [(3, RowIssue.NOT_UTF8)]


def test_undefined_windows_1252_bytes_refuse_their_row_instead_of_vanishing():
    found = read_roster(b"name;role\r\nJos\xe9;delegate\r\nBad\x81Name;delegate\r\n")
    state = MeetingState(meeting=MEETING)
    planned = plan_roster(state, found.rows, lambda: "p-1")
    assert [(p.line, p.issue, p.column) for p in planned.problems] == [(3, RowIssue.INVALID_TEXT, "name")]


def _same_person(a: dict, b: dict) -> bool:
    """The rule, said plainly: one e-mail is one person; one name in one delegation is one person
    unless both rows give e-mails (then different e-mails are different people)."""
    if a["email"] and a["email"].casefold() == b["email"].casefold():
        return True
    same_name = (a["name"].casefold(), a["delegation"].casefold()) == (b["name"].casefold(), b["delegation"].casefold())
    return same_name and not (a["email"] and b["email"])

person = st.fixed_dictionaries({
    "name": st.sampled_from(["Li Wei", "li wei", "Ana Souza"]),
    "role": st.just("delegate"),
    "delegation": st.sampled_from(["China", "Brazil"]),
    "email": st.sampled_from(["", "a@x.org", "A@x.org", "b@x.org", "c@x.org"]),
})


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(person, min_size=1, max_size=6))
def test_a_row_is_refused_as_a_duplicate_exactly_when_it_is_the_same_person_as_an_earlier_one(rows):
    state = MeetingState(meeting=MEETING)
    counter = iter(range(100))
    numbered = [(n + 2, row) for n, row in enumerate(rows)]
    planned = plan_roster(state, numbered, lambda: f"p-{next(counter)}")
    expected = [line for n, (line, row) in enumerate(numbered) if any(_same_person(row, r) for r in rows[:n])]
    assert [p.line for p in planned.problems if p.issue == RowIssue.DUPLICATE_ROW] == expected
    if not planned.problems:  # imported again: every row finds itself, nobody new, nothing changed
        registered = MeetingState(meeting=MEETING, participants={p.id: p for p in planned.added})
        again = plan_roster(registered, numbered, lambda: "p-new")
        assert (again.problems, again.added, again.updated) == ([], [], [])
