"""The relay plan: for a speaker's language, how each booth gets it — computed from the booths' data.

For a speaker in language L, a booth

- is on the **floor** when L is its own language (it has nothing to interpret — unless others need
  its retour, then it is their pivot);
- works **direct** when L is one of its passive languages;
- takes **retour** when the L booth works into this booth's own language (its channel carries it);
- takes **relay** from a **pivot** booth that takes L (passively, or as its own language with retour)
  and works into a language this booth takes;
- has **none** when no booth can give it L: the chair and secretariat are warned before that
  speaker is called (``uncovered``).

One step only: a pivot always takes L itself (relay of relay loses too much to plan on).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .booths import Booth

#: The booths preferred as pivots, in order, when several could serve (the usual pivots first).
PIVOT_PREFERENCE: tuple[str, ...] = ("en", "fr", "es", "ru", "ar", "zh")


class Route(StrEnum):
    FLOOR = "floor"
    DIRECT = "direct"
    RETOUR = "retour"
    RELAY = "relay"
    NONE = "none"


@dataclass(frozen=True)
class BoothRoute:
    """How one booth gets a speaker's language: ``pivot`` for relay and retour, and the booths
    that take relay (or retour) from this one."""

    booth: str
    route: Route
    pivot: str | None = None
    feeds: tuple[str, ...] = ()


def outputs(booth: Booth, language: str) -> tuple[str, ...]:
    """The languages *booth* gives when the floor speaks *language* (none if it does not take it)."""
    if language in booth.passive:
        return (booth.language,)
    if language == booth.language:
        return booth.retour
    return ()


def takes_directly(booths: Iterable[Booth], language: str) -> bool:
    """True when some booth works from *language* (passively, or into retour from its own)."""
    return any(outputs(b, language) for b in booths)


def _preference(booth: Booth, language: str, taker: Booth) -> tuple:
    """Sort key of a candidate pivot for *taker*: a retour into the taker's own language first,
    then the floor language's own booth, then the usual pivots in order."""
    gives = outputs(booth, language)
    usual = PIVOT_PREFERENCE
    order = usual.index(booth.language) if booth.language in usual else len(usual)
    return (taker.language not in gives, booth.language != language, order, booth.language)


def _route_of(booth: Booth, booths: tuple[Booth, ...], language: str) -> BoothRoute:
    if booth.language == language:
        return BoothRoute(booth.language, Route.FLOOR)
    if language in booth.passive:
        return BoothRoute(booth.language, Route.DIRECT)
    candidates = [
        p for p in booths
        if p.language != booth.language
        and any(out == booth.language or out in booth.passive for out in outputs(p, language))
    ]  # fmt: skip
    if not candidates:
        return BoothRoute(booth.language, Route.NONE)
    pivot = min(candidates, key=lambda p: _preference(p, language, booth))
    route = Route.RETOUR if booth.language in outputs(pivot, language) else Route.RELAY
    return BoothRoute(booth.language, route, pivot.language)


def relay_plan(booths: Iterable[Booth], language: str) -> tuple[BoothRoute, ...]:
    """Every booth's route for a speaker in *language*, in the booths' order, pivots with their feeds."""
    booths = tuple(booths)
    routes = [_route_of(b, booths, language) for b in booths]
    fed: dict[str, list[str]] = {}
    for r in routes:
        if r.pivot:
            fed.setdefault(r.pivot, []).append(r.booth)
    return tuple(BoothRoute(r.booth, r.route, r.pivot, tuple(fed.get(r.booth, ()))) for r in routes)


def route_of(booths: Iterable[Booth], language: str, booth: str) -> BoothRoute | None:
    """One booth's route in the plan for *language* (None if there is no such booth)."""
    return next((r for r in relay_plan(booths, language) if r.booth == booth), None)


def uncovered(booths: Iterable[Booth], language: str) -> tuple[str, ...]:
    """The booths that cannot get *language* at all — empty when the plan covers every booth.

    When no booth takes the language directly, every other booth is in it."""
    return tuple(r.booth for r in relay_plan(booths, language) if r.route == Route.NONE)
