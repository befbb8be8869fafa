"""Property: whatever the meeting does, the public view never carries a text someone put in a
private field (a statement for the interpreters, a reason for declining, an item kept off the public
agenda), nor a gender, a listening channel or a participant's id."""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import CommandRefused
from companion.domain.codec import to_plain
from companion.domain.public_view import public_view
from companion.domain.schedule_plan import IMPORTED_FIELDS
from companion.domain.snapshot import state_to_plain

MARK = "§PRIVATE§"
PRIVATE_ITEM = "secret-item"
ITEMS = ("d1-floor-morning", "d1-floor-afternoon", PRIVATE_ITEM)
DELEGATES = ("del-br", "del-ke", "del-jp", "del-eg", "obs-eu", "ngo-ifla")
MANAGERS = ("chair", "secretariat")

# texts as the limits allow them (no control characters or lone surrogates: refused at the door)
secrets = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30).map(lambda body: f"{MARK}{body}")
items = st.sampled_from(ITEMS)
languages = st.sampled_from(("ar", "zh", "en", "fr", "ru", "es"))


def _request(state, actor):
    return next((r.id for r in state.requests.values() if r.participant_id == actor), "none")


steps = st.one_of(
    st.builds(
        lambda who, item, lang, text, kind: (who, {"type": "floor.request", "item_id": item, "language": lang,
                                                   "text": text, "kind": kind}),
        st.sampled_from(DELEGATES), items, languages, secrets,
        st.sampled_from(["statement", "question", "point_of_order", "right_of_reply"]),
    ),
    st.builds(lambda who, ch: (who, {"type": "channel.choose", "channel": ch}), st.sampled_from(DELEGATES),
              st.sampled_from(["floor", "ar", "zh", "en", "fr", "ru", "es"])),
    st.builds(lambda who, reason: (who, {"type": "floor.decline", "request_id": "?", "reason": reason}),
              st.sampled_from(DELEGATES), secrets),  # the chair declines *who*'s request, with a private reason
    st.builds(lambda item: ("chair", {"type": "agenda.set_status", "item_id": item, "status": "live"}), items),
    st.builds(lambda item: ("chair", {"type": "floor.call_next", "item_id": item}), items),
    st.builds(lambda item: ("chair", {"type": "list.open", "item_id": item}), items),
    st.sampled_from([("chair", {"type": t}) for t in ("floor.start", "floor.pause", "floor.resume", "floor.finish")]),
    st.builds(lambda who: (who, {"type": "floor.withdraw", "request_id": "?"}), st.sampled_from(DELEGATES)),
)


def with_private_item(m: Meeting, secret: str) -> None:
    """An item kept off the public agenda, its title and description private, imported like any item."""
    model = m.state.items["d1-floor-afternoon"]
    hidden = replace(model, id=PRIVATE_ITEM, title=secret, description=secret, public=False)
    plain = [to_plain(i) for i in m.state.items.values()] + [to_plain(hidden)]
    m.run("secretariat", type="agenda.import", items=plain, fields=list(IMPORTED_FIELDS))


def meeting_with_secrets(item_secret: str) -> Meeting:
    """The private item (its list open) and the open floor, each with a speaker who sent a private text."""
    m = Meeting()
    with_private_item(m, item_secret)
    m.run("chair", type="agenda.set_status", item_id="d1-floor-morning", status="live")
    m.request("del-jp", text=item_secret)
    m.request("del-eg", item_id=PRIVATE_ITEM, text=item_secret, on_behalf_of="African Group")
    return m


def run(m: Meeting, actor: str, command: dict) -> None:
    if command.get("request_id") == "?":  # the request of *actor*, declined by the chair or withdrawn
        command = {**command, "request_id": _request(m.state, actor)}
        actor = "chair" if command["type"] == "floor.decline" else actor
    with contextlib.suppress(CommandRefused):  # a refused step changes nothing; the sequence goes on
        m.run(actor, **command)


@settings(max_examples=150, deadline=None)
@given(st.lists(steps, min_size=1, max_size=25), secrets)
def test_the_public_view_never_carries_a_private_text(sequence, item_secret):
    m = meeting_with_secrets(item_secret)
    for actor, command in sequence:
        run(m, actor, command)
        m.tick(7)
        text = json.dumps(public_view(m.state), ensure_ascii=False)
        assert MARK not in text
        for private in ("female", "male", "gender", "channel", "has_text", *m.state.participants):
            assert f'"{private}"' not in text
    # The state does hold the private texts (else the property would say nothing).
    assert MARK in json.dumps(state_to_plain(m.state), ensure_ascii=False)
