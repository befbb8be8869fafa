"""A database that cannot be served stops ``serve`` with one line and exit code 2, never a trace."""

import sqlite3

from serve_process import run_cli


def serve(db_url):
    return run_cli("serve", "--db", db_url, "--port", "0")


def one_line(done) -> str:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "meeting.db"
    path.write_bytes(b"this is not SQLite, just some text that happens to be here" * 100)
    line = one_line(serve(f"sqlite:///{path}"))
    assert line.startswith("meeting-server: cannot open the database") and "not a database" in line


def test_a_log_with_a_damaged_event(db_path):
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE events SET envelope = '{\"seq\": 3, \"type\": ' WHERE seq = 3")
    line = one_line(serve(f"sqlite:///{db_path}"))
    assert line.startswith("meeting-server: cannot load the meetings from the database: JSONDecodeError")


def test_a_world_readable_secret_file(db_path, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("x" * 40)
    secret.chmod(0o644)
    done = run_cli("serve", "--db", f"sqlite:///{db_path}", "--port", "0", "--secret-file", str(secret))
    assert "readable by others" in one_line(done)
