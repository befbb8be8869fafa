"""The client against the real server: same state everywhere, commands once, live."""

import pytest
from live_server import Api
from sync_helpers import make_sync, plain, signed_in

from companion.client import Status

ITEM = "d1-floor-morning"


@pytest.fixture
def clients(server, tmp_path):
    made = []

    def make(code, **kw):
        sync, rec = signed_in(server.url, tmp_path / "clients", code, **kw)
        made.append(sync)
        return sync, rec

    yield make
    for sync in made:
        sync.stop()


def test_sign_in_keeps_the_token_in_the_keyring_and_nowhere_on_disk(server, tmp_path, test_keyring):
    sync, rec = signed_in(server.url, tmp_path / "clients", "demo-brazil")
    try:
        token = sync.tokens.load()
        assert token and token in test_keyring.read_text()
        for path in (tmp_path / "clients").rglob("*"):
            if path.is_file():
                assert token.encode() not in path.read_bytes(), path
        assert sync.me.delegation == "Brazil"
        assert plain(sync.state) == plain_snapshot(server, "demo-brazil")
    finally:
        sync.stop()


def plain_snapshot(server, code):
    from companion.domain.snapshot import state_from_plain

    return plain(state_from_plain(Api(server.url).sign_in(code).snapshot()))


def test_two_clients_reach_the_same_state_after_any_commands(clients, server):
    chair, chair_rec = clients("demo-chair")
    kenya, kenya_rec = clients("demo-kenya")
    brazil, brazil_rec = clients("demo-brazil")
    brazil.send({"type": "floor.request", "item_id": ITEM, "language": "pt"})  # refused: unknown language
    brazil.send({"type": "floor.request", "item_id": ITEM, "language": "es", "kind": "question"})
    kenya.send({"type": "floor.request", "item_id": ITEM, "language": "en"})
    chair_rec.wait(lambda: len(chair.state.queues.get(ITEM, ())) == 2, what="both requests at the chair")
    chair.send({"type": "agenda.set_status", "item_id": ITEM, "status": "live"})
    chair.send({"type": "floor.call_next", "item_id": ITEM})
    chair.send({"type": "floor.start"})
    kenya.send({"type": "channel.choose", "channel": "fr"})
    for sync, rec in ((chair, chair_rec), (kenya, kenya_rec), (brazil, brazil_rec)):
        rec.wait(lambda s=sync: not s.pending() or all(p.failed for p in s.pending()), what="outbox drained")
    seq = Api(server.url).sign_in("demo-chair").snapshot()["seq"]  # answered; their events may still be on the way
    for sync, rec in ((chair, chair_rec), (kenya, kenya_rec), (brazil, brazil_rec)):
        rec.wait(lambda s=sync: s.state.seq == seq, what="same seq")
    assert plain(chair.state) == plain(kenya.state) == plain(brazil.state)
    first = min(chair.state.requests.values(), key=lambda r: r.order)
    assert chair.state.current_speaker().id == first.id
    failed = brazil.pending()
    assert (
        len(failed) == 1
        and failed[0].failed
        and "'pt' is not one of the meeting's languages" in failed[0].error
    )


def test_refused_command_is_reported_with_the_servers_reason(clients):
    brazil, rec = clients("demo-brazil")
    entry = brazil.send({"type": "floor.call_next", "item_id": ITEM})
    rec.wait(lambda: rec.answers, what="answer")
    answered, error = rec.answers[-1]
    assert answered.key == entry.key and error.status == 403 and "may not" in str(error)


def test_token_revoked_on_the_server_means_signed_out(clients, server):
    brazil, rec = clients("demo-brazil")
    token = brazil.tokens.load()
    Api(server.url).http.delete(f"{server.url}/api/v1/session", headers={"Authorization": f"Bearer {token}"})
    brazil.send({"type": "channel.choose", "channel": "ar"})
    rec.wait(lambda: rec.status == Status.SIGNED_OUT, what="signed out")
    assert brazil.tokens.load() is None
    assert not brazil.has_session()


def test_wrong_code_is_refused_in_words(server, tmp_path):
    from companion.client import Refused

    sync, _ = make_sync(server.url, tmp_path, "x")
    with pytest.raises(Refused, match="do not match"):
        sync.sign_in("not-a-code")


def test_cached_state_opens_instantly_and_offline(server, tmp_path):
    root = tmp_path / "clients"
    sync, rec = signed_in(server.url, root, "demo-kenya")
    sync.send({"type": "floor.request", "item_id": ITEM, "language": "en"})
    rec.wait(lambda: sync.state.queues.get(ITEM), what="request applied")
    expected = plain(sync.state)
    sync.stop()
    server.stop()
    again, rec2 = make_sync(server.url, root, "demo-kenya")
    again.start()  # stored token, no server
    try:
        assert plain(again.state) == expected  # before any network
        rec2.wait(lambda: rec2.status == Status.OFFLINE, what="offline")
        assert rec2.connections[-1].as_of is not None
        assert rec2.connections[-1].reason.startswith("Cannot reach the meeting server")
    finally:
        again.stop()
