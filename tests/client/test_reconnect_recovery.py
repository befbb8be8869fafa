"""The server process dies and comes back, three times in a row: the app is back in step within 3 s."""

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import requests
from live_server import Api
from sync_helpers import Recorder

from companion.client import MeetingSync, Status
from companion.client.state_cache import StateCache
from companion.server.threaded import free_port

BACK_IN_STEP_SECONDS = 3.0


class ServerProcess:
    """``meeting-server serve`` as its own process, killed without warning and started again."""

    def __init__(self, db_path, port: int) -> None:
        self.db_path, self.port = db_path, port
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> float:
        """Start and wait until it answers; returns the moment it did (time.monotonic)."""
        command = [sys.executable, "-m", "companion.server", "serve", "--db", f"sqlite:///{self.db_path}",
                   "--port", str(self.port), "--quiet", "--keepalive", "1"]
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, "the server process exited"
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).ok:
                    return time.monotonic()
            except requests.RequestException:
                time.sleep(0.02)  # polling the port: there is nothing to wait on but the answer
        raise AssertionError("the server did not start")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)  # a crash: no goodbye to the streams
        self.proc.wait(timeout=10)


def test_after_three_crashes_in_a_row_the_app_is_back_in_step_within_3_s(db_path, tmp_path):
    server = ServerProcess(db_path, free_port())
    server.start()
    sync = MeetingSync(server.url, "wipo-conv-12", profile="chair", data_root=tmp_path / "c")  # real backoff
    recorder = Recorder()
    sync.listeners.append(recorder)
    sync.sign_in("demo-chair")  # the chair may see who listens to what (delegates see pseudonyms)
    sync.start()
    brazil_channels = ["ar", "zh", "fr"]
    try:
        recorder.wait(lambda: recorder.status == Status.LIVE, what="live")
        for channel in brazil_channels:
            server.kill()
            recorder.wait(lambda: recorder.status in (Status.RECONNECTING, Status.OFFLINE), what="noticed")
            time.sleep(1.5)  # the outage lasts a moment: the app's backoff grows meanwhile
            back_at = server.start()
            seq = Api(server.url).sign_in("demo-brazil").ok(type="channel.choose", channel=channel)["seq"]
            recorder.wait(lambda s=seq: sync.state.seq >= s and recorder.status == Status.LIVE, what="in step")
            elapsed = time.monotonic() - back_at
            assert elapsed < BACK_IN_STEP_SECONDS, f"back in step after {elapsed:.1f} s"
            assert sync.state.channels["del-br"] == channel
        assert sync.state.seq == Api(server.url).sign_in("demo-chair").snapshot()["seq"]
    finally:
        sync.stop()
        if server.proc and server.proc.poll() is None:
            server.proc.terminate()
            server.proc.wait(timeout=10)


def test_two_threads_saving_the_cache_at_once_never_fail_and_leave_a_whole_file(tmp_path, demo_db):
    from companion.server.registry import load_state
    from companion.server.store_factory import open_storage

    storage = open_storage(f"sqlite:///{demo_db}")
    state = load_state(storage, "wipo-conv-12")
    storage.close()
    cache = StateCache(tmp_path / "profile")
    errors = []

    def save_many(me):
        try:
            for _ in range(30):
                cache.save(state, "epoch", me, datetime.now(UTC))
        except Exception as exc:  # the bug this guards against: FileNotFoundError on a shared temp file
            errors.append(exc)

    threads = [threading.Thread(target=save_many, args=(me,)) for me in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    loaded = cache.load()
    assert loaded is not None and loaded.me in ("a", "b") and loaded.state.seq == state.seq
    assert [p.name for p in cache.path.parent.iterdir()] == ["state.json"]  # no temporary file left
    assert os.stat(cache.path).st_size > 1000
