"""PostgreSQL stopped and started again under two ``serve`` replicas (issue 28 point 3).

A throwaway cluster of its own (``initdb`` in a temporary folder, on a free loopback port), so it
can be stopped without touching the shared server. While it is down every route that needs it
answers 503 ``storage_unavailable`` within 2 s on both replicas, ``/ready`` says 503, ``/health``
200; once it is back both replicas serve again by themselves, and every command acknowledged,
before or after, is in the log exactly once with no gap.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg
import pytest
from live_server import free_port
from serve_process import ServeProcess, eventually
from test_storage_stalls import WITHIN_S, Client, timed, unavailable

from companion.server.registry import seed_demo
from companion.server.stores import open_storage

MEETING = "wipo-conv-12"


class Cluster:
    """A PostgreSQL cluster in *folder*, run as the ``postgres`` user on a free loopback port."""

    def __init__(self) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
        if os.geteuid() != 0 or not found or not shutil.which("runuser"):
            pytest.skip("needs root, runuser and PostgreSQL's pg_ctl to run a throwaway cluster")
        self.bin = os.path.dirname(found[-1])
        # Not under pytest's tmp_path: only root may enter that, and the cluster runs as postgres.
        self.folder = Path(tempfile.mkdtemp(prefix="mc-pg-stall-"))
        self.folder.chmod(0o755)
        self.data, self.port = self.folder / "pgdata", free_port()
        self.data.mkdir()
        shutil.chown(self.data, "postgres", "postgres")
        self._as_postgres("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _as_postgres(self, tool: str, *args: str) -> None:
        command = ["runuser", "-u", "postgres", "--", f"{self.bin}/{tool}", *args]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1"
        self._as_postgres("pg_ctl", "-D", str(self.data), "-o", options, "-w", "-l", f"{self.data}/log", "start")

    def stop(self) -> None:
        self._as_postgres("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")


@pytest.fixture
def cluster():
    cluster = Cluster()
    cluster.start()
    yield cluster
    subprocess.run(
        ["runuser", "-u", "postgres", "--", f"{cluster.bin}/pg_ctl", "-D", str(cluster.data), "-m",
         "immediate", "stop"],
        capture_output=True,
    )
    shutil.rmtree(cluster.folder, ignore_errors=True)


def send_until_acknowledged(client: Client, key: str, body: dict) -> dict:
    """What the app's outbox does: the same command, the same key, until it is answered 200."""
    def attempt():
        answer, _ = client.command(key, body)
        return answer.json() if answer.status_code == 200 else None

    return eventually(attempt, within=30)


def test_postgresql_stopped_under_two_replicas_answers_503_fast_and_loses_nothing(cluster):
    storage = open_storage(cluster.url)
    seed_demo(storage)
    storage.close()
    replicas = [ServeProcess(cluster.url, "--no-rate-limit").wait_ready() for _ in range(2)]
    try:
        a, b = Client(replicas[0].url), Client(replicas[1].url, "demo-kenya")
        sent = {}  # key -> (client, command)
        for n, client in enumerate([a, b, a, b]):
            key = str(uuid.uuid4())
            sent[key] = (client, {"type": "channel.choose", "channel": ["en", "fr", "ar", "zh"][n]})
            assert client.command(key, sent[key][1])[0].status_code == 200
        cluster.stop()
        for client in (a, b):
            key = str(uuid.uuid4())
            sent[key] = (client, {"type": "channel.choose", "channel": "ru"})
            for answer, took in (client.command(key, sent[key][1]), client.ready()):
                assert unavailable(answer) and took < WITHIN_S, (answer.status_code, took)
            sign_in, took = timed("POST", f"{client.api}/session", json={"meeting": MEETING, "code": "demo-japan"})
            assert sign_in.status_code == 503 and took < WITHIN_S, (sign_in.status_code, took)
            snapshot, took = client.snapshot()
            assert snapshot.status_code in (200, 503) and took < WITHIN_S, (snapshot.status_code, took)
            health, took = timed("GET", f"{client.api}/health")
            assert health.status_code == 200 and took < WITHIN_S
        cluster.start()
        for client in (a, b):  # by itself: nobody restarts the replicas
            eventually(lambda c=client: c.ready()[0].status_code == 200, within=30)
        answers = {key: send_until_acknowledged(client, key, body) for key, (client, body) in sent.items()}
        seqs = [e["seq"] for answer in answers.values() for e in answer["events"]]
        assert len(set(seqs)) == len(sent)  # each acknowledged once, under its own seq
        with psycopg.connect(cluster.url) as conn:
            logged = [json.loads(r[0]) for r in conn.execute(
                "SELECT envelope FROM events WHERE meeting_id = %s ORDER BY seq", (MEETING,)
            )]
        assert [e["seq"] for e in logged] == list(range(1, len(logged) + 1))  # no gap
        chosen = [e["seq"] for e in logged if e["type"] == "channel.chosen"]
        assert sorted(seqs) == chosen[-len(sent):] and len(chosen) >= len(sent)
        last = logged[-1]["seq"]
        for client in (a, b):  # both replicas reach the same end of the log
            eventually(lambda c=client: c.snapshot()[0].json().get("seq") == last, within=10)
    finally:
        for replica in replicas:
            replica.stop()
