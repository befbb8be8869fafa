"""The room display's rules: the chair's messages and countdowns, the public view, the page language."""

import contextlib
import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import Forbidden, Invalid
from companion.domain.display import countdown_left, direction, page_language
from companion.domain.public_view import public_view
from companion.domain.snapshot import state_from_plain, state_to_plain

ITEM = "d1-floor-morning"


@pytest.fixture
def m():
    meeting = Meeting()
    meeting.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    return meeting


def test_a_message_shows_in_every_language_and_clears(m):
    m.run("chair", type="display.message", texts={"en": "Please take your seats", "fr": "Veuillez vous asseoir"})
    view = public_view(m.state)
    assert view["message"]["fr"] == "Veuillez vous asseoir"
    assert view["message"]["ar"] == "Please take your seats"  # no Arabic given: another language's text
    m.run("chair", type="display.clear_message")
    assert public_view(m.state)["message"] == {}
    with pytest.raises(Invalid) as refused:
        m.run("chair", type="display.clear_message")
    assert refused.value.code == "nothing_shown"


def test_a_countdown_ends_at_its_time_and_is_recorded_as_an_event(m):
    events = m.run("secretariat", type="display.countdown", seconds=900, labels={"en": "Coffee break"})
    assert events[0].type == "display.countdown_started" and events[0].actor == "secretariat"
    assert countdown_left(m.state.display, m.now) == 900
    m.tick(60)
    assert countdown_left(m.state.display, m.now) == 840
    m.tick(3600)
    assert countdown_left(m.state.display, m.now) == 0
    assert public_view(m.state)["countdown"]["label"]["zh"] == "Coffee break"
    m.run("chair", type="display.clear_countdown")
    assert public_view(m.state)["countdown"] is None


def test_the_chair_sets_how_many_next_speakers_show(m):
    m.run("chair", type="display.configure", next_speakers=5)
    assert public_view(m.state)["next_speakers"] == 5
    with pytest.raises(Invalid) as refused:
        m.run("chair", type="display.configure", next_speakers=5)
    assert refused.value.code == "unchanged"


@pytest.mark.parametrize(
    ("command", "code"),
    [
        ({"type": "display.message"}, "missing_field"),
        ({"type": "display.message", "texts": "hello"}, "invalid_field"),
        ({"type": "display.message", "texts": {"en": "  "}}, "missing_field"),
        ({"type": "display.message", "texts": {"de": "Hallo"}}, "unknown_language"),
        ({"type": "display.message", "texts": {"en": 3}}, "invalid_field"),
        ({"type": "display.message", "texts": {"en": "x" * 201}}, "too_long"),
        ({"type": "display.countdown"}, "missing_field"),
        ({"type": "display.countdown", "seconds": 0}, "out_of_range"),
        ({"type": "display.countdown", "seconds": 60, "labels": ["x"]}, "invalid_field"),
        ({"type": "display.configure", "next_speakers": 11}, "out_of_range"),
        ({"type": "display.configure", "next_speakers": "3"}, "invalid_field"),
    ],
)
def test_bad_display_commands_are_refused_with_a_code(m, command, code):
    with pytest.raises(Invalid) as refused:
        m.run("chair", **command)
    assert refused.value.code == code


@pytest.mark.parametrize("actor", ["del-br", "int-fr"])
def test_only_chair_and_secretariat_speak_to_the_room(m, actor):
    with pytest.raises(Forbidden):
        m.run(actor, type="display.message", texts={"en": "Hello"})


def test_the_public_view_shows_speaker_clock_and_list_but_nothing_private(m):
    secret = "CONFIDENTIAL-check-against-delivery"
    m.run("del-br", type="channel.choose", channel="fr")
    m.request("del-br", text=secret, on_behalf_of="GRULAC")
    m.request("obs-eu")
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="floor.start")
    view = public_view(m.state)
    assert view["speaker"]["delegation"] == "Brazil" and view["speaker"]["on_behalf_of"] == "GRULAC"
    assert view["speaker"]["clock"]["limit"] == 300 and view["speaker"]["clock"]["running_since"]
    assert [s["delegation"] for s in view["waiting"]] == ["European Union"]
    text = json.dumps(view)
    for private in (secret, "female", "del-br", "demo-", "channel", "has_text", "gender"):
        assert private not in text


def test_an_item_kept_off_the_public_agenda_is_not_shown(m):
    from dataclasses import replace

    m.request("del-ke")
    hidden = replace(m.state.items[ITEM], public=False)
    state = replace(m.state, items={**m.state.items, ITEM: hidden})
    view = public_view(state)
    assert view["item"] is None and view["waiting"] == []


display_commands = st.one_of(
    st.builds(lambda t: {"type": "display.message", "texts": {"en": t}}, st.text(min_size=1, max_size=200)),
    st.builds(lambda s: {"type": "display.countdown", "seconds": s}, st.integers(1, 6 * 3600)),
    st.builds(lambda n: {"type": "display.configure", "next_speakers": n}, st.integers(0, 10)),
    st.just({"type": "display.clear_message"}),
    st.just({"type": "display.clear_countdown"}),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
# statement texts as the limits allow them: no control characters or lone surrogates
@given(
    st.lists(display_commands, max_size=8),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=50),
)
def test_snapshot_round_trip_keeps_the_display_and_the_view_never_carries_a_statement(commands, body):
    m = Meeting()
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    secret = "SECRET§" + body
    m.request("del-ke", text=secret)
    for command in commands:
        with contextlib.suppress(Invalid):  # nothing to clear, unchanged, blank: refused, state as before
            m.run("chair", **command)
        m.tick(1)
    assert state_from_plain(json.loads(json.dumps(state_to_plain(m.state)))) == m.state
    assert "SECRET§" not in json.dumps(public_view(m.state), ensure_ascii=False)


OFFERED = ("ar", "zh", "en", "fr", "ru", "es")


@pytest.mark.parametrize(
    ("requested", "accept", "expected"),
    [
        ("ar", None, "ar"),
        ("FR", "es", "fr"),
        ("de", None, None),
        (None, "de-CH,fr;q=0.8,en;q=0.9", "en"),
        (None, "ru-RU", "ru"),
        (None, "de, *;q=0.5", "ar"),
        (None, "zh;q=0,es;q=0.2", "es"),
        (None, "garbage;q=x", "ar"),
    ],
)
def test_page_language(requested, accept, expected):
    assert page_language(requested, accept, OFFERED) == expected


@given(st.text(max_size=80))
def test_any_accept_language_header_gives_an_offered_language(header):
    assert page_language(None, header, ("fr", "en")) in ("fr", "en")


def test_arabic_is_right_to_left():
    assert direction("ar") == "rtl" and direction("zh") == "ltr"


def test_countdown_never_goes_below_zero(m):
    m.run("chair", type="display.countdown", seconds=5)
    assert countdown_left(m.state.display, m.now + timedelta(hours=1)) == 0


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8,
)
display_fields = st.dictionaries(
    st.sampled_from(["texts", "labels", "seconds", "next_speakers", "expected_seq"]),
    json_values | st.dictionaries(st.sampled_from(["en", "fr", "ar", "xx"]), json_values, max_size=3),
    max_size=4,
)
display_types = st.sampled_from(
    ["display.message", "display.clear_message", "display.countdown", "display.clear_countdown", "display.configure"]
)


@settings(max_examples=300, deadline=None)
@given(display_types, display_fields)
def test_any_display_command_is_refused_with_a_code_or_applied_never_a_crash(kind, fields):
    from companion.domain import CommandRefused, execute

    m = Meeting()
    try:
        state, _ = execute(m.state, {"type": kind, **fields}, m.state.participants["chair"], m.now)
    except CommandRefused as refusal:
        assert refusal.code and refusal.message
    else:
        json.dumps(public_view(state))  # and the room can be shown what it did


def test_pages_speak_the_meetings_languages_among_the_six():
    from companion.domain.display import page_languages

    assert page_languages(("fr", "de", "en")) == ("fr", "en")
    assert page_languages(("de",)) == OFFERED  # none of the six: all six
