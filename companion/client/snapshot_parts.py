"""A snapshot in two parts: the role's view and the user's own part (``domain.shared_view``).

The view is the same bytes for every member of a role at a sequence number, so the server encodes
and compresses it once for thousands of delegates; the own part is a few hundred bytes. The own
part must be at least as new as the view: the stream then replays from the view's sequence
number, and every private field the own part holds is set again by the events after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from companion.domain.shared_view import with_own

from .errors import Problem, Refused, ServerTrouble

#: Times the own part is asked for again when a replica behind it answered from an older state.
OWN_TRIES = 3


def snapshot_parts(get: Callable[[str], Any], base: str) -> dict[str, Any]:
    """The snapshot as this user sees it, *get* answering the meeting's paths under *base*
    (the whole one, per user, from a server without ``/view``)."""
    try:
        view = get(f"{base}/view")
    except Refused as refused:
        if refused.status != 404:
            raise
        return get(base)  # an older server: the whole snapshot, per user
    for _ in range(OWN_TRIES):
        own = get(f"{base}/own")
        try:
            if int(own["seq"]) >= int(view["seq"]):
                return with_own(view, own)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ServerTrouble(
                "The server sent a meeting state this app cannot read.", Problem.UNREADABLE_STATE
            ) from None
    return get(base)
