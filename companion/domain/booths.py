"""Booths as data: what each booth works into (its target language, which names it), what it works
from (its passive languages) and what it also works into from its own language (retour).

The combination is the meeting's, never hard-coded in a rule: ``booths_of`` gives the meeting's
booths, or UN defaults for its languages when the secretariat has set none. Where one interpreter
of a booth has other languages than the booth's (a Chinese booth where only one colleague takes
Russian), ``as_worked_by`` gives the booth as it is while that interpreter is on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from .errors import Invalid

#: The most interpreters a booth lists with their own languages, and the longest name.
MAX_BOOTH_INTERPRETERS = 12
MAX_INTERPRETER_NAME = 120


@dataclass(frozen=True)
class InterpreterLanguages:
    """One interpreter whose languages differ from the booth's (empty tuples: as the booth)."""

    name: str
    passive: tuple[str, ...] = ()
    retour: tuple[str, ...] = ()


@dataclass(frozen=True)
class Booth:
    """A booth, named by the language it works into."""

    language: str
    #: Languages the booth works from directly (AIIC B and C languages).
    passive: tuple[str, ...] = ()
    #: Languages the booth also works into when the floor speaks its own language (retour).
    retour: tuple[str, ...] = ()
    interpreters: tuple[InterpreterLanguages, ...] = ()


#: UN practice as a starting point a meeting can change: the Arabic booth works from English and
#: French, the Chinese booth from English, and both give retour into English.
UN_DEFAULTS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ar": (("en", "fr"), ("en",)),
    "zh": (("en",), ("en",)),
    "en": (("fr", "es", "ru"), ()),
    "fr": (("en", "es"), ()),
    "es": (("en", "fr"), ()),
    "ru": (("en", "fr"), ()),
}


def default_booths(languages: Iterable[str]) -> tuple[Booth, ...]:
    """The UN defaults for a meeting's languages (languages outside the meeting dropped)."""
    languages = tuple(languages)
    booths = []
    for code in languages:
        passive, retour = UN_DEFAULTS.get(code, ((), ()))
        kept = (tuple(x for x in passive if x in languages), tuple(x for x in retour if x in languages))
        booths.append(Booth(code, *kept))
    return tuple(booths)


def booths_of(meeting: Any) -> tuple[Booth, ...]:
    """The meeting's booths: as set by the secretariat, else the UN defaults for its languages."""
    if meeting is None:
        return ()
    return meeting.booths or default_booths(meeting.languages)


def booth_named(booths: Iterable[Booth], language: str) -> Booth | None:
    return next((b for b in booths if b.language == language), None)


def as_worked_by(booth: Booth, interpreter: str | None) -> Booth:
    """The booth while *interpreter* is on: their own passive and retour languages where given."""
    own = next((i for i in booth.interpreters if interpreter and i.name == interpreter), None)
    if own is None:
        return booth
    return Booth(booth.language, own.passive or booth.passive, own.retour or booth.retour, booth.interpreters)


def with_booth(booths: tuple[Booth, ...], booth: Booth, languages: tuple[str, ...]) -> tuple[Booth, ...]:
    """*booths* with *booth* put in (replacing the one of its language), in the meeting's order."""
    by_language = {b.language: b for b in booths}
    by_language[booth.language] = booth
    return tuple(by_language[code] for code in languages if code in by_language)


def with_interpreter(
    booths: tuple[Booth, ...], languages: tuple[str, ...], own: InterpreterLanguages, booth: str
) -> tuple[Booth, ...]:
    """*booths* with *own* as the languages of that interpreter in *booth*'s booth.

    An interpreter works in one booth: their entry leaves any other booth (a participants file
    that moves them from the French to the Arabic booth moves their languages too). Empty passive
    and retour mean "as the booth": no entry is kept then. Booths not touched stay as they are.
    """
    result = booths
    for current in booths:
        if any(i.name == own.name for i in current.interpreters):
            kept = tuple(i for i in current.interpreters if i.name != own.name)
            result = with_booth(result, replace(current, interpreters=kept), languages)
    if own.passive or own.retour:
        target = booth_named(result, booth) or Booth(booth)
        result = with_booth(result, replace(target, interpreters=(*target.interpreters, own)), languages)
    return result


# --- reading a booth from a command ----------------------------------------------------------


def read_booth(raw: Any, languages: tuple[str, ...]) -> Booth:
    """A booth from its JSON form; raises Invalid saying what is wrong."""
    if not isinstance(raw, Mapping):
        raise Invalid("invalid_field", "A booth must be an object: language, passive, retour, interpreters.")
    language = raw.get("language")
    if language not in languages:
        raise Invalid("unknown_language", f"{language!r} is not one of the meeting's languages.")
    passive = _languages(raw.get("passive"), "passive", languages, language)
    retour = _languages(raw.get("retour"), "retour", languages, language)
    people = raw.get("interpreters") or []
    if not isinstance(people, list) or len(people) > MAX_BOOTH_INTERPRETERS:
        raise Invalid("invalid_field", f"'interpreters' must be a list of at most {MAX_BOOTH_INTERPRETERS}.")
    interpreters = tuple(_interpreter(p, languages, language) for p in people)
    names = [i.name for i in interpreters]
    if len(set(names)) != len(names):
        raise Invalid("duplicate_interpreter", "An interpreter is listed twice in the booth.")
    return Booth(language, passive, retour, interpreters)


def _interpreter(raw: Any, languages: tuple[str, ...], booth: str) -> InterpreterLanguages:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise Invalid("invalid_field", "Each interpreter needs a name.")
    name = raw["name"].strip()
    if len(name) > MAX_INTERPRETER_NAME:
        raise Invalid("too_long", f"An interpreter's name is longer than {MAX_INTERPRETER_NAME} characters.")
    return InterpreterLanguages(
        name,
        _languages(raw.get("passive"), "passive", languages, booth),
        _languages(raw.get("retour"), "retour", languages, booth),
    )


def _languages(raw: Any, name: str, languages: tuple[str, ...], booth: str) -> tuple[str, ...]:
    """A list of meeting languages other than the booth's own, without repeats, in the meeting's order."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise Invalid("invalid_field", f"The field {name!r} must be a list of language codes.")
    strange = sorted(set(raw) - set(languages))
    if strange:
        raise Invalid("unknown_language", f"Not a language of this meeting: {', '.join(strange)}.")
    if booth in raw:
        raise Invalid("own_language", f"The {booth} booth's own language cannot be in {name!r}.")
    return tuple(code for code in languages if code in raw)
