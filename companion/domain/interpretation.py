"""What interpreters need to know: who needs relay, which booth shift is on."""

from __future__ import annotations

from datetime import datetime

from .entities import BoothShift

#: Languages every booth of this meeting interprets from directly (its own, plus these).
DIRECT_FROM = frozenset({"en", "fr"})


def needs_relay(booth: str, speaker_language: str) -> bool:
    """True when a booth must take relay from another booth for this speaker's language."""
    return speaker_language != booth and speaker_language not in DIRECT_FROM


def shifts_of(shifts: tuple[BoothShift, ...], booth: str) -> list[BoothShift]:
    return sorted((s for s in shifts if s.language == booth), key=lambda s: s.start)


def current_shift(shifts: tuple[BoothShift, ...], booth: str, now: datetime) -> BoothShift | None:
    return next((s for s in shifts_of(shifts, booth) if s.start <= now < s.end), None)
