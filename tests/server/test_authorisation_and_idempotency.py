"""Over HTTP: every command a role may not use is a 403 with its code that changes nothing; an
idempotency key belongs to the participant who sent it."""

from __future__ import annotations

import time
import uuid

from companion.domain.commands import command_types
from companion.domain.permissions import COMMAND_ROLES
from companion.domain.vocabulary import Role
from companion.server.session_commands import SESSION_COMMANDS

ITEM = "d1-floor-morning"
CODE_OF_ROLE = {
    Role.DELEGATE: "demo-brazil",
    Role.CHAIR: "demo-chair",
    Role.SECRETARIAT: "demo-secretariat",
    Role.INTERPRETER: "demo-booth-fr",
}


def test_every_forbidden_command_is_403_with_its_code_and_changes_nothing(api):
    callers = {role: api(code) for role, code in CODE_OF_ROLE.items()}
    chair = callers[Role.CHAIR]
    before = chair.snapshot()
    refused = 0
    for command_type in sorted(command_types() | SESSION_COMMANDS):  # every command the server takes
        for role in set(Role) - COMMAND_ROLES[command_type]:
            command = {"type": command_type, "item_id": ITEM, "language": "en", "channel": "fr"}
            r = callers[role].command(key=str(uuid.uuid4()), **command)
            while r.status_code == 429:  # refusals count against the role's rate too: wait as told
                time.sleep(float(r.headers["Retry-After"]))
                r = callers[role].command(key=str(uuid.uuid4()), **command)
            assert r.status_code == 403, (role, command_type, r.text)
            assert r.json()["error"]["code"] == "role_not_allowed", (role, command_type)
            refused += 1
    assert refused >= 30  # the table forbids most commands to most roles
    after = chair.snapshot()
    assert after["seq"] == before["seq"]
    assert after == before


def test_a_refused_withdrawal_changes_nothing(api):
    kenya, brazil = api("demo-kenya"), api("demo-brazil")
    rid = kenya.ok(type="floor.request", item_id=ITEM, language="en")["events"][0]["data"]["request"]["id"]
    before = kenya.snapshot()
    r = brazil.command(type="floor.withdraw", request_id=rid)
    assert r.status_code == 403 and r.json()["error"]["code"] == "not_your_request"
    assert kenya.snapshot() == before


def test_one_idempotency_key_used_by_two_participants_is_two_commands(api):
    kenya, brazil = api("demo-kenya"), api("demo-brazil")
    key = str(uuid.uuid4())
    first = kenya.command(key=key, type="channel.choose", channel="es")
    second = brazil.command(key=key, type="channel.choose", channel="es")
    assert first.status_code == second.status_code == 200, second.text
    assert second.json()["seq"] == first.json()["seq"] + 1  # recorded, not Kenya's answer replayed
    assert [e["actor"] for e in second.json()["events"]] == [brazil.participant["id"]]
    other = brazil.command(key=key, type="channel.choose", channel="ru")  # Brazil's own key reused
    assert other.status_code == 422 and other.json()["error"]["code"] == "idempotency_key_reused"
    assert other.json()["error"]["message"] == "This Idempotency-Key was already used for another command."
    again = kenya.command(key=key, type="channel.choose", channel="es")
    assert again.json() == first.json()  # Kenya's own answer, once more, nothing recorded twice
    assert kenya.snapshot()["seq"] == second.json()["seq"]


def test_another_participants_key_does_not_reveal_their_answer(api):
    kenya, brazil = api("demo-kenya"), api("demo-brazil")
    key = str(uuid.uuid4())
    mine = kenya.ok(key=key, type="floor.request", item_id=ITEM, language="en", text="confidential")
    theirs = brazil.command(key=key, type="floor.request", item_id=ITEM, language="en", text="confidential")
    assert theirs.status_code == 200, theirs.text
    assert theirs.json() != mine
    assert theirs.json()["events"][0]["actor"] == brazil.participant["id"]


def test_the_same_key_sent_at_once_many_times_is_decided_and_recorded_once(api):
    from concurrent.futures import ThreadPoolExecutor

    from live_server import Api

    kenya = api("demo-kenya")
    token = kenya.http.headers["Authorization"]
    before = kenya.snapshot()["seq"]
    key = str(uuid.uuid4())

    def send(_):
        again = Api(kenya.url)
        again.http.headers["Authorization"] = token
        return again.command(key=key, type="floor.request", item_id=ITEM, language="en")

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(send, range(8)))
    assert {a.status_code for a in answers} == {200}
    assert len({a.text for a in answers}) == 1  # one answer, given to every copy
    assert kenya.snapshot()["seq"] == before + 1


def test_signed_out_and_wrong_meeting_refusals_carry_code_and_words(api, server):
    import requests

    chair = api("demo-chair")
    r = requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12", headers={"Authorization": "Bearer nope"}, timeout=5)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated"
    assert r.json()["error"]["message"] == "Your session has ended; sign in again."
    assert r.headers["WWW-Authenticate"] == "Bearer"
    r = chair.http.get(f"{server.url}/api/v1/meetings/other", timeout=5)
    assert r.status_code == 403 and r.json()["error"]["code"] == "other_meeting"
    assert r.json()["error"]["message"] == "You are signed in to another meeting."
    r = requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12", headers={"Authorization": "Basic abc"}, timeout=5)
    assert r.status_code == 401 and r.json()["error"]["message"] == "Sign in first."
    assert r.json()["error"]["code"] == "unauthenticated" and r.headers["WWW-Authenticate"] == "Bearer"


def test_a_refused_command_sent_again_with_its_key_is_decided_again(api):
    # A refusal is not an answer kept under the key: once the chair has opened the list, the
    # delegate's retry (same key, same command) is decided on the meeting as it is now.
    kenya, chair = api("demo-kenya"), api("demo-chair")
    key = str(uuid.uuid4())
    ask = {"type": "floor.request", "item_id": "d1-quiz", "language": "en"}
    first = kenya.command(key=key, **ask)
    assert first.status_code == 422 and first.json()["error"]["code"] == "list_not_open"
    again = kenya.command(key=key, **ask)
    assert again.status_code == 422 and again.json()["error"]["code"] == "list_not_open"
    chair.ok(type="list.open", item_id="d1-quiz")
    accepted = kenya.command(key=key, **ask)
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["events"][0]["data"]["request"]["participant_id"] == kenya.participant["id"]
    assert kenya.command(key=key, **ask).json() == accepted.json()  # now kept: replayed, not asked twice


def test_a_refused_command_sent_at_once_many_times_is_refused_to_every_copy(api):
    from concurrent.futures import ThreadPoolExecutor

    from live_server import Api

    kenya = api("demo-kenya")
    token = kenya.http.headers["Authorization"]
    before = kenya.snapshot()
    key = str(uuid.uuid4())

    def send(_):
        again = Api(kenya.url)
        again.http.headers["Authorization"] = token
        return again.command(key=key, type="floor.request", item_id="d1-quiz", language="en")

    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(send, range(6)))
    assert {(a.status_code, a.json()["error"]["code"]) for a in answers} == {(422, "list_not_open")}
    assert kenya.snapshot() == before


def test_a_command_that_changes_nothing_is_answered_with_no_events_and_its_key_replays_to_every_copy(api):
    from concurrent.futures import ThreadPoolExecutor

    from live_server import Api

    secretariat = api("demo-secretariat")
    before = secretariat.snapshot()
    items = before["items"]
    key = str(uuid.uuid4())
    command = {"type": "agenda.import", "items": items, "fields": ["title"]}
    first = secretariat.command(key=key, **command)  # the agenda as it is: nothing to change
    assert first.status_code == 200, first.text
    assert first.json() == {"seq": before["seq"], "events": []}
    token = secretariat.http.headers["Authorization"]

    def send(_):
        again = Api(secretariat.url)
        again.http.headers["Authorization"] = token
        return again.command(key=key, **command)

    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(send, range(6)))
    assert [(a.status_code, a.json()) for a in answers] == [(200, first.json())] * 6
    assert secretariat.snapshot() == before
