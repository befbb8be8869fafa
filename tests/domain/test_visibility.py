"""Least privilege, as each viewer receives the meeting: statement texts, gender, e-mail and listening
channels reach only those the rules name, in snapshots and on streams alike."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import replace

from meeting_factory import Meeting

from companion.domain.visibility import pseudonym, visible_envelope, visible_state

KEY = b"meeting-secret"
ITEM = "d1-floor-morning"


def _meeting():
    """Kenya listens to French and has sent a statement text; Brazil has an e-mail on file."""
    m = Meeting()
    brazil = replace(m.state.participants["del-br"], email="br@example.org")
    m.state = replace(m.state, participants={**m.state.participants, "del-br": brazil})
    m.run("del-ke", type="channel.choose", channel="fr")
    m.run("del-br", type="channel.choose", channel="es")
    m.request("del-ke", text="Our statement")
    return m


def _viewer(m, pid):
    return m.state.participants[pid]


def test_a_pseudonym_is_the_keyed_hash_of_the_id_stable_and_unlinkable_without_the_key():
    name = pseudonym("del-ke", KEY)
    assert re.fullmatch(r"anon-[0-9a-f]{16}", name)
    assert name == "anon-" + hmac.new(KEY, b"del-ke", hashlib.sha256).hexdigest()[:16]
    assert name == pseudonym("del-ke", KEY) != pseudonym("del-br", KEY)
    assert name != pseudonym("del-ke", b"another-meeting")


def test_a_delegate_sees_others_without_gender_email_channel_or_statement_text():
    m = _meeting()
    seen = visible_state(m.state, _viewer(m, "del-jp"), KEY)
    assert (seen.participants["del-ke"].gender, seen.participants["del-br"].email) == (None, "")
    assert seen.participants["del-ke"].name == m.state.participants["del-ke"].name  # the rest stays
    assert seen.participants["del-jp"] == m.state.participants["del-jp"]  # their own, whole
    assert seen.channels == {pseudonym("del-ke", KEY): "fr", pseudonym("del-br", KEY): "es"}
    (request,) = seen.requests.values()
    assert (request.text, request.has_text) == (None, True)
    assert seen.items == m.state.items and seen.queues == m.state.queues


def test_a_delegate_sees_their_own_data_and_text_and_the_chair_sees_everyones():
    m = _meeting()
    own = visible_state(m.state, _viewer(m, "del-ke"), KEY)
    assert own.participants["del-ke"] == m.state.participants["del-ke"]
    assert own.channels == {"del-ke": "fr", pseudonym("del-br", KEY): "es"}
    assert [r.text for r in own.requests.values()] == ["Our statement"]
    for manager in ("chair", "secretariat"):
        assert visible_state(m.state, _viewer(m, manager), KEY) == m.state
    interpreter = visible_state(m.state, _viewer(m, "int-fr"), KEY)
    assert [r.text for r in interpreter.requests.values()] == ["Our statement"]  # they interpret it
    assert interpreter.participants["del-ke"].gender is None  # but not his gender
    assert visible_state(m.state, _viewer(m, "del-jp")).channels == {
        pseudonym("del-ke", b""): "fr",
        pseudonym("del-br", b""): "es",
    }  # no key given: the empty one


def _event(m, kind):
    return next(e.envelope() for e in reversed(m.events) if e.type == kind)


def test_a_participant_event_reaches_others_without_gender_or_email():
    m = _meeting()
    added = next(
        e.envelope()
        for e in m.events
        if e.type == "participant.added" and e.data["participant"]["id"] == "del-ke"
    )
    seen = visible_envelope(added, _viewer(m, "del-jp"), KEY)
    assert seen["data"]["participant"] == {**added["data"]["participant"], "gender": None, "email": ""}
    assert {k: v for k, v in seen.items() if k != "data"} == {k: v for k, v in added.items() if k != "data"}
    assert visible_envelope(added, _viewer(m, "del-ke"), KEY) == added
    assert visible_envelope(added, _viewer(m, "chair"), KEY) == added
    updated = {**added, "type": "participant.updated"}
    assert visible_envelope(updated, _viewer(m, "del-jp"), KEY)["data"]["participant"]["gender"] is None


def test_only_gender_or_email_make_a_participant_event_private():
    m = _meeting()
    base = next(e.envelope() for e in m.events if e.type == "participant.added")
    viewer = _viewer(m, "del-jp")
    for person, private in (
        ({"gender": None, "email": ""}, False),
        ({"gender": "female", "email": ""}, True),
        ({"gender": None, "email": "a@example.org"}, True),
    ):
        envelope = {**base, "data": {"participant": {**base["data"]["participant"], **person}}}
        seen = visible_envelope(envelope, viewer, KEY)
        assert (seen != envelope) is private
        assert (seen["data"]["participant"]["gender"], seen["data"]["participant"]["email"]) == (None, "")


def test_a_channel_choice_reaches_others_under_a_pseudonym_and_without_its_actor():
    m = _meeting()
    chosen = _event(m, "channel.chosen")  # Brazil's
    seen = visible_envelope(chosen, _viewer(m, "del-jp"), KEY)
    assert seen == {
        **chosen,
        "actor": None,
        "data": {"participant_id": pseudonym("del-br", KEY), "channel": "es"},
    }
    assert visible_envelope(chosen, _viewer(m, "del-br"), KEY) == chosen
    no_key = visible_envelope(chosen, _viewer(m, "del-jp"))
    assert no_key["data"]["participant_id"] == pseudonym("del-br", b"")  # no key given: the empty one
    assert visible_envelope(chosen, _viewer(m, "chair"), KEY) == chosen


def test_a_statement_text_reaches_only_its_author_the_interpreters_and_the_chair():
    m = _meeting()
    requested = _event(m, "floor.requested")
    seen = visible_envelope(requested, _viewer(m, "del-jp"), KEY)
    assert seen["data"]["request"] == {**requested["data"]["request"], "text": None}
    assert seen["data"]["request"]["has_text"] is True
    for viewer in ("del-ke", "int-fr", "chair"):
        assert visible_envelope(requested, _viewer(m, viewer), KEY) == requested
    m.request("del-br")  # no text: nothing to hide
    plain = _event(m, "floor.requested")
    assert visible_envelope(plain, _viewer(m, "del-jp"), KEY) == plain


def test_events_with_nothing_private_reach_everyone_as_they_are():
    m = _meeting()
    m.run("chair", type="floor.call_next", item_id=ITEM)
    called = _event(m, "floor.called")
    assert visible_envelope(called, _viewer(m, "del-jp"), KEY) == called
