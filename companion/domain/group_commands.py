"""The secretariat declares the groups: ``meeting.declare_groups`` -> ``meeting.groups_declared``."""

from __future__ import annotations

from dataclasses import replace

from .codec import from_plain, to_plain
from .command_fields import Fields
from .commands import Context, Draft, _command
from .events import Event
from .groups import MAX_GROUPS, Group, read_groups
from .reducer import _on
from .state import MeetingState


@_command("meeting.declare_groups")
def _declare_groups(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    """Replaces the whole list of groups (an empty list declares none)."""
    groups = read_groups(f.sequence("groups", MAX_GROUPS))
    return [Draft("meeting.groups_declared", {"groups": [to_plain(g) for g in groups]})]


@_on("meeting.groups_declared")
def _groups_declared(state: MeetingState, e: Event) -> MeetingState:
    groups = tuple(from_plain(Group, g) for g in e.data["groups"])
    return replace(state, meeting=replace(state.meeting, groups=groups))
