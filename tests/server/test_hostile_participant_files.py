"""Hostile participants files against the real server and the real CLI: every one is refused with
its line and reason (a 422, or one line and exit 2), nothing is applied, nothing is a 500 or a traceback."""

import csv
import io
import subprocess
import sys
import threading
import time

from live_server import Api

from companion.domain.participant_roster import RowIssue
from companion.interchange.roster_words import ISSUES

HEADER = "name,role,delegation,delegation_kind,attendance,language,gender,groups,email\n"
ROW = "Amina Diallo,delegate,Senegal,member_state,remote,fr,female,,amina@example.org\n"

#: name -> (file, the (line, issue) the server must report first)
HOSTILE = {
    "control character in a name": (HEADER + "Ami\x07na,delegate,Senegal,,,,,,\n", (2, "invalid_text")),
    "NUL in a delegation": (HEADER + "Amina,delegate,Sen\x00egal,,,,,,\n", (2, "invalid_text")),
    "escape in a group": (HEADER + "Amina,delegate,Senegal,,,,,Gro\x1bup,\n", (2, "invalid_text")),
    "control character in gender": (HEADER + "Amina,delegate,Senegal,,,,f\x01,,\n", (2, "invalid_text")),
    "a right-to-left override in a name (spoofs another name)": (
        HEADER + "Amina,delegate,\u202eaynekK,,,,,,\n",
        (2, "invalid_text"),
    ),
    "name over the domain's 200": (HEADER + "A" * 201 + ",delegate,Senegal,,,,,,\n", (2, "too_long")),
    "the same column twice": ("name,role,name\nAmina,delegate,Other\n", (1, "duplicate_column")),
    "a value under no header": ("name,,role\nAmina,amina@example.org,delegate\n", (2, "unnamed_column")),
    "a quote never closed": (HEADER + ROW + '"Daniel,delegate,Kenya,,,,,,\n', (3, "bad_csv")),
    "a cell of 200,000 characters": (HEADER + '"' + "x" * 200_000 + '",delegate\n', (2, "bad_csv")),
    # (Latin-1 and UTF-16 lists are read: tests/interchange/test_participant_files_from_excel.py)
    "a UTF-8 mark, then a byte that is not UTF-8": (
        ("\ufeff" + HEADER).encode() + b"Jos\xe9,delegate,Spain,,,,,,\n",
        (2, "not_utf8"),
    ),
    "a UTF-16 mark, then a lone surrogate": (
        b"\xff\xfe" + HEADER.encode("utf-16-le") + b"\x00\xd8,\x00",
        (2, "not_utf8"),
    ),
    "an Excel workbook": (b"PK\x03\x04" + bytes(range(256)) * 8, (1, "spreadsheet_file")),
    "binary": (bytes(range(256)) * 8, (1, "missing_column")),
    "a UTF-8 mark, then a lone surrogate": (
        ("\ufeff" + HEADER).encode() + b"\xed\xa0\x80,delegate\n",
        (2, "not_utf8"),
    ),
    "unknown role, kind, language": (HEADER + "Amina,king,Senegal,empire,,xx,,,\n", (2, "unknown_role")),
    "more groups than a meeting declares": (
        HEADER + "".join(f"P{n},delegate,D{n},,,,,Group {n},\n" for n in range(120)),
        (2, "bad_groups"),
    ),
    "over 10,000 rows": (HEADER + "P,delegate\n" * 100_000, (10_002, "too_many_rows")),
    "half a million columns": (",".join(f"c{n}" for n in range(400_000)) + "\n", (1, "missing_column")),
}


def post(api: Api, body: bytes, **params):
    return api.http.post(
        f"{api.url}/api/v1/meetings/{api.meeting}/participants",
        data=body,
        params=params,
        headers={"Content-Type": "text/csv"},
        timeout=120,
    )


def as_bytes(body) -> bytes:
    return body if isinstance(body, bytes) else body.encode("utf-8")


def test_every_hostile_file_is_a_422_naming_its_line_and_nothing_is_applied(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    before = secretariat.snapshot()
    for what, (body, (line, issue)) in HOSTILE.items():
        for dry_run in ("true", "false"):
            answer = post(secretariat, as_bytes(body), dry_run=dry_run)
            assert answer.status_code == 422, (what, answer.status_code, answer.text[:300])
            error = answer.json()["error"]
            assert error["code"] == "bad_participants", what
            assert (error["problems"][0]["line"], error["problems"][0]["issue"]) == (line, issue), what
            assert len(answer.content) < 1024 * 1024, what  # an answer of a sensible size
    after = secretariat.snapshot()
    assert (after["seq"], after["meeting"]["groups"]) == (before["seq"], before["meeting"]["groups"])


def test_a_clean_file_after_the_hostile_ones_still_imports(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    # Carriage returns alone (a spreadsheet's "CSV (Macintosh)") and a double byte-order mark.
    body = ("\ufeff\ufeff" + HEADER + ROW).replace("\n", "\r")
    answer = post(secretariat, body.encode())
    assert answer.status_code == 200, answer.text
    assert [p["name"] for p in answer.json()["added"]] == ["Amina Diallo"]


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "companion.server", *args], capture_output=True, text=True, timeout=120
    )


def test_the_cli_refuses_hostile_files_in_lines_without_a_traceback(db_path, tmp_path):
    db = f"sqlite:///{db_path}"
    for n, what in enumerate(("a quote never closed", "control character in a name", "the same column twice")):
        path = tmp_path / f"hostile-{n}.csv"
        path.write_bytes(as_bytes(HOSTILE[what][0]))
        codes = tmp_path / f"codes-{n}.csv"
        done = run_cli("import-participants", "--db", db, "--meeting", "wipo-conv-12", str(path),
                       "--codes-out", str(codes))
        assert "Traceback" not in done.stderr + done.stdout, done.stderr
        assert done.returncode == 2, (what, done.stdout, done.stderr)
        line, issue = HOSTILE[what][1]
        sentence = ISSUES[RowIssue(issue)].split("{")[0]  # the app's sentence, up to its first field
        assert f"Line {line}: {sentence}" in done.stdout, (what, done.stdout)
        assert not codes.exists()  # nothing imported, so no codes file left behind


def test_a_name_a_spreadsheet_would_run_is_written_to_the_codes_file_as_text(db_path, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text(HEADER + '"=HYPERLINK(""http://evil.example"",""x"")",delegate,@Senegal,,,,,,\n')
    codes = tmp_path / "codes.csv"
    done = run_cli("import-participants", "--db", f"sqlite:///{db_path}", "--meeting", "wipo-conv-12",
                   str(people), "--codes-out", str(codes))
    assert done.returncode == 0, done.stderr
    (row,) = list(csv.DictReader(io.StringIO(codes.read_text(encoding="utf-8"))))
    assert (row["name"], row["delegation"]) == ('\'=HYPERLINK("http://evil.example","x")', "'@Senegal")
    assert row["code"][0].isalnum()  # the code itself is never touched


def test_a_second_import_while_one_is_running_is_a_429_and_the_first_still_lands(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    before = secretariat.snapshot()["seq"]
    second_refused = threading.Event()

    def slow_body():  # the first import's body arrives only after the second was answered
        yield (HEADER + ROW).encode()
        second_refused.wait(60)
        yield b"Kofi Mensah,delegate,Ghana,,,,,,\n"

    first: dict = {}
    sender = threading.Thread(target=lambda: first.update(answer=post(secretariat, slow_body())))
    sender.start()
    other = Api(server.url).sign_in("demo-secretariat")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # until the first has started; it cannot finish meanwhile
        answer = post(other, (HEADER + "Ana Souza,delegate,Brazil,,,,,,\n").encode())
        if answer.status_code == 429:
            break
        assert answer.status_code == 200, answer.text  # before the first began: an import like any
    second_refused.set()
    sender.join(60)
    assert (answer.status_code, answer.json()["error"]["code"]) == (429, "rate_limited")
    assert int(answer.headers["Retry-After"]) > 0
    assert first["answer"].status_code == 200, first["answer"].text
    assert [p["name"] for p in first["answer"].json()["added"]] == ["Amina Diallo", "Kofi Mensah"]
    assert secretariat.snapshot()["seq"] > before


def until_refused(send) -> list[int]:
    """Statuses of requests sent back to back until the first 429 (burst 100 at 50/s: long before 400)."""
    statuses = []
    for _ in range(400):
        statuses.append(send().status_code)
        if statuses[-1] == 429:
            break
    return statuses


def test_the_participants_routes_are_rate_limited_like_commands(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    url = f"{server.url}/api/v1/meetings/wipo-conv-12/participants/nobody/code"
    statuses = until_refused(lambda: secretariat.http.post(url, timeout=10))
    assert statuses[-1] == 429 and set(statuses[:-1]) == {404}
    statuses = until_refused(lambda: post(secretariat, (HEADER + ROW).encode(), dry_run="true"))
    assert statuses[-1] == 429 and set(statuses[:-1]) == {200}
