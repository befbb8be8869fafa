"""A database that stalls or fails while a real ``serve`` runs: every route answers within 2 s,
``/ready`` tells the truth, and service resumes by itself with nothing acknowledged lost
(issue 28 point 3). SQLite here; PostgreSQL in test_storage_stalls_postgres.py.

The stalls are real: another process holding SQLite's write lock; the file system frozen
(``fsfreeze`` on a small ext4 image mounted for the test: root only, else skipped); a full disk.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import time
import uuid

import pytest
import requests
from serve_process import ServeProcess, eventually

MEETING = "wipo-conv-12"
#: The issue's bound for any answer while the database stalls.
WITHIN_S = 2.0
COMMAND = {"type": "channel.choose", "channel": "fr"}


def timed(method: str, url: str, **kwargs) -> tuple[requests.Response, float]:
    started = time.monotonic()
    answer = requests.request(method, url, timeout=30, **kwargs)
    return answer, time.monotonic() - started


class Client:
    """A signed-in participant of a real serve."""

    def __init__(self, url: str, code: str = "demo-chair") -> None:
        self.api = f"{url}/api/v1"
        answer = requests.post(f"{self.api}/session", json={"meeting": MEETING, "code": code}, timeout=10)
        answer.raise_for_status()
        self.auth = {"Authorization": f"Bearer {answer.json()['token']}"}

    def command(self, key: str, body: dict = COMMAND) -> tuple[requests.Response, float]:
        headers = {**self.auth, "Idempotency-Key": key}
        return timed("POST", f"{self.api}/meetings/{MEETING}/commands", json=body, headers=headers)

    def snapshot(self) -> tuple[requests.Response, float]:
        return timed("GET", f"{self.api}/meetings/{MEETING}", headers=self.auth)

    def ready(self) -> tuple[requests.Response, float]:
        return timed("GET", f"{self.api}/ready")


def unavailable(answer: requests.Response) -> bool:
    return (
        answer.status_code == 503
        and answer.json()["error"]["code"] == "storage_unavailable"
        and int(answer.headers["Retry-After"]) > 0
    )


def chosen(db_file) -> int:
    """How many channel choices the log holds."""
    with sqlite3.connect(db_file) as db:
        sql = "SELECT count(*) FROM events WHERE json_extract(envelope, '$.type') = 'channel.chosen'"
        return db.execute(sql).fetchone()[0]


@pytest.fixture
def serve_on(demo_db):
    """``serve_on(folder)``: a real serve on a copy of the demo database in *folder*."""
    started = []

    def start(folder):
        shutil.copy(demo_db, folder / "meeting.db")
        server = ServeProcess(f"sqlite:///{folder / 'meeting.db'}").wait_ready()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def test_a_write_lock_held_by_another_process_is_a_503_within_2_s_then_service_resumes(tmp_path, serve_on):
    server = serve_on(tmp_path)
    chair = Client(server.url)
    key, before = str(uuid.uuid4()), chosen(tmp_path / "meeting.db")
    blocker = sqlite3.connect(tmp_path / "meeting.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another writer (a console command) that does not let go
    try:
        refused, took = chair.command(key)
        assert unavailable(refused) and took < WITHIN_S, (refused.status_code, took)
        ready, took = chair.ready()
        assert ready.status_code == 503 and took < WITHIN_S, (ready.status_code, took)
        snapshot, took = chair.snapshot()  # reads need no write lock
        assert snapshot.status_code == 200 and took < WITHIN_S
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    accepted, _ = chair.command(key)  # the app's outbox sends it again, same key
    assert accepted.status_code == 200, accepted.text
    assert chair.ready()[0].status_code == 200
    assert chosen(tmp_path / "meeting.db") == before + 1


@pytest.fixture
def ext4(tmp_path):
    """A 64 MiB ext4 file system mounted for the test (frozen and thawed with fsfreeze)."""
    image, where = tmp_path / "disk.img", tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0 or not shutil.which("fsfreeze"):
        pytest.skip("needs root and fsfreeze to mount and freeze a file system")
    subprocess.run(["truncate", "-s", "64M", str(image)], check=True)
    made = subprocess.run(["mkfs.ext4", "-q", "-F", "-m", "0", str(image)], capture_output=True)
    if made.returncode or subprocess.run(["mount", "-o", "loop", str(image), str(where)]).returncode:
        pytest.skip("cannot make and mount an ext4 image here")
    yield where
    subprocess.run(["fsfreeze", "-u", str(where)], capture_output=True)  # never leave it frozen
    subprocess.run(["umount", "-l", str(where)], check=False)


@contextlib.contextmanager
def frozen(where):
    subprocess.run(["sync", "-f", str(where)], check=True)
    subprocess.run(["fsfreeze", "-f", str(where)], check=True)
    try:
        yield
    finally:
        subprocess.run(["fsfreeze", "-u", str(where)], check=True)


def test_a_frozen_file_system_gets_answers_within_2_s_and_nothing_acknowledged_is_lost(ext4, serve_on):
    server = serve_on(ext4)
    chair, kenya = Client(server.url), Client(server.url, "demo-kenya")
    before = chosen(ext4 / "meeting.db")
    accepted_before = chair.command(str(uuid.uuid4()))[0]
    assert accepted_before.status_code == 200
    keys = [str(uuid.uuid4()) for _ in range(3)]
    with frozen(ext4):
        for key in keys:  # the first one's commit sticks in the frozen disk; the others wait behind it
            refused, took = chair.command(key)
            assert unavailable(refused) and took < WITHIN_S, (refused.status_code, took)
        ready, took = chair.ready()
        assert unavailable(ready) and took < WITHIN_S, took
        sign_in, took = timed("POST", f"{chair.api}/session", json={"meeting": MEETING, "code": "demo-japan"})
        assert sign_in.status_code == 503 and took < WITHIN_S, (sign_in.status_code, took)
        sign_out, took = timed("DELETE", f"{kenya.api}/session", headers=kenya.auth)
        assert sign_out.status_code == 503 and took < WITHIN_S, (sign_out.status_code, took)
        snapshot, took = chair.snapshot()
        assert snapshot.status_code in (200, 503) and took < WITHIN_S
        health, took = timed("GET", f"{chair.api}/health")
        assert health.status_code == 200 and took < WITHIN_S
    eventually(lambda: chair.ready()[0].status_code == 200, within=15)  # by itself
    for key in keys:  # the outbox sends each again with its key: each recorded exactly once
        again, _ = chair.command(key)
        assert again.status_code == 200, again.text
    seq = chair.snapshot()[0].json()["seq"]
    server.stop()
    assert chosen(ext4 / "meeting.db") == before + 1 + len(keys)
    with sqlite3.connect(ext4 / "meeting.db") as db:
        assert db.execute("SELECT max(seq) FROM events").fetchone()[0] == seq


@pytest.fixture
def tmpfs(tmp_path):
    """A 16 MiB tmpfs of its own, to fill."""
    where = tmp_path / "disk"
    where.mkdir()
    mounted = os.geteuid() == 0 and not subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(where)], capture_output=True
    ).returncode
    if not mounted:
        pytest.skip("needs root to mount a small tmpfs as a disk to fill")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk):
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as out, contextlib.suppress(OSError):
        while True:
            out.write(b"\0" * 65536)
    return filler


def test_ready_is_503_while_the_disk_is_full_and_200_once_there_is_room(tmpfs, serve_on):
    server = serve_on(tmpfs)
    chair = Client(server.url)
    assert chair.ready()[0].status_code == 200
    filler = fill(tmpfs)
    ready, took = chair.ready()
    assert unavailable(ready) and took < WITHIN_S
    command, took = chair.command(str(uuid.uuid4()), {"type": "channel.choose", "channel": "ar"})
    assert command.status_code in (200, 503) and took < WITHIN_S  # a small commit may still fit
    filler.unlink()
    eventually(lambda: chair.ready()[0].status_code == 200, within=15)
