"""The relay plan and the handover in words, in the interface language (the rules are the domain's)."""

from __future__ import annotations

from companion.domain.handover import Handover
from companion.domain.relay_plan import BoothRoute, Route

from .labels import LANGUAGE_NAMES, booth_name, isolate, listing, meeting_clock, number, tr


def languages_list(codes) -> str:
    """Languages by their own names, in the order given: "العربية, 中文"."""
    return listing(isolate(LANGUAGE_NAMES.get(code, code)) for code in codes)


def route_words(route: BoothRoute | None) -> str:
    """How a booth gets the speaker's language: "direct", "relay from English booth", and, for a
    pivot, which booths depend on it."""
    if route is None:
        return ""
    if route.route == Route.FLOOR:
        words = tr("floor (your language)")
    elif route.route == Route.DIRECT:
        words = tr("direct")
    elif route.route == Route.RELAY:
        words = tr("relay from {booth}").format(booth=booth_name(route.pivot))
    elif route.route == Route.RETOUR:
        words = tr("retour from {booth}").format(booth=booth_name(route.pivot))
    else:
        words = tr("⚠ no booth gives it")
    if route.feeds:
        words += "; " + tr("pivot for {booths}").format(booths=languages_list(route.feeds))
    return words


def uncovered_words(booths: tuple[str, ...]) -> str:
    """The chair's warning that some booths cannot get a speaker's language."""
    return tr("⚠ no interpretation into {languages}").format(languages=languages_list(booths))


def shift_words(handover: Handover, zone: str, any_shift: bool = False) -> str:
    """Who is on now (and until when) and who comes next; *any_shift*: the booth has shifts, all past."""
    parts = []
    if handover.current is not None:
        minutes = max(0, (handover.seconds_left or 0) // 60)
        until = meeting_clock(handover.current.end, zone)
        parts.append(
            tr("In the booth: {name} until {time} ({n} min left)").format(
                name=isolate(handover.current.interpreter), time=until, n=number(minutes)
            )
        )
    if handover.next is not None:
        parts.append(
            tr("Next: {name} from {time}").format(
                name=isolate(handover.next.interpreter), time=meeting_clock(handover.next.start, zone)
            )
        )
    if parts:
        return " · ".join(parts)
    return tr("Your booth's shifts are over.") if any_shift else tr("No shift set for your booth.")


def cue_words(handover: Handover, zone: str) -> str:
    """The handover cue, or "" when none is due."""
    if handover.cue is None or handover.next is None:
        return ""
    at = meeting_clock(handover.next.start, zone)
    return tr("Handover within {n} min: {name} takes over at {time}").format(
        n=number(handover.cue), name=isolate(handover.next.interpreter), time=at
    )
