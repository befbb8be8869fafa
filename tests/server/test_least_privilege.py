"""Least privilege: a delegate sees others' name, delegation and role, not their gender or what they
listen to; chair and secretariat see all. The pepper of codes lives outside the database."""

import json
import os
import sqlite3

import pytest

from companion.server.server_secret import LEGACY_NAME, server_secret
from companion.server.storage import StorageError
from companion.server.stores import open_storage


def test_a_delegates_snapshot_hides_others_gender_and_channel(api):
    brazil, kenya, chair = api("demo-brazil"), api("demo-kenya"), api("demo-chair")
    brazil.ok(type="channel.choose", channel="es")
    kenya.ok(type="channel.choose", channel="fr")
    seen = kenya.snapshot()
    people = {p["id"]: p for p in seen["participants"]}
    assert people["del-br"]["gender"] is None and people["del-br"]["name"] == "Ana Souza"
    assert people["del-br"]["delegation"] == "Brazil" and people["del-br"]["role"] == "delegate"
    assert people["del-ke"]["gender"] == "male"  # one's own
    assert "del-br" not in seen["channels"] and seen["channels"]["del-ke"] == "fr"
    assert sorted(seen["channels"].values()) == ["es", "fr"]  # the counts per channel stay
    assert "female" not in json.dumps(seen)
    everything = chair.snapshot()
    assert {p["id"]: p["gender"] for p in everything["participants"]}["del-br"] == "female"
    assert everything["channels"] == {"del-br": "es", "del-ke": "fr"}


def test_an_interpreter_sees_no_gender_either(api):
    seen = api("demo-booth-fr").snapshot()
    assert {p["gender"] for p in seen["participants"] if p["id"] != "int-fr"} == {None}


def test_a_delegates_stream_hides_others_gender_and_channel(api):
    brazil, kenya, chair = api("demo-brazil"), api("demo-kenya"), api("demo-chair")
    start = kenya.snapshot()["seq"]
    chosen = brazil.ok(type="channel.choose", channel="es")["events"][0]
    assert chosen["data"]["participant_id"] == "del-br"  # the chooser's own answer is whole
    backlog = kenya.stream(after=0).events(start + 1)
    added = [e["data"]["participant"] for e in backlog if e["type"] == "participant.added"]
    assert {p["id"]: p["gender"] for p in added}["del-br"] is None
    assert {p["id"]: p["gender"] for p in added}["del-ke"] == "male"
    hidden = backlog[-1]
    assert hidden["type"] == "channel.chosen" and hidden["actor"] is None
    assert hidden["data"]["participant_id"] != "del-br" and hidden["data"]["channel"] == "es"
    assert hidden["data"]["participant_id"] in kenya.snapshot()["channels"]  # the same pseudonym
    assert chair.stream(after=start).events(1)[0]["data"]["participant_id"] == "del-br"
    assert brazil.stream(after=start).events(1)[0]["data"]["participant_id"] == "del-br"


def test_the_pepper_is_not_in_the_database_and_the_secret_file_is_private(server, db_path):
    rows = dict(sqlite3.connect(db_path).execute("SELECT name, value FROM secrets").fetchall())
    from companion.server.server_secret import FINGERPRINT_NAME, secret_file

    # Only the secret's keyed fingerprint (issue 28), and the readiness probe's row, never the pepper.
    assert set(rows) <= {FINGERPRINT_NAME, "ready-probe"}
    pepper = secret_file().read_bytes().strip()
    assert all(pepper not in bytes(value) for value in rows.values())
    assert oct(secret_file().stat().st_mode & 0o777) == "0o600"


def test_a_pepper_left_in_an_old_database_moves_to_the_secret_file(tmp_path):
    storage = open_storage(f"sqlite:///{tmp_path / 'old.db'}")
    storage.secret(LEGACY_NAME, b"an-old-pepper-of-sufficient-length")
    path = tmp_path / "config" / "secret"
    assert server_secret(storage, str(path)) == b"an-old-pepper-of-sufficient-length"
    assert path.read_bytes() == b"an-old-pepper-of-sufficient-length"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert storage.stored_secret(LEGACY_NAME) is None
    storage.close()


def test_a_secret_file_readable_by_others_is_refused(tmp_path):
    path = tmp_path / "secret"
    path.write_bytes(b"x" * 64)
    os.chmod(path, 0o644)
    storage = open_storage(f"sqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(StorageError, match="chmod 600"):
        server_secret(storage, str(path))
    storage.close()


def test_the_secret_may_come_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MEETING_SERVER_SECRET", "from-the-environment-0123456789")
    storage = open_storage(f"sqlite:///{tmp_path / 'x.db'}")
    assert server_secret(storage, str(tmp_path / "unused")) == b"from-the-environment-0123456789"
    assert not (tmp_path / "unused").exists()
    storage.close()


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("demo-chair", 200),
        ("demo-secretariat", 200),
        ("demo-kenya", 403),  # a member state's delegate
        ("demo-eu", 403),  # an observer
        ("demo-ifla", 403),  # an NGO
        ("demo-booth-fr", 403),  # an interpreter: not a manager either
        ("demo-booth-ar", 403),
    ],
)
def test_the_meeting_record_is_the_chairs_and_secretariats_alone(api, fmt, code, status):
    """Every role but chair and secretariat is refused both formats of the record, with the reason."""
    viewer = api(code)
    answer = viewer.http.get(f"{viewer.url}/api/v1/meetings/wipo-conv-12/record.{fmt}", timeout=10)
    assert answer.status_code == status
    if status == 403:
        assert answer.json()["error"]["code"] == "role_not_allowed"
        assert "del-" not in answer.text and "Kenya" not in answer.text  # no part of the record leaks
