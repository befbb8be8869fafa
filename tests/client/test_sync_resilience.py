"""Wi-Fi drops, servers restart, laptops get killed: the client loses nothing and doubles nothing."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from live_server import Api, LiveServer
from sync_helpers import make_sync, plain, signed_in
from tcp_proxy import TcpProxy

from companion.client import Status

ITEM = "d1-floor-morning"


def test_commands_made_while_the_server_is_down_arrive_once_when_it_returns(server, tmp_path):
    root = tmp_path / "clients"
    brazil, brec = signed_in(server.url, root, "demo-brazil")
    chair, crec = signed_in(server.url, root, "demo-chair")
    try:
        server.stop()
        brec.wait(lambda: brec.status in (Status.RECONNECTING, Status.OFFLINE), what="reconnecting")
        brazil.send({"type": "floor.request", "item_id": ITEM, "language": "es", "text": "Gracias"})
        brazil.send({"type": "channel.choose", "channel": "es"})
        chair.send({"type": "agenda.set_status", "item_id": ITEM, "status": "live"})
        assert [p.status for p in brazil.pending()] == ["pending", "pending"]
        server.start()  # same port, same database
        for sync, rec in ((brazil, brec), (chair, crec)):
            rec.wait(lambda s=sync: not s.pending(), what="outbox delivered")
        snap = Api(server.url).sign_in("demo-chair").snapshot()
        for sync, rec in ((brazil, brec), (chair, crec)):
            rec.wait(lambda s=sync: s.state.seq == snap["seq"], what="caught up")
        assert [r["participant_id"] for r in snap["requests"]] == ["del-br"]  # once, not twice
        assert snap["channels"] == {"del-br": "es"}
        assert plain(brazil.state)["items"] == plain(chair.state)["items"]
        assert brazil.state.queues == chair.state.queues
        assert brazil.state.items[ITEM].status == "live"
    finally:
        brazil.stop()
        chair.stop()


CLIENT_SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, {tests!r})
    from sync_helpers import make_sync
    sync, rec = make_sync({url!r}, __import__("pathlib").Path({root!r}), "kenya")
    if sys.argv[1] == "sign-in":
        sync.sign_in("demo-kenya")
        sys.exit(0)
    sync.start()
    sync.send({{"type": "floor.request", "item_id": "d1-floor-morning", "language": "en"}})
    sync.send({{"type": "channel.choose", "channel": "ru"}})
    print("queued", flush=True)
    time.sleep(60)  # killed before it can deliver
    """
)


def test_a_killed_client_delivers_its_pending_commands_once_after_restart(server, tmp_path):
    root = tmp_path / "clients"
    script = CLIENT_SCRIPT.format(tests=str(Path(__file__).parents[1]), url=server.url, root=str(root))
    run = [sys.executable, "-c", script]
    assert subprocess.run([*run, "sign-in"], timeout=60).returncode == 0
    server.stop()  # the venue Wi-Fi is down
    proc = subprocess.Popen([*run, "send"], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "queued"
    proc.kill()  # the laptop dies with two commands pending
    proc.wait(timeout=10)
    server.start()
    kenya, rec = make_sync(server.url, root, "kenya")  # the app starts again, stored token
    kenya.start()
    try:
        rec.wait(
            lambda: not kenya.pending() and kenya.state and kenya.state.channels.get("del-ke") == "ru",
            what="delivered after restart",
        )
        snap = Api(server.url).sign_in("demo-chair").snapshot()
        assert [r["participant_id"] for r in snap["requests"]] == ["del-ke"]
        assert snap["channels"] == {"del-ke": "ru"}
    finally:
        kenya.stop()


def test_a_dropped_stream_resumes_with_nothing_missed_or_repeated(server, tmp_path):
    proxy = TcpProxy(server.port)
    kenya, rec = signed_in(proxy.url, tmp_path / "c", "demo-kenya")
    direct = Api(server.url).sign_in("demo-brazil")
    try:
        for n in range(5):
            proxy.cut_all()
            direct.ok(type="channel.choose", channel=["ar", "zh", "fr", "ru", "es"][n])
        direct.ok(type="floor.request", item_id=ITEM, language="en")
        final = direct.snapshot()["seq"]
        rec.wait(lambda: kenya.state.seq == final, what="caught up")
        seqs = [s.seq for s in rec.states]
        assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))  # every change once, in order
        assert list(kenya.state.channels.values()) == ["es"]  # Brazil's choice, under a pseudonym
        assert any(c.status == Status.RECONNECTING for c in rec.connections)
        assert rec.status == Status.LIVE
    finally:
        kenya.stop()
        proxy.close()


def test_a_stalled_stream_is_noticed_and_reconnected(db_path, tmp_path):
    server = LiveServer(db_path, keepalive=0.5).start()
    proxy = TcpProxy(server.port)
    kenya, rec = signed_in(proxy.url, tmp_path / "c", "demo-kenya", stall=1.5)
    try:
        frozen_at = len(rec.connections)
        proxy.freeze_all()  # the connection stays open but nothing arrives, not even keep-alives

        def stalled():  # the status as it was, not as it is: the reconnection takes ~0.05 s
            return [c for c in rec.connections[frozen_at:] if c.status == Status.RECONNECTING]

        rec.wait(stalled, what="stall noticed")
        assert "silent" in stalled()[0].reason
        Api(server.url).sign_in("demo-brazil").ok(type="channel.choose", channel="zh")
        rec.wait(lambda: "zh" in kenya.state.channels.values(), what="resumed after stall")
        assert rec.status == Status.LIVE
    finally:
        kenya.stop()
        proxy.close()
        server.stop()


def test_without_a_keyring_the_token_lives_in_memory_and_the_client_says_so(server, tmp_path):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    sync, rec = make_sync(server.url, tmp_path, "x")
    sync.sign_in("demo-brazil")
    sync.start()
    try:
        rec.wait(lambda: rec.status == Status.LIVE, what="live")
        assert not sync.tokens.persistent
        assert "sign in again next time" in sync.tokens.warning
    finally:
        sync.stop()
    again, _ = make_sync(server.url, tmp_path, "x")
    assert not again.has_session()  # nothing was written anywhere


def test_a_keyring_configuration_naming_a_missing_backend_counts_as_no_keyring(monkeypatch):
    """keyring imports the backend the user's configuration names: a module that is not there
    raised ModuleNotFoundError out of the app's first look at the keychain (a traceback)."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_module.Keyring")
    probe = "from companion.client.token_store import TokenStore; print(TokenStore('http://x', 'm').persistent)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "False"), done.stderr
    assert "Traceback" not in done.stderr and "no usable keychain: ModuleNotFoundError" in done.stderr


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [
        ("snapshot-not-json", "cannot read"),
        ("snapshot-wrong-shape", "cannot read"),
        ("stream-bad-frame", "cannot read"),
        ("stream-500", "had a problem"),
        ("tls", "secure connection"),
    ],
)
def test_a_misbehaving_server_is_reported_in_words(bad_server, tmp_path, behaviour, expected, test_keyring):
    url = bad_server(behaviour)
    if behaviour == "tls":
        url = url.replace("http://", "https://")
    sync, rec = make_sync(url, tmp_path, "x")
    sync.tokens.save("not-a-real-token")
    sync.start()
    try:
        rec.wait(lambda: any(expected in c.reason for c in rec.connections), what=f"reason {expected!r}")
        assert sync.state is None or sync.state.seq >= 0
    finally:
        sync.stop()


@pytest.fixture
def bad_server():
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    servers = []

    def start(behaviour):

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                if self.path.endswith("/events"):
                    if behaviour == "stream-500":
                        return self._send(500, b"oops", "text/plain")
                    body = (
                        b'event: hello\ndata: {"epoch": "e", "seq": 0}\n\nid: 1\nevent: x\ndata: {broken\n\n'
                    )
                    return self._send(200, body, "text/event-stream")
                if behaviour == "snapshot-not-json":
                    return self._send(200, b"<html>captive portal</html>", "text/html")
                if behaviour == "snapshot-wrong-shape":
                    return self._send(200, json.dumps({"seq": "many"}).encode(), "application/json")
                return self._send(200, json.dumps(EMPTY_SNAPSHOT).encode(), "application/json")

            def _send(self, status, body, kind):
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}"

    yield start
    for httpd in servers:
        httpd.shutdown()


EMPTY_SNAPSHOT = {
    "seq": 0,
    "meeting": None,
    "items": [],
    "participants": [],
    "requests": [],
    "queues": {},
    "manual_order": [],
    "floor": None,
    "channels": {},
    "shifts": [],
    "slow_downs": [],
    "epoch": "e",
    "you": "x",
}


def test_a_server_reset_makes_the_client_fetch_a_fresh_snapshot(server, db_path, demo_db, tmp_path):
    import shutil
    import sqlite3
    import time

    from companion.server.credentials import hash_token

    kenya, rec = signed_in(server.url, tmp_path / "c", "demo-kenya")
    try:
        for channel in ("ar", "zh", "fr"):
            kenya.send({"type": "channel.choose", "channel": channel})
        rec.wait(lambda: kenya.state.channels.get("del-ke") == "fr", what="applied")
        server.stop()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        shutil.copy(demo_db, db_path)  # a new database: the log starts again, with another epoch
        with sqlite3.connect(db_path) as db:  # …that still honours this sign-in
            db.execute(
                "INSERT INTO tokens VALUES (?, ?, ?, ?)",
                (hash_token(kenya.tokens.load()), "wipo-conv-12", "del-ke", time.time()),
            )
        server.start()
        Api(server.url).sign_in("demo-brazil").ok(type="channel.choose", channel="es")
        rec.wait(lambda: list(kenya.state.channels.values()) == ["es"], what="fresh snapshot after reset")
        assert kenya.state.seq == Api(server.url).sign_in("demo-chair").snapshot()["seq"]
    finally:
        kenya.stop()
