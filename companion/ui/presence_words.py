"""Presence in words: the chair's "App" column (connected, last seen N min ago, never connected)."""

from __future__ import annotations

from companion.domain.presence import Presence

from .labels import number, tr


def presence_text(presence: Presence, minutes: int) -> str:
    """``connected``, ``away 12 min``, ``never connected`` — short: it is a column of the list."""
    if presence == Presence.CONNECTED:
        return tr("connected")
    if presence == Presence.AWAY:
        return tr("away {n} min").format(n=number(minutes))
    return tr("never connected")
