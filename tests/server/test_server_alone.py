"""The server installs and runs without the desktop app, and starts without what it does not need.

The base distribution (``pip install .``) is the server; the desktop app's packages are the ``app``
extra (issue 13, point 7). A start serves health and a snapshot without loading the schedule
parsers, PostgreSQL's driver or the OpenAPI models (point 4: the empty start is mostly imports).
"""

import ast
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from importlib import metadata
from pathlib import Path

import pytest
from live_server import free_port
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "server_alone_probe.py"
#: The desktop app's distributions: none may be a base dependency.
DESKTOP = {"pyside6-essentials", "pyside6", "shiboken6", "requests", "sseclient-py", "keyring"}
#: The layers a server install runs.
SERVER_LAYERS = ("server", "domain", "interchange")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def closure(requirements: list[str]) -> set[str]:
    """The installed distributions these requirements pull in, their own dependencies included."""
    found: set[str] = set()
    todo = [Requirement(text) for text in requirements]
    while todo:
        req = todo.pop()
        name = canonical(req.name)
        if name in found or name == "meeting-companion":
            continue
        found.add(name)
        extras = req.extras or {""}
        for text in metadata.distribution(req.name).requires or []:
            sub = Requirement(text)
            if sub.marker is None or any(sub.marker.evaluate({"extra": e}) for e in extras):
                todo.append(sub)
    return found


def third_party_imports(layer: str) -> dict[str, str]:
    """Top-level names a layer imports (anywhere in a module) that are neither stdlib nor ours."""
    found = {}
    for path in (ROOT / "companion" / layer).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops = [alias.name.partition(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                tops = [(node.module or "").partition(".")[0]]
            else:
                continue
            for top in tops:
                if top not in sys.stdlib_module_names and top not in ("companion", "__future__"):
                    found[top] = str(path.relative_to(ROOT))
    return found


def test_the_base_install_carries_no_desktop_package():
    spec = project()
    base = {canonical(Requirement(text).name) for text in spec["dependencies"]}
    assert base & DESKTOP == set()
    assert "pyside6" not in " ".join(spec["dependencies"]).lower()
    extras = spec["optional-dependencies"]
    app = {canonical(Requirement(text).name) for text in extras["app"]}
    assert {"pyside6-essentials", "requests", "sseclient-py", "keyring"} <= app
    assert "meeting-companion[app,test-server]" in extras["test"]  # the whole suite needs everything
    server_tests = {canonical(Requirement(text).name) for text in extras["test-server"]}
    assert server_tests & DESKTOP == {"requests"}  # the tests' HTTP client, not the app's Qt or keychain
    assert "meeting-companion[postgresql]" in extras["test-server"]
    assert "meeting-companion[app]" in extras["bundle"]


def test_the_server_layers_import_only_what_the_base_install_brings():
    """Every library the server, domain and interchange import comes with ``pip install .``
    (or, for psycopg, with the ``postgresql`` extra a postgresql:// --db needs)."""
    spec = project()
    allowed = closure(spec["dependencies"]) | closure(spec["optional-dependencies"]["postgresql"])
    assert DESKTOP & allowed == set()
    providers = metadata.packages_distributions()
    missing = {}
    for layer in SERVER_LAYERS:
        for top, where in third_party_imports(layer).items():
            if not {canonical(d) for d in providers.get(top, [])} & allowed:
                missing[top] = where
    assert missing == {}
    assert "fastapi" in third_party_imports("server")  # the check sees the server's imports


def test_the_server_serves_without_the_desktop_packages_and_starts_light(db_path):
    """``serve`` in a process that cannot import Qt, keyring, requests or sseclient answers health
    and a snapshot, and has not loaded the schedule parsers, psycopg or the OpenAPI models."""
    port = str(free_port())
    done = subprocess.run(
        [sys.executable, str(PROBE), f"sqlite:///{db_path}", port],
        cwd=ROOT, capture_output=True, text=True, timeout=90,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report.get("error") is None
    assert report["health"] == {"status": "ok"}
    assert report["snapshot_meeting"] == "wipo-conv-12"
    assert report["qt_refused"] is True  # the hook works: Qt really was out of reach
    assert report["blocked_attempts"] == []
    assert report["heavy_loaded"] == []


def pypi_reachable() -> bool:
    try:
        socket.create_connection(("pypi.org", 443), timeout=3).close()
    except OSError:
        return False
    return True


@pytest.mark.slow
@pytest.mark.skipif(not pypi_reachable(), reason="PyPI unreachable: the fresh-venv install is not tested")
def test_a_fresh_venv_installs_the_server_alone_and_it_serves(tmp_path):
    """``pip install .`` into a venv that sees no system packages (15–30 s here): no desktop
    package arrives, and the installed ``meeting-server`` creates a meeting and serves it."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python, server = venv / "bin" / "python", venv / "bin" / "meeting-server"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}  # nothing of ours leaks in
    env["MEETING_SERVER_SECRET"] = "a secret of twenty characters"
    source = tmp_path / "source"  # a copy: pip builds in the tree, and leaves build/ behind
    for part in ("companion",):
        shutil.copytree(ROOT / part, source / part, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    installed = subprocess.run([str(python), "-m", "pip", "install", "-q", str(source)],
                               capture_output=True, text=True, timeout=600, env=env)
    assert installed.returncode == 0, installed.stderr[-2000:]
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=json"],
                            capture_output=True, text=True, timeout=120, env=env, check=True)
    present = {canonical(row["name"]) for row in json.loads(listed.stdout)}
    assert "meeting-companion" in present and "fastapi" in present
    assert present & DESKTOP == set()
    db = f"sqlite:///{tmp_path / 'meeting.db'}"
    created = subprocess.run(
        [str(server), "create-meeting", "--db", db, "--id", "m1", "--title", "Alone",
         "--time-zone", "Europe/Zurich", "--start", "2026-04-14"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )
    assert created.returncode == 0, created.stderr
    assert [m["id"] for m in serve_and_list(server, env, tmp_path, "--db", db)] == ["m1"]
    # The bundled meeting is package data: --demo serves it from the installed package alone (it
    # sat beside the package, in the checkout's resources/, and a plain install could not find it).
    demo = serve_and_list(server, env, tmp_path, "--demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}")
    assert "wipo-conv-12" in [m["id"] for m in demo]


def serve_and_list(server, env: dict, cwd, *options: str) -> list:
    """Start the installed ``meeting-server serve`` with *options*, read its list of meetings, stop it."""
    port = free_port()
    serving = subprocess.Popen([str(server), "serve", *options, "--port", str(port), "--quiet"],
                               env=env, cwd=cwd, stderr=subprocess.PIPE, text=True)
    try:
        return wait_for_meetings(f"http://127.0.0.1:{port}", serving)
    finally:
        serving.terminate()
        serving.wait(timeout=30)
        serving.stderr.close()

def wait_for_meetings(base: str, process: subprocess.Popen) -> list:
    """Health 200, then the public list of meetings; fails if the process exits first."""
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, process.stderr.read()
        try:
            with urllib.request.urlopen(f"{base}/api/v1/health", timeout=2) as answer:
                assert answer.status == 200
            with urllib.request.urlopen(f"{base}/api/v1/meetings", timeout=5) as answer:
                return json.loads(answer.read())
        except OSError:
            assert time.monotonic() < deadline, "serve did not answer"
            time.sleep(0.1)  # not listening yet: the start is what is being waited for
