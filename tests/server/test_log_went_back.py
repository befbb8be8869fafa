"""A log that went backwards (an older backup restored, the tail lost) is served under a new epoch."""

import logging
import shutil

import psycopg
import pytest
from live_server import Api

from companion.server.registry import add_participant, seed_demo
from companion.server.settings import Settings
from companion.server.stores import open_storage
from companion.server.threaded import ThreadedServer, free_port

FLOOR = {"type": "floor.request", "item_id": "d1-floor-morning", "language": "en"}


class Deployment:
    """A server on a SQLite file or PostgreSQL database that can be stopped, tampered with, restarted."""

    def __init__(self, kind, tmp_path, demo_db, pg_url):
        self.kind, self.tmp = kind, tmp_path
        if kind == "sqlite":
            self.path = tmp_path / "meeting.db"
            shutil.copy(demo_db, self.path)
            self.url = f"sqlite:///{self.path}"
        else:
            self.url = pg_url
            storage = open_storage(pg_url)
            seed_demo(storage)
            storage.close()
        settings = Settings(db_url=self.url, heads_file=str(tmp_path / "heads.json"))
        self.server = ThreadedServer(settings, free_port())

    def epoch(self) -> tuple[str, int]:
        snap = Api(self.server.url).sign_in("demo-chair").snapshot()
        return snap["epoch"], snap["seq"]

    def backup(self):
        if self.kind == "sqlite":
            shutil.copy(self.path, self.tmp / "backup.db")
            return None
        with psycopg.connect(self.url) as conn:
            return conn.execute("SELECT max(seq) FROM events").fetchone()[0]

    def restore(self, backup_seq):
        if self.kind == "sqlite":
            shutil.copy(self.tmp / "backup.db", self.path)
            for side in ("-wal", "-shm"):
                (self.tmp / f"meeting.db{side}").unlink(missing_ok=True)
            return
        with psycopg.connect(self.url) as conn:
            conn.execute("DELETE FROM events WHERE seq > %s", (backup_seq,))

    def register(self, name):
        """The console appends while the server is down."""
        storage = open_storage(self.url)
        try:
            add_participant(storage, "wipo-conv-12", {"name": name, "role": "delegate"})
        finally:
            storage.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def deployment(request, tmp_path, demo_db):
    pg_url = request.getfixturevalue("fresh_pg_url") if request.param == "postgresql" else None
    made = Deployment(request.param, tmp_path, demo_db, pg_url)
    made.server.start()
    yield made
    made.server.stop()


def test_a_restart_and_writes_made_meanwhile_keep_the_epoch(deployment):
    before, _ = deployment.epoch()
    deployment.server.stop()
    deployment.register("New Delegate")
    deployment.server.start()
    assert deployment.epoch()[0] == before


def test_a_restored_older_backup_gets_a_new_epoch_and_one_log_line(deployment, caplog):
    backup = deployment.backup()
    Api(deployment.server.url).sign_in("demo-brazil").ok(**FLOOR, text="Only in the newer log")
    old_epoch, newer_seq = deployment.epoch()
    deployment.server.stop()
    deployment.restore(backup)
    with caplog.at_level(logging.WARNING, logger="companion.server.log_heads"):
        deployment.server.start()
        new_epoch, seq = deployment.epoch()
    assert seq < newer_seq and new_epoch != old_epoch
    lines = [r.getMessage() for r in caplog.records if r.name == "companion.server.log_heads"]
    assert len(lines) == 1 and "went back" in lines[0] and new_epoch in lines[0]
    deployment.server.stop()
    deployment.server.start()
    assert deployment.epoch()[0] == new_epoch  # and it stays the new one


def test_a_log_whose_last_event_was_replaced_is_noticed_at_the_same_length(deployment):
    backup = deployment.backup()
    Api(deployment.server.url).sign_in("demo-brazil").ok(**FLOOR, text="First version")
    old_epoch, seq = deployment.epoch()
    deployment.server.stop()
    deployment.restore(backup)
    deployment.register("Someone Else")  # another event takes the same number
    deployment.server.start()
    new_epoch, new_seq = deployment.epoch()
    assert new_seq == seq and new_epoch != old_epoch
