"""The secretariat sets the booths and their shifts at the console: one booth, a booths file, a
shifts file in the meeting's wall-clock time; bad files change nothing and name every bad line."""

import subprocess
import sys

import pytest

from companion.domain.booths import booths_of
from companion.domain.handover import shifts_of
from companion.server.registry import load_state
from companion.server.stores import open_storage

SIX = "ar,zh,en,fr,ru,es"


def cli(*args):
    done = subprocess.run(
        [sys.executable, "-m", "companion.server", *args], capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture
def meeting_db(tmp_path):
    db = f"sqlite:///{tmp_path / 'meeting.db'}"
    done = cli("create-meeting", "--db", db, "--id", "m13", "--title", "Thirteenth session",
               "--time-zone", "Europe/Zurich", "--start", "2026-04-14", "--days", "2", "--languages", SIX)
    assert done.returncode == 0, done.stderr
    return db


def state_of(db):
    storage = open_storage(db)
    try:
        return load_state(storage, "m13")
    finally:
        storage.close()


def test_set_one_booth_and_one_interpreters_own_languages(meeting_db):
    done = cli("set-booth", "--db", meeting_db, "--meeting", "m13", "--booth", "zh", "--passive", "en,fr")
    assert done.returncode == 0 and "Recorded 1 change(s)." in done.stdout
    done = cli("set-booth", "--db", meeting_db, "--meeting", "m13", "--booth", "zh", "--passive", "en,ru",
               "--interpreter", "Zhou Min")
    assert done.returncode == 0, done.stderr
    zh = booths_of(state_of(meeting_db).meeting)[1]
    assert (zh.language, zh.passive, zh.retour) == ("zh", ("en", "fr"), ())
    assert zh.interpreters[0].name == "Zhou Min" and zh.interpreters[0].passive == ("en", "ru")
    listing = cli("list-booths", "--db", meeting_db, "--meeting", "m13").stdout
    assert "zh: from en,fr; retour -" in listing and "Zhou Min: from en,ru" in listing


def test_a_refused_booth_is_one_line_and_changes_nothing(meeting_db):
    done = cli("set-booth", "--db", meeting_db, "--meeting", "m13", "--booth", "zh", "--passive", "zh")
    assert done.returncode == 2
    assert "the zh booth was refused" in done.stderr and "own language" in done.stderr
    assert state_of(meeting_db).meeting.booths == ()


def test_import_booths_and_shifts_from_files(meeting_db, tmp_path):
    booths = tmp_path / "booths.csv"
    booths.write_text("booth;passive;retour;interpreter\nzh;en;en;\nzh;en|ru;en;Zhou Min\nar;en fr;en;\n")
    done = cli("import-booths", "--db", meeting_db, "--meeting", "m13", str(booths))
    assert done.returncode == 0, done.stderr
    state = state_of(meeting_db)
    assert [b.language for b in state.meeting.booths] == SIX.split(",")
    shifts = tmp_path / "shifts.csv"
    shifts.write_text(
        "\ufeffbooth,interpreter,start,end\n"
        "en,Helen Carter,2026-04-14 10:00,2026-04-14 10:30\n"
        "en,James Ward,2026-04-14 10:30,2026-04-14 11:00\n"
        "fr,Camille Roux,2026-04-14T08:00:00Z,2026-04-14T08:30:00Z\n",
        encoding="utf-8",
    )
    assert cli("import-shifts", "--db", meeting_db, "--meeting", "m13", str(shifts), "--dry-run").returncode == 0
    assert state_of(meeting_db).shifts == ()  # a dry run changes nothing
    done = cli("import-shifts", "--db", meeting_db, "--meeting", "m13", str(shifts))
    assert done.returncode == 0 and "Recorded 2 change(s)." in done.stdout
    english = shifts_of(state_of(meeting_db).shifts, "en")
    assert [(s.interpreter, s.start.isoformat()) for s in english] == [
        ("Helen Carter", "2026-04-14T08:00:00+00:00"),  # 10:00 in Geneva (CEST)
        ("James Ward", "2026-04-14T08:30:00+00:00"),
    ]
    assert "10:00–10:30 Helen Carter" in cli("list-booths", "--db", meeting_db, "--meeting", "m13").stdout


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("booth,interpreter,start,end\nxx,A,2026-04-14 10:00,2026-04-14 10:30\n", "line 2: unknown language 'xx'"),
        ("booth,interpreter,start,end\nen,A,tomorrow,2026-04-14 10:30\n", "line 2: bad time 'tomorrow'"),
        ("booth,interpreter\nen,A\n", "line 1: missing column 'start, end'"),
        ("booth,interpreter,start,end\nen,A,2026-04-14 10:00,2026-04-14 11:00\n"
         "en,B,2026-04-14 10:30,2026-04-14 11:30\n", "overlap"),
        ("booth,interpreter,start,end\nen,A,2026-03-29 02:30,2026-03-29 03:30\n", "bad time '2026-03-29 02:30'"),
    ],
)  # fmt: skip
def test_a_bad_shifts_file_changes_nothing_and_says_where(meeting_db, tmp_path, content, words):
    bad = tmp_path / "shifts.csv"
    bad.write_text(content)
    done = cli("import-shifts", "--db", meeting_db, "--meeting", "m13", str(bad))
    assert done.returncode == 2 and words in done.stderr
    assert state_of(meeting_db).shifts == ()


def test_add_document_on_a_meeting_with_an_agenda(tmp_path):
    from pathlib import Path

    from companion.server.documents_store import documents_of

    db = f"sqlite:///{tmp_path / 'm.db'}"
    frab = Path(__file__).parents[1] / "fixtures" / "schedules" / "frab-modern.xml"
    assert cli("create-meeting", "--db", db, "--id", "m12", "--schedule", str(frab)).returncode == 0
    paper, fake, terms = tmp_path / "paper.pdf", tmp_path / "fake.pdf", tmp_path / "terms.txt"
    paper.write_bytes(b"%PDF-1.7 background")
    fake.write_bytes(b"not a pdf at all")
    terms.write_text("deepfake\tпроизвольная подделка\n", encoding="utf-8")
    common = ("--db", db, "--meeting", "m12", "--item", "wipo12-opening")
    assert cli("add-document", *common, "--file", str(paper), "--language", "en").returncode == 0
    assert cli("add-document", *common, "--glossary", str(terms), "--title", "Glossary").returncode == 0
    assert cli("add-document", *common, "--url", "https://www.wipo.int/").returncode == 0
    refused = cli("add-document", *common, "--file", str(fake))
    assert refused.returncode == 2 and "the document was refused" in refused.stderr
    elsewhere = cli("add-document", "--db", db, "--meeting", "m12", "--item", "nope", "--url", "https://x.org")
    assert elsewhere.returncode == 2 and "no agenda item 'nope'" in elsewhere.stderr
    storage = open_storage(db)
    try:
        kept = documents_of(storage, "m12")
    finally:
        storage.close()
    assert [(d.title, d.kind.value) for d in kept] == [
        ("paper.pdf", "file"), ("Glossary", "glossary"), ("https://www.wipo.int/", "link")
    ]  # fmt: skip
    assert "wipo12-opening" in cli("list-documents", "--db", db, "--meeting", "m12").stdout


def test_the_participants_import_sets_an_interpreters_languages_and_the_relay_plan_follows(meeting_db, tmp_path):
    from datetime import UTC, datetime

    from companion.domain.handover import booths_on_duty
    from companion.domain.relay_plan import route_of

    people = tmp_path / "people.csv"
    people.write_text("Name;Role;Language;Passive languages;Retour\n"
                      "Zhou Min;interpreter;zh;en|ru;en\nLi Na;interpreter;zh;;\n"
                      "Ana Souza;delegate;es;;\n", encoding="utf-8")  # fmt: skip
    base = ("import-participants", "--db", meeting_db, "--meeting", "m13", str(people),
            "--codes-out", str(tmp_path / "codes.csv"))  # fmt: skip
    dry = cli(*base, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Interpreters' own languages set in the booths: zh" in dry.stdout
    assert state_of(meeting_db).meeting.booths == () and not state_of(meeting_db).participants
    done = cli(*base)
    assert done.returncode == 0, done.stderr
    assert "Interpreters' own languages set in the booths: zh" in done.stdout
    shifts = tmp_path / "shifts.csv"
    shifts.write_text("booth,interpreter,start,end\nzh,Li Na,2026-04-14 10:00,2026-04-14 10:30\n"
                      "zh,Zhou Min,2026-04-14 10:30,2026-04-14 11:00\n", encoding="utf-8")  # fmt: skip
    assert cli("import-shifts", "--db", meeting_db, "--meeting", "m13", str(shifts)).returncode == 0
    state = state_of(meeting_db)
    assert "Zhou Min: from en,ru; retour en" in cli("list-booths", "--db", meeting_db, "--meeting", "m13").stdout
    # Russian on the floor: the Chinese booth takes relay while Li Na (the booth's English only) is
    # on, and takes it directly once Zhou Min, who works from Russian, is on.
    li_on = booths_on_duty(booths_of(state.meeting), state.shifts, datetime(2026, 4, 14, 8, 15, tzinfo=UTC))
    zhou_on = booths_on_duty(booths_of(state.meeting), state.shifts, datetime(2026, 4, 14, 8, 45, tzinfo=UTC))
    assert route_of(li_on, "ru", "zh").pivot is not None
    assert route_of(zhou_on, "ru", "zh").pivot is None


def test_a_participants_file_with_a_bad_language_for_an_interpreter_changes_nothing(meeting_db, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text("name,role,language,works_from\nZhou Min,interpreter,zh,en|pt\n", encoding="utf-8")
    done = cli("import-participants", "--db", meeting_db, "--meeting", "m13", str(people))
    assert done.returncode != 0
    assert "Line 2: “pt” is not one of the meeting's languages" in done.stdout + done.stderr
    assert state_of(meeting_db).meeting.booths == () and not state_of(meeting_db).participants
