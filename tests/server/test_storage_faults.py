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


# Faults of the disk and of permissions. We run as root, which no permission stops: the server is
# started without the capabilities that let root pass them (setpriv), and a small tmpfs is the
# full disk. Where that cannot be done (not root, no mount), these tests skip and say why.

import os  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import uuid  # noqa: E402

import pytest  # noqa: E402
import requests  # noqa: E402
from serve_process import ServeProcess  # noqa: E402

AS_A_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def serve_as_a_user(db_url):
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to start the server without root's permission override")
    done = subprocess.run(
        [*AS_A_USER, sys.executable, "-m", "companion.server", "serve", "--db", db_url, "--port", "0"],
        capture_output=True, text=True, timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB file system of its own, to fill."""
    where = tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs as a disk to fill")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_database_file_the_server_may_not_read(tmp_path):
    path = tmp_path / "meeting.db"
    sqlite3.connect(path).execute("CREATE TABLE t (a)")
    path.chmod(0)
    line = one_line(serve_as_a_user(f"sqlite:///{path}"))
    assert line.startswith(f"meeting-server: cannot open the database {path}") and "permission denied" in line


def test_a_folder_the_server_may_not_write_in(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o500)
    line = one_line(serve_as_a_user(f"sqlite:///{folder}/meeting.db"))
    assert line.startswith("meeting-server: cannot open the database") and f"write in {folder}" in line


def test_a_disk_too_full_to_start_on(small_disk):
    (small_disk / "filler").write_bytes(b"\0" * (2 * 1024 * 1024 - 16 * 1024))
    line = one_line(run_cli("serve", "--demo", "--db", f"sqlite:///{small_disk}/meeting.db", "--port", "0"))
    assert line.startswith(f"meeting-server: cannot open the database {small_disk}/meeting.db: ")
    assert line.endswith("(the disk is full)")


def fill(disk):
    """Fill *disk* to the last byte; returns the file to delete to make room again."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_a_full_disk_while_serving_is_a_503_then_the_same_command_goes_through(small_disk):
    db = f"sqlite:///{small_disk}/meeting.db"
    server = ServeProcess(db, "--demo").wait_ready()
    try:
        api = f"{server.url}/api/v1"
        token = requests.post(f"{api}/session", json={"meeting": "wipo-conv-12", "code": "demo-chair"}).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        before = requests.get(f"{api}/meetings/wipo-conv-12", headers=auth).json()["seq"]
        command = {"type": "agenda.set_status", "item_id": "d1-quiz", "status": "live"}
        key = {**auth, "Idempotency-Key": str(uuid.uuid4())}
        filler = fill(small_disk)
        refused = requests.post(f"{api}/meetings/wipo-conv-12/commands", json=command, headers=key)
        assert refused.status_code == 503 and refused.headers["Retry-After"] == "5"
        assert refused.json()["error"]["code"] == "storage_unavailable"
        assert requests.get(f"{api}/meetings/wipo-conv-12", headers=auth).json()["seq"] == before  # nothing
        signing_in = requests.post(f"{api}/session", json={"meeting": "wipo-conv-12", "code": "demo-kenya"})
        assert signing_in.status_code == 503  # a token that could not be stored is not handed out
        filler.unlink()
        accepted = requests.post(f"{api}/meetings/wipo-conv-12/commands", json=command, headers=key)
        assert accepted.status_code == 200, accepted.text  # the app's outbox sends it again, same key
        after = accepted.json()["seq"]
        assert after > before
    finally:
        server.stop()
    again = ServeProcess(db).wait_ready()  # what was acknowledged is on the disk
    try:
        snapshot = requests.get(f"{again.url}/api/v1/meetings/wipo-conv-12", headers=auth).json()
        quiz = next(item for item in snapshot["items"] if item["id"] == "d1-quiz")
        assert snapshot["seq"] == after and quiz["status"] == "live"
    finally:
        again.stop()


def test_ready_says_whether_the_database_answers_health_only_that_the_process_lives(pg_url):
    """A replica whose PostgreSQL went away leaves the balancer's rotation (ready 503), while its
    liveness stays 200 (restarting it would not bring the database back)."""
    import psycopg

    admin, name = pg_url.rsplit("/", 1)[0] + "/postgres", f"mc_ready_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    server = ServeProcess(pg_url.rsplit("/", 1)[0] + f"/{name}").wait_ready()
    try:
        ready = requests.get(f"{server.url}/api/v1/ready", timeout=10)
        assert ready.status_code == 200 and ready.json() == {"status": "ready"}
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")  # its connections are cut too
        gone = requests.get(f"{server.url}/api/v1/ready", timeout=30)
        assert gone.status_code == 503 and gone.json()["error"]["code"] == "storage_unavailable"
        assert requests.get(f"{server.url}/api/v1/health", timeout=10).status_code == 200
    finally:
        server.stop()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_ready_on_sqlite(db_path):
    server = ServeProcess(f"sqlite:///{db_path}").wait_ready()
    try:
        assert requests.get(f"{server.url}/api/v1/ready", timeout=10).json() == {"status": "ready"}
    finally:
        server.stop()
