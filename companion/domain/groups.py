"""Groups of delegations declared by a meeting (WIPO's regional groups, the EU…) and who may speak for them.

"On behalf of" is a claim the rules check: it must name a declared group, and a delegate may make
it only for a group their delegation belongs to (or coordinates). Chair and secretariat may set
any declared group, as they enter requests for others.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .entities import Group, Meeting, Participant
from .errors import Forbidden, Invalid
from .limits import MAX_NAME_CHARS, check_name
from .vocabulary import MANAGERS

#: Bounds on a declaration (more than any real meeting has; beyond is a mistake or an attack).
MAX_GROUPS = 100
MAX_GROUP_MEMBERS = 250
MAX_GROUP_NAME = MAX_NAME_CHARS


def group_named(meeting: Meeting | None, name: str) -> Group | None:
    """The meeting's declared group of that name (exact, ignoring case and outer spaces), else None."""
    wanted = name.strip().casefold()
    groups = meeting.groups if meeting else ()
    return next((g for g in groups if g.name.casefold() == wanted), None)


def may_speak_for(group: Group, delegation: str) -> bool:
    """True when *delegation* is a member or the coordinator of *group*."""
    return bool(delegation) and (delegation in group.members or delegation == group.coordinator)


def groups_of(meeting: Meeting | None, delegation: str) -> list[Group]:
    """The declared groups a delegation may speak for (what an app offers in its "on behalf of")."""
    groups = meeting.groups if meeting else ()
    return [g for g in groups if may_speak_for(g, delegation)]


def claimed_group(
    meeting: Meeting | None, name: str | None, actor: Participant, speaker: Participant
) -> str | None:
    """The group name a request may carry; raises Invalid ``unknown_group`` / Forbidden ``not_group_member``.

    Delegates speak only for a group their delegation belongs to; chair and secretariat may set
    any declared group (for whoever they enter the request for).
    """
    if not name:
        return None
    group = group_named(meeting, name)
    if group is None:
        raise Invalid("unknown_group", f"{name!r} is not a group declared for this meeting.")
    if actor.role not in MANAGERS and not may_speak_for(group, speaker.delegation):
        who = speaker.delegation or speaker.name
        raise Forbidden("not_group_member", f"{who} may not speak for {group.name}.")
    return group.name


def read_groups(raw: Any) -> tuple[Group, ...]:
    """A declaration's groups from plain data, checked; raises Invalid naming the first bad one."""
    if not isinstance(raw, list):
        raise Invalid("invalid_field", "The field 'groups' must be a list.")
    if len(raw) > MAX_GROUPS:
        raise Invalid("too_many", f"A meeting declares at most {MAX_GROUPS} groups.")
    groups, seen = [], set()
    for n, plain in enumerate(raw):
        group = _read_group(plain, n + 1)
        if group.name.casefold() in seen:
            raise Invalid("invalid_group", f"Group {n + 1}: the name {group.name!r} appears twice.")
        seen.add(group.name.casefold())
        groups.append(group)
    return tuple(groups)


def _read_group(plain: Any, n: int) -> Group:
    if not isinstance(plain, Mapping):
        raise Invalid("invalid_group", f"Group {n}: must be an object with name, members and coordinator.")
    name = _name(plain.get("name"), n, "name", required=True)
    members = plain.get("members", [])
    if not isinstance(members, list) or len(members) > MAX_GROUP_MEMBERS:
        limit = MAX_GROUP_MEMBERS
        raise Invalid("invalid_group", f"Group {n} ({name}): members must be a list of at most {limit}.")
    names = _unique(_name(m, n, "members", required=True) for m in members)
    coordinator = _name(plain.get("coordinator"), n, "coordinator", required=False)
    return Group(name=name, members=names, coordinator=coordinator)


def _name(value: Any, n: int, field: str, *, required: bool) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise Invalid("invalid_group", f"Group {n}: {field} must be non-empty text.")
    if len(value.strip()) > MAX_GROUP_NAME:
        raise Invalid("invalid_group", f"Group {n}: {field} is longer than {MAX_GROUP_NAME} characters.")
    check_name(value, f"Group {n}: {field}")
    return value.strip()


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))
