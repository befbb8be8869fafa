"""The secretariat sets the booths' languages and shifts.

- ``booths.set`` {booth: {language, passive, retour, interpreters}} -> ``booths.set`` {booths: [...]}:
  one booth changed; the event carries every booth, so the first change turns the UN defaults into
  the meeting's own data.
- ``shifts.set`` {booth, shifts: [{interpreter, start, end, participant_id?}]} -> ``shifts.set``:
  replaces the booth's shifts (an empty list clears them).
"""

from __future__ import annotations

from dataclasses import replace

from .booths import Booth, booths_of, read_booth, with_booth
from .codec import from_plain, to_plain
from .command_fields import Fields
from .commands import Context, Draft, register_command
from .entities import BoothShift
from .errors import Invalid
from .events import Event
from .handover import read_shifts
from .limits import check_name
from .reducer import register_handler
from .state import MeetingState


@register_command("booths.set")
def _set_booth(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    languages = state.meeting.languages
    booth = read_booth(f.raw("booth", True), languages)
    for interpreter in booth.interpreters:  # shown on every board: no control characters
        check_name(interpreter.name, "An interpreter's name")
    booths = with_booth(booths_of(state.meeting), booth, languages)
    if booths == state.meeting.booths:
        raise Invalid("unchanged", f"The {booth.language} booth already has these languages.")
    return [Draft("booths.set", {"booths": [to_plain(b) for b in booths]})]


@register_command("shifts.set")
def _set_shifts(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    booth = f.text("booth", max_length=16)
    if booth not in state.meeting.languages:
        raise Invalid("unknown_language", f"{booth!r} is not one of the meeting's languages.")
    shifts = read_shifts(f.raw("shifts", True), booth, state.participants)
    return [Draft("shifts.set", {"booth": booth, "shifts": [to_plain(s) for s in shifts]})]


@register_handler("booths.set")
def _booths_set(state: MeetingState, e: Event) -> MeetingState:
    booths = tuple(from_plain(Booth, b) for b in e.data["booths"])
    return replace(state, meeting=replace(state.meeting, booths=booths))


@register_handler("shifts.set")
def _shifts_set(state: MeetingState, e: Event) -> MeetingState:
    booth = e.data["booth"]
    others = tuple(s for s in state.shifts if s.language != booth)
    mine = tuple(from_plain(BoothShift, s) for s in e.data["shifts"])
    return replace(state, shifts=others + mine)
