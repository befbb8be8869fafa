"""Hostile participants files against the real server and the real CLI: every one is refused with
its line and reason (a 422, or one line and exit 2), nothing is applied, nothing is a 500 or a traceback."""

import csv
import io
import subprocess
import sys

from live_server import Api

HEADER = "name,role,delegation,delegation_kind,attendance,language,gender,groups,email\n"
ROW = "Amina Diallo,delegate,Senegal,member_state,remote,fr,female,,amina@example.org\n"

#: name -> (file, the (line, issue) the server must report first)
HOSTILE = {
    "control character in a name": (HEADER + "Ami\x07na,delegate,Senegal,,,,,,\n", (2, "invalid_text")),
    "NUL in a delegation": (HEADER + "Amina,delegate,Sen\x00egal,,,,,,\n", (2, "invalid_text")),
    "escape in a group": (HEADER + "Amina,delegate,Senegal,,,,,Gro\x1bup,\n", (2, "invalid_text")),
    "control character in gender": (HEADER + "Amina,delegate,Senegal,,,,f\x01,,\n", (2, "invalid_text")),
    "name over the domain's 200": (HEADER + "A" * 201 + ",delegate,Senegal,,,,,,\n", (2, "too_long")),
    "the same column twice": ("name,role,name\nAmina,delegate,Other\n", (1, "duplicate_column")),
    "a quote never closed": (HEADER + ROW + '"Daniel,delegate,Kenya,,,,,,\n', (3, "bad_csv")),
    "a cell of 200,000 characters": (HEADER + '"' + "x" * 200_000 + '",delegate\n', (2, "bad_csv")),
    "Latin-1, not UTF-8": ((HEADER + "José,delegate,Spain,,,,,,\n").encode("latin-1"), (2, "not_utf8")),
    "UTF-16": ((HEADER + ROW).encode("utf-16"), (1, "not_utf8")),
    "binary": (bytes(range(256)) * 8, (2, "not_utf8")),
    "a UTF-8 lone surrogate": (HEADER.encode() + b"\xed\xa0\x80,delegate\n", (2, "not_utf8")),
    "unknown role, kind, language": (HEADER + "Amina,king,Senegal,empire,,xx,,,\n", (2, "unknown_role")),
    "more groups than a meeting declares": (
        HEADER + "".join(f"P{n},delegate,D{n},,,,,Group {n},\n" for n in range(120)),
        (2, "bad_groups"),
    ),
    "over 10,000 rows": (HEADER + "P,delegate\n" * 100_000, (10_002, "too_many_rows")),
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
        assert f"line {line}: {issue}" in done.stdout, (what, done.stdout)
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
