"""The secretariat at a console, with the files Excel writes: the CLI imports a 2,000-person
"Unicode Text" list whose codes sign in, says what it did in the app's sentences (in English or
``--language``), shows a progress bar on a terminal, and ends quietly when its reader goes away."""

import csv
import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from live_server import Api, LiveServer

from companion.server.catalogue import translator

SCRIPTS = [("أمينة الحسيني", "مصر"), ("李伟", "中国"), ("Анастасия Кузнецова", "Россия"), ("José Müller", "España")]


def cli(*args, stderr=subprocess.PIPE):
    done = subprocess.run(
        [sys.executable, "-m", "companion.server", *args],
        stdout=subprocess.PIPE, stderr=stderr, text=True, encoding="utf-8", timeout=120,
    )
    assert "Traceback" not in (done.stderr or ""), done.stderr
    return done


@pytest.fixture
def meeting_db(tmp_path):
    db = f"sqlite:///{tmp_path / 'meeting.db'}"
    done = cli("create-meeting", "--db", db, "--id", "conv-13", "--title", "Thirteenth session",
               "--time-zone", "Europe/Zurich", "--start", "2026-04-14")
    assert done.returncode == 0, done.stderr
    return db


def unicode_text(count: int, tail: str = "") -> bytes:
    """What Excel's "Save as ▸ Unicode Text" writes: UTF-16LE with its mark, TABs, CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\r\n")
    writer.writerow(["Full name", "Role", "Delegation", "E-mail", "Badge no."])
    for n in range(count):
        name, delegation = SCRIPTS[n % len(SCRIPTS)]
        writer.writerow([f"{name} {n}", "delegate", delegation, f"p{n}@example.org", 10_000 + n])
    return (out.getvalue() + tail).encode("utf-16")


def test_a_2000_person_unicode_text_list_imports_and_every_script_signs_in(meeting_db, tmp_path):
    people = tmp_path / "people.txt"
    people.write_bytes(unicode_text(2_100))
    codes = tmp_path / "codes.csv"
    done = cli("import-participants", "--db", meeting_db, "--meeting", "conv-13", str(people),
               "--codes-out", str(codes))
    assert done.returncode == 0, done.stderr
    assert f"{people}: Imported: 2100 added, 0 updated, 0 unchanged." in done.stdout
    assert "Line 1: columns this app does not use were ignored: Badge no." in done.stdout
    rows = list(csv.DictReader(codes.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 2_100 and {len(r["code"]) for r in rows} == {19}  # XXXX-XXXX-XXXX-XXXX
    server = LiveServer(Path(meeting_db.removeprefix("sqlite:///")), demo=False).start()
    try:
        for row in rows[:4]:  # Arabic, Chinese, Russian, accented Latin
            signed_in = Api(server.url, "conv-13").sign_in(row["code"].lower())
            assert signed_in.participant["name"] == row["name"]
    finally:
        server.stop()


def test_the_cli_words_a_refused_list_as_the_app_does_in_the_language_asked(meeting_db, tmp_path):
    people = tmp_path / "people.txt"
    people.write_bytes(unicode_text(3, tail='Omar Farouk\t\t"Egypt\r\nPermanent Mission"\t\t\r\n'))
    for language in ("en", "ru", "ar"):
        done = cli("import-participants", "--db", meeting_db, "--meeting", "conv-13", str(people),
                   "--language", language)
        assert done.returncode == 2
        translate = translator(language)
        line = translate("Line {line}: {reason}")
        no_role = line.format(line=5, reason=translate("no role is given (delegate, chair, interpreter or secretariat)"))
        assert no_role in done.stdout, done.stdout
        broken = translate("the “{column}” cell (“{value}…”) holds a line break; join it into one line and import again")
        assert line.format(line=5, reason=broken.format(column="delegation", value="Egypt")) in done.stdout
        assert "unknown_role" not in done.stdout and "missing_role" not in done.stdout  # no codes, sentences
    assert "Строка 5: роль не указана" in cli(
        "import-participants", "--db", meeting_db, "--meeting", "conv-13", str(people), "--language", "ru"
    ).stdout
    listed = cli("list-participants", "--db", meeting_db, "--meeting", "conv-13", "--language", "ru")
    assert listed.stdout.strip() == "Зарегистрировано участников: 0."


def test_a_language_the_app_has_not_is_refused_before_anything_runs(meeting_db, tmp_path):
    done = cli("list-participants", "--db", meeting_db, "--meeting", "conv-13", "--language", "xx")
    assert done.returncode == 2 and "invalid choice: 'xx'" in done.stderr


def test_list_participants_into_head_ends_quietly(meeting_db, tmp_path):
    people = tmp_path / "people.txt"
    people.write_bytes(unicode_text(2_000))
    assert cli("import-participants", "--db", meeting_db, "--meeting", "conv-13", str(people),
               "--codes-out", str(tmp_path / "codes.csv")).returncode == 0
    shell = subprocess.run(
        f"{sys.executable} -m companion.server list-participants --db {meeting_db} --meeting conv-13 | head -2",
        shell=True, capture_output=True, text=True, timeout=120, executable="/bin/bash",
    )
    assert len(shell.stdout.splitlines()) == 2
    assert shell.stderr == ""  # no BrokenPipeError, no "Exception ignored" from the exit's flush


def test_a_terminal_sees_a_progress_bar_and_a_pipe_does_not(meeting_db, tmp_path):
    people = tmp_path / "people.txt"
    people.write_bytes(unicode_text(500))
    primary, secondary = pty.openpty()
    try:
        done = cli("import-participants", "--db", meeting_db, "--meeting", "conv-13", str(people),
                   "--codes-out", str(tmp_path / "codes.csv"), "--language", "fr", stderr=secondary)
        os.close(secondary)
        seen = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(primary)
    assert done.returncode == 0
    shown = seen.decode()
    assert "\rNouveaux codes personnels [" in shown and "500/500" in shown
    assert shown.count("\r") >= 5  # redrawn as the codes are hashed, 100 at a time
    piped = cli("import-participants", "--db", meeting_db, "--meeting", "conv-13", str(people))
    assert piped.stderr == ""


def test_new_codes_are_16_characters_cheap_to_hash_and_older_short_codes_keep_their_slow_hash():
    import hashlib

    from companion.server.credentials import CODE_ALPHABET, hash_code, hash_codes, new_code

    pepper = b"p" * 32
    code = new_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4] and set("".join(groups)) <= set(CODE_ALPHABET)
    typed = code.lower().replace("-", " ")  # as a person types it
    assert hash_code(pepper, "m", typed) == hashlib.pbkdf2_hmac(
        "sha256", code.replace("-", "").encode(), pepper + b"m", 1_000
    ).hex()
    # A code issued before (12 characters) still signs in: the same 50,000 rounds as then.
    assert hash_code(pepper, "m", "K7QM-2XHP-9TRD") == hashlib.pbkdf2_hmac(
        "sha256", b"K7QM2XHP9TRD", pepper + b"m", 50_000
    ).hex()
    codes = [new_code() for _ in range(250)]
    seen = []
    hashed = hash_codes(pepper, "m", codes, lambda done, total: seen.append((done, total)))
    assert hashed == [hash_code(pepper, "m", c) for c in codes]  # in order, on every core
    assert seen == [(100, 250), (200, 250), (250, 250)]


def test_the_samples_are_written_into_any_folder_and_never_over_a_file(tmp_path):
    done = cli("samples", "--to", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "participants.csv").read_bytes().startswith(b"name,role,delegation,")
    assert b"<schedule>" in (tmp_path / "schedule.xml").read_bytes()
    (tmp_path / "participants.csv").write_text("mine", encoding="utf-8")
    again = cli("samples", "--to", str(tmp_path))
    assert again.returncode == 2 and "exists already" in again.stderr and len(again.stderr.splitlines()) == 1
    assert (tmp_path / "participants.csv").read_text(encoding="utf-8") == "mine"
    nowhere = cli("samples", "--to", str(tmp_path / "no" / "such" / "folder"))
    assert nowhere.returncode == 2 and nowhere.stderr.startswith("meeting-server: cannot write in ")
