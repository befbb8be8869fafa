"""Codes the secretariat's commands issue sign in on a server started with the same secret file, and a
reissued code ends whoever was signed in with the old one (a code is reissued because it leaked)."""

import json
import os
import stat
import subprocess
import sys

import pytest
from live_server import Api, LiveServer

HEADER = "name,role,delegation,delegation_kind,attendance,language,gender,groups,email\n"
PEOPLE = HEADER + "Amina Diallo,delegate,Senegal,member_state,remote,fr,female,,amina@example.org\n"


def cli(*args, env=None):
    done = subprocess.run([sys.executable, "-m", "companion.server", *args], capture_output=True, text=True,
                          timeout=120, env=env)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def read_to_end(stream) -> None:
    """Read until the server closes the stream; a ReadTimeout means it never did."""
    with pytest.raises(EOFError):
        while True:
            stream.next()


def test_codes_from_the_cli_sign_in_on_a_server_started_with_the_same_secret_file(tmp_path):
    secret = tmp_path / "server-secret"
    # Another user config dir: the default secret there would be a different one.
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "elsewhere")}
    env.pop("MEETING_SERVER_SECRET", None)
    db = f"sqlite:///{tmp_path / 'm.db'}"
    created = cli("create-meeting", "--db", db, "--id", "conv-13", "--title", "Thirteenth", "--time-zone",
                  "Europe/Zurich", "--start", "2026-04-14", "--secret-file", str(secret), env=env)
    assert created.returncode == 0, created.stderr
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600  # made at set-up, private
    people = tmp_path / "people.csv"
    people.write_text(PEOPLE + "Daniel Otieno,delegate,Kenya,member_state,onsite,en,male,,\n", encoding="utf-8")
    imported = cli("import-participants", "--db", db, "--meeting", "conv-13", str(people), "--json",
                   "--secret-file", str(secret), env=env)
    assert imported.returncode == 0, imported.stderr
    daniel = json.loads(imported.stdout)["codes"][1]["code"]
    # The environment variable names the file as well as the option does.
    reissued = cli("reissue-code", "--db", db, "--meeting", "conv-13", "--participant", "amina@example.org",
                   "--json", env={**env, "MEETING_SERVER_SECRET_FILE": str(secret)})
    assert reissued.returncode == 0, reissued.stderr
    server = LiveServer(tmp_path / "m.db", demo=False, secret_file=str(secret)).start()
    try:
        assert Api(server.url, "conv-13").sign_in(daniel).participant["name"] == "Daniel Otieno"
        amina = Api(server.url, "conv-13").sign_in(json.loads(reissued.stdout)["code"])
        assert amina.participant["name"] == "Amina Diallo"
    finally:
        server.stop()
    assert not (tmp_path / "elsewhere" / "meeting-companion" / "server-secret").exists()


def test_a_reissued_code_through_the_api_ends_the_old_sign_ins_and_streams_at_once(api, server):
    brazil = api("demo-brazil")
    stream = brazil.stream(timeout=10)
    assert stream.next()[0] == "hello"
    secretariat = api("demo-secretariat")
    url = f"{server.url}/api/v1/meetings/wipo-conv-12/participants/del-br/code"
    answer = secretariat.http.post(url, timeout=30)
    assert answer.status_code == 200, answer.text
    read_to_end(stream)
    assert brazil.command(type="channel.choose", channel="fr").status_code == 401
    assert Api(server.url).sign_in(answer.json()["code"]).participant["id"] == "del-br"


def test_a_code_reissued_from_the_cli_ends_the_sign_ins_on_the_running_server(api, db_path):
    brazil = api("demo-brazil")
    stream = brazil.stream(timeout=15)
    assert stream.next()[0] == "hello"
    done = cli("reissue-code", "--db", f"sqlite:///{db_path}", "--meeting", "wipo-conv-12",
               "--participant", "del-br")
    assert done.returncode == 0, done.stderr
    assert "sign-ins are ended" in done.stdout
    read_to_end(stream)  # the server checks open streams' tokens every few seconds
    assert brazil.command(type="channel.choose", channel="fr").status_code == 401
