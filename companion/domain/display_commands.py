"""The chair speaks to the room: messages, countdowns and how many next speakers the display shows.

Commands and events like any other (registered with ``commands`` and ``reducer``), so they reach
every display and app live and land in the meeting's record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta

from .command_fields import Fields
from .commands import Context, Draft, register_command
from .display import (
    MAX_COUNTDOWN_SECONDS,
    MAX_MESSAGE_CHARS,
    MAX_NEXT_SPEAKERS,
    DisplayText,
)
from .errors import Invalid
from .events import Event
from .instants import parse_instant, to_iso
from .limits import check_name
from .reducer import register_handler
from .state import MeetingState


def texts_field(f: Fields, name: str, languages: tuple[str, ...], required: bool) -> dict[str, str]:
    """A ``{language: text}`` field: meeting languages only, each text short; blanks are dropped."""
    raw = f.raw(name, required)  # None only when optional and absent
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise Invalid("invalid_field", f"The field {name!r} must map languages to texts.")
    texts = {}
    for language, text in raw.items():
        if language not in languages:
            raise Invalid("unknown_language", f"{language!r} is not one of the meeting's languages.")
        if not isinstance(text, str):
            raise Invalid("invalid_field", f"The field {name!r} must map languages to texts.")
        if len(text.strip()) > MAX_MESSAGE_CHARS:
            raise Invalid("too_long", f"A text in {name!r} is longer than {MAX_MESSAGE_CHARS} characters.")
        check_name(text, f"A text in {name!r}")  # shown to the room: nothing invisible in it
        if text.strip():
            texts[language] = text.strip()
    if required and not texts:
        raise Invalid("missing_field", f"The field {name!r} needs a text in at least one language.")
    return texts


def _in_order(texts: Mapping[str, str], languages: tuple[str, ...]) -> tuple[DisplayText, ...]:
    return tuple(DisplayText(code, texts[code]) for code in languages if code in texts)


# --- commands --------------------------------------------------------------------


@register_command("display.message")
def _message(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    texts = texts_field(f, "texts", state.meeting.languages, required=True)
    return [Draft("display.message_shown", {"texts": texts})]


@register_command("display.clear_message")
def _clear_message(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    if not state.display.message:
        raise Invalid("nothing_shown", "No message is shown on the room displays.")
    return [Draft("display.message_cleared", {})]


@register_command("display.countdown")
def _countdown(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    seconds = f.integer("seconds", 1, MAX_COUNTDOWN_SECONDS)
    labels = texts_field(f, "labels", state.meeting.languages, required=False)
    ends = ctx.now + timedelta(seconds=seconds)
    data = {"labels": labels, "seconds": seconds, "ends_at": to_iso(ends)}
    return [Draft("display.countdown_started", data)]


@register_command("display.clear_countdown")
def _clear_countdown(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    if state.display.countdown_ends is None:
        raise Invalid("nothing_shown", "No countdown runs on the room displays.")
    return [Draft("display.countdown_cleared", {})]


@register_command("display.configure")
def _configure(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    count = f.integer("next_speakers", 0, MAX_NEXT_SPEAKERS)
    if count == state.display.next_speakers:
        raise Invalid("unchanged", f"The display already shows {count} next speakers.")
    return [Draft("display.configured", {"next_speakers": count})]


# --- events ----------------------------------------------------------------------


def _with_display(state: MeetingState, **changes) -> MeetingState:
    return replace(state, display=replace(state.display, **changes))


@register_handler("display.message_shown")
def _message_shown(state: MeetingState, e: Event) -> MeetingState:
    return _with_display(state, message=_in_order(e.data["texts"], state.meeting.languages))


@register_handler("display.message_cleared")
def _message_cleared(state: MeetingState, e: Event) -> MeetingState:
    return _with_display(state, message=())


@register_handler("display.countdown_started")
def _countdown_started(state: MeetingState, e: Event) -> MeetingState:
    labels = _in_order(e.data.get("labels", {}), state.meeting.languages)
    return _with_display(state, countdown_ends=parse_instant(e.data["ends_at"]), countdown_label=labels)


@register_handler("display.countdown_cleared")
def _countdown_cleared(state: MeetingState, e: Event) -> MeetingState:
    return _with_display(state, countdown_ends=None, countdown_label=())


@register_handler("display.configured")
def _configured(state: MeetingState, e: Event) -> MeetingState:
    return _with_display(state, next_speakers=e.data["next_speakers"])

