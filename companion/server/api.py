"""The HTTP interface: ``create_app(settings)`` builds the ASGI app. Routes are thin."""

from __future__ import annotations

import asyncio
import gc
import math
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Header, Query, Request, Response
from pydantic import BaseModel, Field, field_validator
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from companion import __version__
from companion.domain import CommandRefused
from companion.domain.codec import to_plain
from companion.domain.limits import check_text
from companion.interchange import MAX_SCHEDULE_BYTES

from .command_input import idempotency_key as idempotency_key_of
from .command_input import read_command
from .deadline_hook import close_lists_at_deadlines
from .deps import HubDep, TokenDep, Viewer
from .display_api import router as display_router
from .documents_api import DOCUMENTS_LIMIT
from .documents_api import router as documents_router
from .event_stream import EventStreamResponse
from .exchange_api import router as exchange_router
from .http_errors import ApiError, BodyLimit, install_error_handlers
from .hub import Hub, SignInRefused
from .openapi import install_openapi
from .participants_api import ROSTER_LIMIT
from .participants_api import router as participants_router
from .presence_api import router as presence_router
from .session_commands import is_session_command, run_session_command
from .settings import Settings
from .storage_calls import bounded
from .stream_route import EventStreamRoute, open_event_stream
from .view_api import router as view_router
from .view_api import whole_snapshot


def create_app(settings: Settings, hub: Hub | None = None) -> FastAPI:
    """The meeting server as an ASGI app, with its storage opened for the app's lifetime (or the
    *hub* ``serve`` loaded first, so that a fault in the data is one line, not a trace)."""

    loaded = hub

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        hub = loaded or await asyncio.to_thread(Hub, settings)
        app.state.hub = hub
        quiet_garbage_collector()
        ticker = asyncio.create_task(hub.keep_alive())
        upkeep = asyncio.create_task(hub.maintain())
        closer = asyncio.create_task(close_lists_at_deadlines(hub))
        follower = asyncio.create_task(hub.follow())  # other writers' events (CLI, replicas)
        try:
            yield
        finally:
            ticker.cancel()
            upkeep.cancel()
            closer.cancel()
            follower.cancel()
            hub.close()

    app = FastAPI(
        title="Meeting Companion server",
        version=__version__,
        description="The one authority of a hybrid meeting. See docs/protocol.md.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.add_middleware(
        BodyLimit,
        max_bytes=settings.max_body_bytes,
        by_suffix={"/schedule": MAX_SCHEDULE_BYTES, **ROSTER_LIMIT, **DOCUMENTS_LIMIT},
    )
    app.add_middleware(EventStreamRoute)  # outside routing: a long-lived stream holds little
    if settings.forwarded_allow_ips:  # outermost: every layer below sees the real client
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.forwarded_allow_ips)
    app.include_router(router, prefix="/api/v1")
    app.include_router(exchange_router, prefix="/api/v1")
    app.include_router(display_router)  # the public pages and their stream
    install_openapi(app)
    app.include_router(participants_router, prefix="/api/v1")
    app.include_router(view_router, prefix="/api/v1")  # the role's view and one's own part
    app.include_router(documents_router, prefix="/api/v1")
    app.include_router(presence_router, prefix="/api/v1")
    return app


def quiet_garbage_collector() -> None:
    """Keep full collections from stalling every stream at once.

    The meetings' states and logs are loaded and live as long as the server: freeze them out of
    the collector's scans, and collect the young generation less often (thousands of open streams
    allocate steadily). Reference counting still frees almost everything at once.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


router = APIRouter()


@router.get("/health")
async def health() -> dict[str, str]:
    """Alive: the process has loaded its meetings and its event loop turns (touches no database)."""
    return {"status": "ok"}


@router.get("/ready", responses={503: {"description": "the database does not answer"}})
async def ready(hub: HubDep) -> dict[str, str]:
    """Ready to serve: alive, and its database answers now (503 ``storage_unavailable`` if not).
    The balancer's readiness check: a replica that lost PostgreSQL leaves the rotation."""
    await bounded(hub.storage.ping)
    return {"status": "ready"}


@router.get("/meetings")
async def meetings(hub: HubDep) -> list[dict[str, Any]]:
    """Public list of meetings on this server; ``demo: true`` marks the bundled meeting of a server
    started with ``--demo`` (its personas' public codes sign in: the app offers them only there)."""
    listed = []
    for room in hub.rooms.values():
        m = room.state.meeting
        entry = {"id": m.id, "title": m.title, "days": to_plain(m.days), "time_zone": m.time_zone}
        listed.append({**entry, "demo": True} if m.id == hub.demo_meeting else entry)
    return listed


class SignIn(BaseModel):
    meeting: str = Field(min_length=1, max_length=100)
    code: str = Field(min_length=1, max_length=100)

    @field_validator("meeting", "code")
    @classmethod
    def _plain_text(cls, value: str) -> str:
        try:
            check_text(value)
        except CommandRefused as refused:
            raise ValueError(refused.message) from None
        return value


@router.post("/session")
async def sign_in(body: SignIn, request: Request, hub: HubDep) -> dict[str, Any]:
    """Exchange a meeting id and personal code for a bearer token."""
    address = request.client.host if request.client else "?"
    try:
        token, participant = await hub.sign_in(body.meeting, body.code, address)
    except SignInRefused as refused:
        if refused.wait_seconds:
            wait = math.ceil(refused.wait_seconds)
            raise ApiError(
                429,
                "rate_limited",
                f"Too many sign-ins from here just now. Try again in {wait} s.",
                {"Retry-After": str(wait)},
            ) from None
        raise ApiError(401, "wrong_code", "That meeting and code do not match.") from None
    return {"token": token, "meeting": body.meeting, "participant": to_plain(participant)}


@router.delete("/session", status_code=204)
async def sign_out(hub: HubDep, token: TokenDep) -> Response:
    """End this sign-in (and its streams); 401 for a token that is not (or no longer) one."""
    if await hub.authenticate(token) is None:
        raise ApiError(
            401, "unauthenticated", "Your session has ended; sign in again.", {"WWW-Authenticate": "Bearer"}
        )
    await hub.sign_out(token)
    return Response(status_code=204)


@router.get("/meetings/{meeting_id}", response_model=None)
async def snapshot(viewer: Viewer, request: Request) -> Response:
    """The whole meeting state as the caller may see it, with ``seq`` to resume the stream from
    (gzip when accepted, ``ETag``/304; the app reads ``/view`` and ``/own`` instead: view_api.py)."""
    return await whole_snapshot(*viewer, request)


@router.get("/meetings/{meeting_id}/events")
async def events(
    viewer: Viewer,
    hub: HubDep,
    token: TokenDep,
    request: Request,
    after: Annotated[str | None, Query()] = None,
    last_event_id: Annotated[str | None, Header()] = None,
) -> EventStreamResponse:
    """Server-Sent Events: every event after ``Last-Event-ID`` (or ``?after=``), then live ones."""
    # GET is answered by EventStreamRoute before routing (stream_route.py); this declares the route.
    address = request.client.host if request.client else "?"
    return open_event_stream(hub, *viewer, token, address, after, last_event_id)


@router.post("/meetings/{meeting_id}/commands")
async def command(
    viewer: Viewer,
    hub: HubDep,
    request: Request,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    """Issue a command; the answer carries the events it produced. Repeat with the same key safely."""
    room, participant = viewer
    await hub.command_rates.check(room.meeting_id, participant)  # before reading: a flood costs little
    key = idempotency_key_of(idempotency_key)
    body = await read_command(request)
    if is_session_command(body):
        return await run_session_command(hub, room, participant, body)
    return await room.run(participant, body, key)
