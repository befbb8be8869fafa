"""The role view plus the viewer's own part is exactly the viewer's visible state, for every
viewer and every meeting the commands can make; the role view holds nothing private to anyone."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain.shared_view import own_part, role_view, view_name, with_own
from companion.domain.snapshot import state_from_plain, state_to_plain
from companion.domain.visibility import visible_state
from companion.domain.vocabulary import Role

KEY = b"meeting-secret"
SPEAKERS = ("del-br", "del-ke", "del-jp", "del-eg", "obs-eu", "ngo-ifla")
VIEWERS = ("chair", "secretariat", *SPEAKERS, "int-ar", "int-fr")


def _assembled(state, viewer_id):
    viewer = state.participants[viewer_id]
    view = state_to_plain(role_view(state, viewer.role, KEY))
    return state_from_plain(with_own(view, own_part(state, viewer, KEY)))


@settings(max_examples=40, deadline=None)
@given(
    asks=st.lists(st.tuples(st.sampled_from(SPEAKERS), st.booleans()), max_size=6, unique_by=lambda a: a[0]),
    channels=st.lists(
        st.tuples(st.sampled_from(VIEWERS), st.sampled_from(("floor", "fr", "ar"))), max_size=5
    ),
    email=st.booleans(),
)
def test_role_view_with_own_part_is_the_viewers_visible_state(asks, channels, email):
    m = Meeting()
    if email:
        kenya = replace(m.state.participants["del-ke"], email="ke@example.org")
        m.state = replace(m.state, participants={**m.state.participants, "del-ke": kenya})
    for who, with_text in asks:
        m.request(who, text=f"Statement of {who}" if with_text else None)
    for who, channel in channels:
        m.run(who, type="channel.choose", channel=channel)
    for viewer_id in VIEWERS:
        expected = visible_state(m.state, m.state.participants[viewer_id], KEY)
        assert _assembled(m.state, viewer_id) == expected, viewer_id


def test_the_delegates_view_is_the_same_for_all_delegates_and_holds_nothing_private():
    m = Meeting()
    m.request("del-ke", text="Kenya's text")
    m.run("del-br", type="channel.choose", channel="fr")
    view = role_view(m.state, Role.DELEGATE, KEY)
    assert all(r.text is None for r in view.requests.values())
    assert all(p.gender is None and not p.email for p in view.participants.values())
    assert "del-br" not in view.channels and len(view.channels) == 1
    assert state_to_plain(view) == state_to_plain(role_view(m.state, Role.DELEGATE, KEY))
    assert view_name(Role.CHAIR) == view_name(Role.SECRETARIAT) == "all"
    assert own_part(m.state, m.state.participants["del-ke"], KEY)["texts"] == {
        next(iter(m.state.requests)): "Kenya's text"
    }
    assert own_part(m.state, m.state.participants["del-br"], KEY)["texts"] == {}
