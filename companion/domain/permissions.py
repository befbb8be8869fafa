"""Who may issue which command. Checked by the server; used by apps to hide what is not theirs."""

from __future__ import annotations

from collections.abc import Mapping

from .entities import Participant
from .errors import Forbidden
from .vocabulary import MANAGERS, Role

_EVERYONE = frozenset(Role)
_SPEAKERS = frozenset({Role.DELEGATE, *MANAGERS})

#: Roles allowed to issue each command type.
COMMAND_ROLES: Mapping[str, frozenset[Role]] = {
    "floor.request": _SPEAKERS,
    "floor.withdraw": _SPEAKERS,
    "floor.revise": _SPEAKERS,
    "floor.decline": MANAGERS,
    "floor.decline_all": MANAGERS,
    "floor.carry": MANAGERS,
    "floor.move": MANAGERS,
    "floor.move_many": MANAGERS,
    "floor.decline_many": MANAGERS,
    "floor.reorder": MANAGERS,
    "floor.categorise": MANAGERS,
    "floor.interpose": MANAGERS,
    "floor.call_next": MANAGERS,
    "floor.start": MANAGERS,
    "floor.pause": MANAGERS,
    "floor.resume": MANAGERS,
    "floor.finish": MANAGERS,
    "list.open": MANAGERS,
    "list.close": MANAGERS,
    "list.set_deadline": MANAGERS,
    "list.close_by_deadline": MANAGERS,
    "agenda.set_status": MANAGERS,
    "agenda.update": MANAGERS,
    "participants.import": frozenset({Role.SECRETARIAT}),  # the participants route, not a command
    "presence.read": MANAGERS,  # the presence route (server/presence_api.py), not a command
    "agenda.import": frozenset({Role.SECRETARIAT}),
    "channel.choose": _EVERYONE,
    "interpreter.slow_down": frozenset({Role.INTERPRETER}),
    "interpreter.slow_down_seen": MANAGERS,
    "meeting.declare_groups": frozenset({Role.SECRETARIAT}),
    "booths.set": frozenset({Role.SECRETARIAT}),
    "shifts.set": frozenset({Role.SECRETARIAT}),
    "agenda.translate": frozenset({Role.SECRETARIAT}),
    "documents.add": frozenset({Role.SECRETARIAT}),  # the documents routes, not a command
    #: Ends a participant's sign-ins (answered by the server; records no event).
    "sessions.revoke": frozenset({Role.SECRETARIAT}),
    # the room display (display_commands)
    "display.message": MANAGERS,
    "display.clear_message": MANAGERS,
    "display.countdown": MANAGERS,
    "display.clear_countdown": MANAGERS,
    "display.configure": MANAGERS,
}


def may_issue(actor: Participant, command_type: str) -> bool:
    """True when the actor's role allows this command type at all."""
    return actor.role in COMMAND_ROLES.get(command_type, frozenset())


def check_role(actor: Participant, command_type: str) -> None:
    """Raise Forbidden unless the actor's role allows the command type."""
    if not may_issue(actor, command_type):
        raise Forbidden("role_not_allowed", f"A {actor.role.value} may not use {command_type}.")


def check_owner(actor: Participant, owner_id: str) -> None:
    """Delegates act only on their own requests; chair and secretariat on anyone's."""
    if actor.role not in MANAGERS and actor.id != owner_id:
        raise Forbidden("not_your_request", "You can act only on your own requests for the floor.")


def may_read_statement(viewer: Participant, owner_id: str) -> bool:
    """Statement texts are for the interpreters, the chair's table and their author."""
    return viewer.role != Role.DELEGATE or viewer.id == owner_id


def sees_all_personal_data(viewer: Participant) -> bool:
    """Chair and secretariat see everyone's gender and listening channel (figures, parity)."""
    return viewer.role in MANAGERS


def may_see_personal(viewer: Participant, owner_id: str) -> bool:
    """A participant's gender and listening channel: theirs, and the chair's table's."""
    return sees_all_personal_data(viewer) or viewer.id == owner_id


def may_read_record(viewer: Participant) -> bool:
    """The record of who spoke is the chair's and secretariat's working document."""
    return viewer.role in MANAGERS
