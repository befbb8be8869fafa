"""``python main.py --help``, ``--version`` and a bad option answer at once and start nothing: no
embedded server (no process, no files in the data dir), no Qt, no window."""

import subprocess
import sys
from pathlib import Path

import pytest

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def run(app_env, *args):
    return subprocess.run([sys.executable, "-X", "importtime", str(MAIN), *args], capture_output=True,
                          text=True, timeout=60, env=app_env)


@pytest.mark.parametrize(
    ("args", "status", "says"),
    [
        (["--help"], 0, "usage: meeting-companion"),
        (["--version"], 0, "meeting-companion 0.1.0"),
        (["--no-such-option"], 2, "meeting-companion: unrecognized arguments: --no-such-option"),
        (["--language", "xx"], 2, "meeting-companion: unknown --language 'xx' (use one of: ar, zh, en, fr, ru, es)"),
        (["--server", "meeting.example.org"], 2, "meeting-companion: not a server address"),
    ],
)
def test_help_version_and_a_bad_option_answer_without_starting_anything(app_env, tmp_path, args, status, says):
    done = run(app_env, *args)
    assert done.returncode == status, done.stderr
    answer = done.stdout if status == 0 else done.stderr
    assert says in answer
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "PySide6" not in imported and "companion.launcher.embedded" not in imported
    told = [line for line in done.stderr.splitlines() if not line.startswith("import time:")]
    assert not any("embedded server" in line for line in told)
    assert status == 0 or len(told) == 1  # one line, not argparse's usage block
    assert not (tmp_path / "data").exists()  # no embedded server's files, no database, no lock
