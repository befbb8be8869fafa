"""README's "Run a real meeting", followed as written from an empty folder to a delegate asking
for the floor on a live item.

The commands are read from the README itself, not copied here, so the recipe cannot drift from
what is tested. Three things are put in place of what a test cannot do as such, and only these:
``pip install -e .`` is the test's own environment; ``meeting-server`` is this checkout's
``python -m companion.server`` (the entry point pip would make); ``serve`` gets a free port instead
of 8765 (several test runs share the machine). The app's part (the chair sets *General statements*
live and opens its list, a delegate asks for the floor) goes through the same HTTP calls the app
makes, with the codes from ``codes.csv``.
"""

import csv
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import requests
from live_server import Api, free_port

ROOT = Path(__file__).resolve().parents[2]


def recipe() -> list[str]:
    """The command lines of the README's "Run a real meeting" block, comments removed."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Run a real meeting", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    return [line.split("  #", 1)[0].strip() for line in block.splitlines() if line.strip()]


def environment(home: Path) -> dict[str, str]:
    """A machine of its own: its own config dir (where the commands find the server's secret, as
    the recipe's lines give none) and data dir."""
    outside = {k: v for k, v in os.environ.items() if not k.startswith("MEETING_SERVER_SECRET")}
    return {**outside, "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "PYTHONPATH": str(ROOT)}


def start_serving(line: str, folder: Path, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    """The recipe's ``serve`` line on a free port, once it answers. A port found free may be taken
    by another process before serve binds it (serve then exits 3): then on another one."""
    for _ in range(3):
        port = free_port()
        command = line.replace("meeting-server", f"{sys.executable} -m companion.server", 1)
        command = command.replace("--port 8765", f"--port {port}") + " --quiet"
        proc = subprocess.Popen(command.split(), cwd=folder, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        url = f"http://127.0.0.1:{port}"
        if wait_until_serving(proc, url):
            return proc, url
        proc.stderr.close()
    raise AssertionError("serve could not take a port three times")


def wait_until_serving(proc: subprocess.Popen, url: str) -> bool:
    """True once serve answers; False if it exited because its port was taken."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            assert proc.returncode == 3, proc.stderr.read().decode()
            return False
        try:
            if requests.get(f"{url}/api/v1/health", timeout=1).ok:
                return True
        except requests.ConnectionError:
            time.sleep(0.1)  # not listening yet: ask again in a moment
    proc.kill()
    raise AssertionError("serve did not answer in 2 minutes")


def test_the_readme_recipe_runs_from_an_empty_folder_to_a_request_for_the_floor(tmp_path):
    lines = recipe()
    assert lines[0] == "python -m pip install -e ."
    serve = [line for line in lines if line.startswith("meeting-server serve ")]
    assert len(serve) == 1 and lines[-1] == serve[0]
    empty = tmp_path / "secretariat"
    empty.mkdir()
    env = environment(tmp_path)
    script = "\n".join(
        ["set -e", f'meeting-server() {{ "{sys.executable}" -m companion.server "$@"; }}', *lines[1:-1], "pwd"]
    )
    done = subprocess.run(["bash", "-c", script], cwd=empty, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stdout + done.stderr
    folder = Path(done.stdout.strip().splitlines()[-1])  # where the recipe's `cd` left it
    assert folder.parent == empty and {p.name for p in folder.iterdir()} >= {
        "participants.csv", "schedule.xml", "meeting.db", "codes.csv"
    }
    assert "Created wipo-conv-13" in done.stdout and "Imported: 10 added" in done.stdout

    proc, url = start_serving(serve[0], folder, env)
    try:
        listed = requests.get(f"{url}/api/v1/meetings", timeout=10).json()
        assert [m["id"] for m in listed] == ["wipo-conv-13"] and "demo" not in listed[0]
        with (folder / "codes.csv").open(encoding="utf-8") as handle:
            codes = {row["email"]: row["code"] for row in csv.DictReader(handle)}
        chair = Api(url, "wipo-conv-13").sign_in(codes["chair@example.org"])
        items = chair.snapshot()["items"]
        items = items.values() if isinstance(items, dict) else items
        statements = next(item for item in items if item["title"] == "General statements")
        chair.ok(type="agenda.set_status", item_id=statements["id"], status="live")
        chair.ok(type="list.open", item_id=statements["id"])
        amina = Api(url, "wipo-conv-13").sign_in(codes["amina.diallo@example.org"])
        asked = amina.ok(type="floor.request", item_id=statements["id"], language="fr")
        request = asked["events"][0]["data"]["request"]
        assert (request["item_id"], request["participant_id"]) == (statements["id"], amina.participant["id"])
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        proc.stderr.close()
