"""TLS end to end from the app's side: its client verifies the server against --ca-file, and
refuses a certificate it cannot verify (there is no "verify off")."""

import pytest
from live_server import Api
from sync_helpers import Recorder

from companion.client import MeetingSync, Status
from companion.client.errors import Problem, Unreachable


def test_the_app_client_signs_in_and_follows_the_stream_over_https(tls_server, ca_file, tmp_path):
    sync = MeetingSync(tls_server.url, "wipo-conv-12", data_root=tmp_path, ca_file=ca_file)
    rec = Recorder()
    sync.listeners.append(rec)
    sync.sign_in("demo-kenya")
    sync.start()
    try:
        rec.wait(lambda: rec.status == Status.LIVE, what="live over https")
        direct = Api(tls_server.url)
        direct.http.trust_env = False  # else requests prefers $REQUESTS_CA_BUNDLE to the session's CA
        direct.http.verify = ca_file
        direct.sign_in("demo-brazil").ok(type="floor.request", item_id="d1-floor-morning", language="es")
        rec.wait(lambda: sync.state.queue("d1-floor-morning"), what="the event over https")
    finally:
        sync.stop()


def test_the_client_takes_a_ca_file_and_refuses_an_unknown_certificate(tls_server, ca_file, tmp_path):
    trusting = MeetingSync(tls_server.url, "wipo-conv-12", data_root=tmp_path / "a", ca_file=ca_file)
    assert trusting.sign_in("demo-kenya").id == "del-ke"
    doubting = MeetingSync(tls_server.url, "wipo-conv-12", data_root=tmp_path / "b")
    with pytest.raises(Unreachable) as refused:
        doubting.sign_in("demo-kenya")
    assert refused.value.code == Problem.UNTRUSTED_CERTIFICATE


def test_the_client_accepts_only_http_and_https_addresses():
    from companion.client.http_api import MeetingApi

    for bad in ("ftp://example.org", "example.org:8765", "file:///etc/passwd"):
        with pytest.raises(ValueError):
            MeetingApi(bad, "m")


def test_the_app_takes_ca_file_and_refuses_a_non_http_server_address(ca_file):
    from companion.ui.app import parse_args

    assert parse_args(["--server", "https://meeting.example.org", "--ca-file", ca_file]).ca_file == ca_file
    with pytest.raises(SystemExit):
        parse_args(["--server", "meeting.example.org:8765"])


def test_the_secretariats_participants_upload_trusts_the_apps_ca_file(tls_server, ca_file, tmp_path):
    from companion.client.participant_upload import send_participants

    sync = MeetingSync(tls_server.url, "wipo-conv-12", data_root=tmp_path, ca_file=ca_file)
    sync.sign_in("demo-secretariat")
    sync.api.set_token(sync.tokens.load())
    report = send_participants(sync.api, b"name,role,delegation\nAmina Diallo,delegate,Senegal\n", dry_run=True)
    assert [p["name"] for p in report["added"]] == ["Amina Diallo"]  # over https with the private CA


def test_with_the_ca_file_the_app_starts_and_its_form_lists_the_meetings_of_a_private_ca_server(
    qtbot, tls_server, ca_file
):
    import argparse

    from companion.ui import launch_options
    from companion.ui.app import parse_args
    from companion.ui.sign_in import SignInWidget

    args = parse_args(["--server", tls_server.url, "--code", "demo-kenya", "--ca-file", ca_file])
    assert launch_options.problem_with(args) is None  # it said "cannot reach --server" before
    assert launch_options.problem_with(argparse.Namespace(**{**vars(args), "ca_file": None})).startswith(
        "cannot reach --server"
    )
    form = SignInWidget(tls_server.url, "wipo-conv-12", ca_file=ca_file)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: form.meeting.count() == 1, timeout=10_000)
    assert form.meeting_status.text() == "1 meeting(s) on this server"
