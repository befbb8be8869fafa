"""The chair's screen acknowledges a booth's "slow down": ``interpreter.slow_down_seen`` {booth, at}
-> ``interpreter.slow_down_seen`` {booth, at, seen_at}. The chair's app sends it when it shows the
alert; the booth then reads when its request reached the chair. A second acknowledgement (another
chair's screen) changes nothing and is no error.
"""

from __future__ import annotations

from dataclasses import replace

from .command_fields import Fields
from .commands import Context, Draft, register_command
from .errors import Invalid
from .events import Event
from .instants import parse_instant, to_iso
from .reducer import register_handler
from .state import MeetingState


@register_command("interpreter.slow_down_seen")
def _seen(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    booth = f.text("booth", max_length=16)
    try:
        at = parse_instant(f.text("at", max_length=40))
    except (ValueError, TypeError):
        raise Invalid("invalid_time", "The field 'at' must be a time with an offset.") from None
    asked = next((s for s in state.slow_downs if s.booth == booth and s.at == at), None)
    if asked is None:
        raise Invalid("invalid_field", "There is no such request to slow down.")
    if asked.seen_at is not None:
        return []  # another of the chair's screens acknowledged it first
    data = {"booth": booth, "at": to_iso(at), "seen_at": to_iso(ctx.now)}
    return [Draft("interpreter.slow_down_seen", data)]


@register_handler("interpreter.slow_down_seen")
def _acknowledged(state: MeetingState, e: Event) -> MeetingState:
    at, seen = parse_instant(e.data["at"]), parse_instant(e.data["seen_at"])
    slow_downs = tuple(
        replace(s, seen_at=seen) if s.booth == e.data["booth"] and s.at == at and s.seen_at is None else s
        for s in state.slow_downs
    )
    return replace(state, slow_downs=slow_downs)
