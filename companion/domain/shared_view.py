"""The meeting as a whole role sees it, and the few things only one viewer adds to it.

``visible_state`` gives each viewer their own state: a delegate sees their own statement texts,
gender, e-mail and listening channel, nobody else's. At 5,000 delegates that is 5,000 different
snapshots of 1.4 MB, none of which a server can encode once and send many times. Split instead:

- ``role_view(state, role, key)``: what *every* viewer of that role sees — byte for byte the same
  for all of them, so the server encodes and compresses it once per sequence number;
- ``own_part(state, viewer, key)``: a few hundred bytes only that viewer may see;
- ``with_own(view, own)``: the two put together, on the plain (JSON) forms, equal to
  ``visible_state`` of that viewer (a property test holds it to that).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .codec import to_plain
from .entities import Participant
from .permissions import may_read_statement, sees_all_personal_data
from .state import MeetingState
from .visibility import pseudonym, visible_state
from .vocabulary import MANAGERS, Role

#: Roles whose members all see the same meeting (no own part): the chair's table sees everything.
SEES_ALL = MANAGERS


def view_name(role: Role) -> str:
    """The name of the view a role gets (managers share one)."""
    return "all" if role in SEES_ALL else role.value


def role_view(state: MeetingState, role: Role, key: bytes = b"") -> MeetingState:
    """The state as any member of *role* sees it, without what is theirs alone."""
    anyone = Participant(id="", name="", role=role, delegation="")  # owns nothing, chose nothing
    return visible_state(state, anyone, key)


def own_part(state: MeetingState, viewer: Participant, key: bytes = b"") -> dict[str, Any]:
    """What *viewer* sees beyond their role's view: their own record, texts and channel."""
    if sees_all_personal_data(viewer):
        return {"you": viewer.id}
    texts = {
        r.id: r.text
        for r in state.requests.values()
        if r.participant_id == viewer.id and r.text and not may_read_statement(_anyone(viewer), viewer.id)
    }
    me = state.participants.get(viewer.id)
    return {
        "you": viewer.id,
        "participant": to_plain(me) if me is not None else None,
        "texts": texts,
        "channel": state.channels.get(viewer.id),
        "pseudonym": pseudonym(viewer.id, key),
    }


def _anyone(viewer: Participant) -> Participant:
    return replace(viewer, id="")


def with_own(view: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """The plain role view with the viewer's own part put in (a new dict; *view* is not changed)."""
    if "participant" not in own:
        return {**view, "you": own.get("you")}
    me = own["participant"]
    participants = [me if me and p["id"] == me["id"] else p for p in view["participants"]]
    texts = own.get("texts") or {}
    requests = [{**r, "text": texts[r["id"]]} if r["id"] in texts else r for r in view["requests"]]
    channels = {k: v for k, v in view["channels"].items() if k != own.get("pseudonym")}
    if own.get("channel") is not None:
        channels[own["you"]] = own["channel"]
    return {
        **view,
        "participants": participants,
        "requests": requests,
        "channels": channels,
        "you": own["you"],
    }
