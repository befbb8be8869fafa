"""A statement replaced in place (``floor.revise``): the text and the language change, the place
does not; one command, one event; only the request's owner (or the chair) may do it; the text is
private on the stream like a request's."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import Forbidden, Invalid, replay
from companion.domain.command_builders import floor_revise
from companion.domain.visibility import visible_envelope

DELEGATES = ("del-ke", "del-br", "del-jp", "del-eg", "obs-eu")


def _listed():
    m = Meeting()
    ids = {pid: m.request(pid, text="First draft" if pid == "del-br" else None) for pid in DELEGATES}
    return m, ids


def test_a_revised_statement_keeps_its_place_and_changes_text_and_language():
    m, ids = _listed()
    before = m.queue()
    events = m.run("del-br", **floor_revise(ids["del-br"], "fr", "Le texte final"))
    assert [e.type for e in events] == ["floor.revised"]  # one command, one event
    request = m.state.requests[ids["del-br"]]
    assert (request.text, request.language, request.has_text) == ("Le texte final", "fr", True)
    assert m.queue() == before
    m.run("del-br", **floor_revise(ids["del-br"], "fr", ""))  # the text taken back
    assert (m.state.requests[ids["del-br"]].text, m.state.requests[ids["del-br"]].has_text) == (None, False)
    assert replay(m.events) == m.state  # what every app rebuilds from the log


def test_only_the_owner_or_the_chair_revises_and_only_a_waiting_request():
    m, ids = _listed()
    with pytest.raises(Forbidden) as refused:
        m.run("del-jp", **floor_revise(ids["del-br"], "en", "Not mine"))
    assert refused.value.code == "not_your_request"
    m.run("chair", **floor_revise(ids["del-br"], "es", "Dictated to the secretariat"))
    assert m.state.requests[ids["del-br"]].language == "es"
    with pytest.raises(Forbidden):
        m.run("int-fr", **floor_revise(ids["del-br"], "en", "x"))
    m.run("del-ke", type="floor.withdraw", request_id=ids["del-ke"])
    with pytest.raises(Invalid) as refused:
        m.run("del-ke", **floor_revise(ids["del-ke"], "en", "Too late"))
    assert refused.value.code == "not_waiting"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"language": "xx"}, "unknown_language"),
        ({"language": None}, "missing_field"),
        ({"text": "x" * 100_001}, "too_long"),
        ({"text": 12}, "invalid_field"),
        ({"request_id": "fr-nope"}, "unknown_request"),
    ],
)
def test_bad_revisions_are_refused_with_their_code_and_change_nothing(fields, code):
    m, ids = _listed()
    before = m.state
    command = {**floor_revise(ids["del-br"], "en", "ok"), **fields}
    with pytest.raises(Invalid) as refused:
        m.run("del-br", **command)
    assert refused.value.code == code
    assert m.state is before


def test_the_revised_text_reaches_interpreters_chair_and_author_only():
    m, ids = _listed()
    m.run("del-br", **floor_revise(ids["del-br"], "ar", "نص البيان"))
    revised = m.events[-1].envelope()
    for reader in ("del-br", "chair", "int-fr"):
        assert visible_envelope(revised, m.state.participants[reader]) == revised
    seen = visible_envelope(revised, m.state.participants["del-jp"])
    assert (seen["data"]["text"], seen["data"]["has_text"], seen["data"]["language"]) == (None, True, "ar")


@settings(max_examples=40, deadline=None)
@given(who=st.sampled_from(DELEGATES), language=st.sampled_from(("ar", "zh", "en", "fr", "ru", "es")))
def test_revising_never_moves_anyone(who, language):
    m, ids = _listed()
    order = [r.id for r in m.state.queue("d1-floor-morning")]
    m.run(who, **floor_revise(ids[who], language, "Text"))
    assert [r.id for r in m.state.queue("d1-floor-morning")] == order
