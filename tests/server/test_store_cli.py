"""Every console command takes ``--db postgresql://…`` as it takes a SQLite file."""

import json
from pathlib import Path

import pytest
from live_server import Api
from serve_process import ServeProcess, run_cli

from companion.server.postgres_migrations import MIGRATIONS

SCHEDULE = Path(__file__).parents[1] / "fixtures" / "schedules" / "frab-modern.xml"


def test_a_meeting_is_set_up_and_served_on_postgresql_from_the_console(fresh_pg_url, tmp_path):
    db = ["--db", fresh_pg_url]
    done = run_cli("create-meeting", *db, "--id", "conv", "--schedule", str(SCHEDULE))
    assert done.returncode == 0, done.stderr
    people = tmp_path / "people.csv"
    people.write_text("name,role,delegation,delegation_kind,attendance,language\n"
                      "Amina Diallo,delegate,Senegal,member_state,remote,fr\n", encoding="utf-8")
    done = run_cli("import-participants", *db, "--meeting", "conv", str(people), "--json")
    assert done.returncode == 0, done.stderr
    amina_code = json.loads(done.stdout)["codes"][0]["code"]
    done = run_cli("add-participant", *db, "--meeting", "conv", "--name", "The Chair", "--role", "chair", "--json")
    assert done.returncode == 0, done.stderr
    chair_code = json.loads(done.stdout)["code"]
    done = run_cli("import-schedule", *db, "--meeting", "conv", str(SCHEDULE), "--json")
    assert done.returncode == 0, done.stderr
    listed = run_cli("list-participants", *db, "--meeting", "conv")
    assert "Amina Diallo" in listed.stdout and "The Chair" in listed.stdout

    server = ServeProcess(fresh_pg_url).wait_ready()
    try:
        amina = Api(server.url, "conv").sign_in(amina_code)
        assert amina.participant["delegation"] == "Senegal"
        chair = Api(server.url, "conv").sign_in(chair_code)
        assert len(chair.snapshot()["items"]) == 4
        done = run_cli("revoke-sessions", *db, "--meeting", "conv", "--participant", amina.participant["id"])
        assert done.returncode == 0 and "Ended 1 sign-in(s)" in done.stdout
    finally:
        server.stop()


@pytest.mark.parametrize("command", ["serve", "list-participants", "add-participant"])
def test_an_unreachable_postgresql_is_one_line_and_exit_2(command):
    extra = {"serve": ["--port", "0"], "list-participants": ["--meeting", "m"],
             "add-participant": ["--meeting", "m", "--name", "X", "--role", "delegate"]}[command]
    done = run_cli(command, "--db", "postgresql://nobody:hunter2@127.0.0.1:1/nothing", *extra)
    assert done.returncode == 2
    assert done.stderr.startswith("meeting-server: cannot open the database postgresql://nobody:***@127.0.0.1:1/")
    assert len(done.stderr.strip().splitlines()) == 1 and "hunter2" not in done.stderr


def test_a_postgresql_database_newer_than_the_server_is_refused_at_start(fresh_pg_url):
    import psycopg

    run_cli("list-participants", "--db", fresh_pg_url, "--meeting", "m")  # creates the schema
    with psycopg.connect(fresh_pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_version VALUES (42)")
    try:
        done = run_cli("serve", "--db", fresh_pg_url, "--port", "0")
        assert done.returncode == 2 and f"schema version 42, newer than this server knows ({len(MIGRATIONS)})" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    finally:
        with psycopg.connect(fresh_pg_url, autocommit=True) as conn:
            conn.execute("DELETE FROM schema_version WHERE version = 42")
