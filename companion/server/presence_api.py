"""Who is connected now: the chair's and the secretariat's view of the open event streams.

What this process's streams show (one server process per meeting, the embedded default); behind
several replicas each answers for the streams it holds. Not an event: presence is not the record.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter

from companion.domain.instants import to_iso
from companion.domain.permissions import check_role

from .deps import HubDep, Viewer

router = APIRouter()


@router.get("/meetings/{meeting_id}/presence")
async def presence(viewer: Viewer, hub: HubDep) -> dict[str, Any]:
    """``{as_of, connected: [participant id], left_at: {participant id: instant}}``: who holds an
    event stream now, and when the others' last stream ended (absent: not seen since the start)."""
    room, participant = viewer
    check_role(participant, "presence.read")
    connected, left = hub.streams.presence(room.meeting_id)
    return {
        "as_of": to_iso(datetime.now(UTC)),
        "connected": sorted(connected),
        "left_at": {pid: to_iso(datetime.fromtimestamp(at, UTC)) for pid, at in sorted(left.items())},
    }
