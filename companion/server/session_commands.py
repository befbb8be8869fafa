"""Commands about sign-ins rather than the meeting: they change no meeting state, so they record no
event. ``sessions.revoke`` ends all of a participant's tokens and streams at once."""

from __future__ import annotations

from typing import Any

from companion.domain.command_fields import Fields
from companion.domain.entities import Participant
from companion.domain.errors import Invalid
from companion.domain.permissions import check_role

from .hub import Hub
from .room import MeetingRoom

SESSION_COMMANDS = frozenset({"sessions.revoke"})


def is_session_command(command: Any) -> bool:
    """True for a command this module answers (the meeting's rules never see it)."""
    return isinstance(command, dict) and command.get("type") in SESSION_COMMANDS


async def run_session_command(
    hub: Hub, room: MeetingRoom, actor: Participant, command: dict
) -> dict[str, Any]:
    """Check and carry out a session command; raises CommandRefused like any command."""
    check_role(actor, command["type"])
    participant_id = Fields(command).text("participant_id", max_length=100)
    if participant_id not in room.state.participants:
        raise Invalid("unknown_participant", f"There is no participant {participant_id!r}.")
    tokens, streams = await hub.sessions.revoke(room.meeting_id, participant_id)
    return {"seq": room.state.seq, "events": [], "revoked": {"tokens": tokens, "streams": streams}}
