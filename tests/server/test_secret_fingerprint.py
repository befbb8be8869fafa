"""A console command run without the server's secret refuses before it changes anything (issue 28):
the secret's fingerprint is kept in the database, so a code it would issue, which could never sign
in, is not issued, and the old code and sign-ins are not ended for nothing."""

from __future__ import annotations

import sqlite3

from live_server import Api, LiveServer
from serve_process import run_cli


def count_rows(db_path, table: str) -> int:
    with sqlite3.connect(db_path) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_reissue_code_with_another_secret_exits_2_and_changes_nothing(db_path, tmp_path):
    server = LiveServer(db_path).start()  # the demo database, with the server's (default) secret
    try:
        kenya = Api(server.url).sign_in("demo-kenya")
        before = count_rows(db_path, "events"), count_rows(db_path, "credentials")
        other = tmp_path / "other-secret"
        other.write_text("a secret that is not the server's, long enough")
        other.chmod(0o600)
        done = run_cli("reissue-code", "--db", f"sqlite:///{db_path}", "--meeting", "wipo-conv-12",
                       "--participant", "del-ke", "--secret-file", str(other))
        assert done.returncode == 2 and done.stdout == ""
        assert "is not the one this database's codes were made with" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert (count_rows(db_path, "events"), count_rows(db_path, "credentials")) == before
        assert kenya.snapshot()["you"] == "del-ke"  # still signed in
        Api(server.url).sign_in("demo-kenya")  # the old code still works
        same = run_cli("reissue-code", "--db", f"sqlite:///{db_path}", "--meeting", "wipo-conv-12",
                       "--participant", "del-ke", "--json")  # the server's own secret
        assert same.returncode == 0, same.stderr
    finally:
        server.stop()
