"""A 200 means on disk; the CLI registers participants (even while the server runs)."""

import json
import os
import signal
import subprocess
import sys
import time

import requests
from live_server import Api, free_port


def start_server_process(db_path, port):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "companion.server",
            "serve",
            "--db",
            f"sqlite:///{db_path}",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).ok:
                return proc
        except requests.ConnectionError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(proc.stderr.read().decode())


def test_killing_the_server_right_after_a_200_loses_nothing(db_path):
    port = free_port()
    proc = start_server_process(db_path, port)
    try:
        brazil = Api(f"http://127.0.0.1:{port}").sign_in("demo-brazil")
        answer = brazil.ok(type="floor.request", item_id="d1-floor-morning", language="en", text="Full text")
        os.kill(proc.pid, signal.SIGKILL)  # no shutdown, no flush
        proc.wait(timeout=10)
        proc = start_server_process(db_path, port)
        chair = Api(f"http://127.0.0.1:{port}").sign_in("demo-chair")
        snap = chair.snapshot()
        assert snap["seq"] == answer["seq"]
        assert [r["text"] for r in snap["requests"]] == ["Full text"]
    finally:
        proc.kill()
        proc.wait(timeout=10)


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "companion.server", *args], capture_output=True, text=True, timeout=60
    )


def test_add_participant_prints_a_code_once_that_signs_in_on_a_running_server(db_path, server):
    done = run_cli(
        "add-participant",
        "--db",
        f"sqlite:///{db_path}",
        "--meeting",
        "wipo-conv-12",
        "--name",
        "Amina Diallo",
        "--role",
        "delegate",
        "--delegation",
        "Senegal",
        "--delegation-kind",
        "member_state",
        "--attendance",
        "remote",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert printed["code"] not in db_path.read_bytes().decode("latin-1")
    senegal = Api(server.url).sign_in(printed["code"].lower())  # codes are forgiving about case
    assert senegal.participant["id"] == printed["participant_id"]
    assert senegal.participant["delegation"] == "Senegal"
    # The running server took the CLI's event into its own log and goes on numbering after it.
    answer = senegal.ok(type="floor.request", item_id="d1-floor-morning", language="fr")
    assert answer["seq"] == senegal.snapshot()["seq"]


def test_cli_errors_are_messages_not_tracebacks(db_path):
    done = run_cli(
        "add-participant",
        "--db",
        f"sqlite:///{db_path}",
        "--meeting",
        "no-such",
        "--name",
        "X",
        "--role",
        "delegate",
    )
    assert done.returncode == 2 and "no meeting 'no-such'" in done.stderr and "Traceback" not in done.stderr
    done = run_cli(
        "add-participant",
        "--db",
        f"sqlite:///{db_path}",
        "--meeting",
        "wipo-conv-12",
        "--name",
        "X",
        "--role",
        "interpreter",
    )
    assert done.returncode == 2 and "--booth" in done.stderr
    done = run_cli("serve", "--db", "mysql://nope")
    assert done.returncode == 2 and "unsupported database URL" in done.stderr
