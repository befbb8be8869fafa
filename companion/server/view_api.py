"""The snapshot routes that scale: the role's view (the same bytes for every member of a role,
cached per sequence number) and the viewer's own part; and the whole per-viewer snapshot with
the same compression and validator. See ``snapshot_cache`` and ``domain.shared_view``."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request, Response

from companion.domain.shared_view import own_part, role_view, view_name
from companion.domain.snapshot import state_to_plain
from companion.domain.visibility import visible_state

from .deps import Viewer
from .snapshot_cache import cache_of, encode, etag_of, not_modified, send
from .sse import dumps

router = APIRouter()


@router.get("/meetings/{meeting_id}/view", response_model=None)
async def role_snapshot(viewer: Viewer, request: Request) -> Response:
    """The meeting as the caller's role sees it, without what is the caller's alone (``/own``).

    Every delegate gets the same bytes at a sequence number: encoded and compressed once."""
    room, participant = viewer
    state, epoch, view = room.state, room.epoch, view_name(participant.role)
    etag = etag_of(epoch, state.seq, view)
    unchanged = not_modified(request, etag)
    if unchanged is not None:
        return unchanged

    def make() -> dict[str, Any]:
        seen = role_view(state, participant.role, room.listener_key)
        return {**state_to_plain(seen), "epoch": epoch, "view": view}

    return send(request, await cache_of(room).get((epoch, state.seq, view), etag, make))


@router.get("/meetings/{meeting_id}/own", response_model=None)
async def own_snapshot(viewer: Viewer, request: Request) -> Response:
    """What the caller sees beyond their role's view (their record, texts, channel), at ``seq``."""
    room, participant = viewer
    state = room.state
    own = {**own_part(state, participant, room.listener_key), "seq": state.seq, "epoch": room.epoch}
    return Response(dumps(own).encode(), media_type="application/json", headers={"Cache-Control": "no-store"})


async def whole_snapshot(room, participant, request: Request) -> Response:
    """The whole state as the caller may see it (the older route): gzip and ETag as above."""
    state, epoch = room.state, room.epoch
    etag = etag_of(epoch, state.seq, f"whole-{participant.id}")
    unchanged = not_modified(request, etag)
    if unchanged is not None:
        return unchanged

    def make():  # in a worker thread: 2 MB of JSON at real size would hold every stream up
        seen = visible_state(state, participant, room.listener_key)
        return encode({**state_to_plain(seen), "epoch": epoch, "you": participant.id}, etag)

    return send(request, await asyncio.to_thread(make))
