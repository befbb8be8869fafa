"""Every failure as ``{"error": {"code", "message"}}`` with its status; bad input is never a 500."""

from __future__ import annotations

import logging
import time

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.routing import Match

from companion.domain import CommandRefused, Conflict, Forbidden

from .storage import StorageUnavailable

log = logging.getLogger(__name__)
#: Seconds an app waits before sending again when the database could not record.
STORAGE_RETRY_S = 5


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def error_response(status: int, code: str, message: str, headers=None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def unexpected_response() -> JSONResponse:
    """The answer to a fault of ours: a typed 500 that says nothing was recorded."""
    return error_response(500, "internal", "The server hit an unexpected error; nothing was recorded.")


class _LogThrottle:
    """At most one line per ``every`` seconds: a database down under load fails thousands of
    requests a second, and a line for each would bury the log (or fill a pipe nobody drains)."""

    def __init__(self, every: float = 5.0) -> None:
        self.every, self.next_at, self.held = every, 0.0, 0

    def error(self, message: str, *args) -> None:
        now = time.monotonic()
        if now < self.next_at:
            self.held += 1
            return
        if self.held:
            message += f" (and {self.held} more such failures since the last line)"
        self.next_at, self.held = now + self.every, 0
        log.error(message, *args)


_storage_log = _LogThrottle()


def storage_unavailable_response(method: str, path: str, exc: StorageUnavailable) -> JSONResponse:
    """The answer when the database cannot record now: a 503 the app's outbox retries (same key)
    after Retry-After; for the operator, a log line (at most one every 5 s)."""
    _storage_log.error("cannot record %s %s: %s", method, path, exc)
    message = "The meeting's database cannot record anything right now; nothing was recorded."
    return error_response(503, "storage_unavailable", message, {"Retry-After": str(STORAGE_RETRY_S)})


def refusal_status(refusal: CommandRefused) -> int:
    if isinstance(refusal, Forbidden):
        return 403
    if isinstance(refusal, Conflict):
        return 409
    return 422


def allowed_methods(request: Request) -> str:
    """Every method some route takes at this path (Starlette names only the first route's)."""
    routes = request.app.router.routes
    allowed = [
        method
        for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
        if any(route.matches({**request.scope, "method": method})[0] == Match.FULL for route in routes)
    ]
    return ", ".join(allowed)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(CommandRefused)
    async def _refused(request: Request, exc: CommandRefused):
        return error_response(refusal_status(exc), exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = f"{where}: {first.get('msg', 'invalid')}" if where else first.get("msg", "invalid request")
        return error_response(422, "invalid_request", message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = exc.headers
        if exc.status_code == 405:
            headers = {**(headers or {}), "Allow": allowed_methods(request)}
        return error_response(exc.status_code, code, str(exc.detail), headers)

    @app.exception_handler(ClientDisconnect)
    async def _gone(request: Request, exc: ClientDisconnect):
        # The client went away mid-body (a closed laptop, an abort): one line, no traceback.
        log.info("client left before sending its request: %s %s", request.method, request.url.path)
        return error_response(400, "client_disconnected", "The request body did not arrive in full.")

    @app.exception_handler(StorageUnavailable)
    async def _storage(request: Request, exc: StorageUnavailable):
        return storage_unavailable_response(request.method, request.url.path, exc)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return unexpected_response()


class BodyLimit:
    """ASGI middleware: refuses request bodies over the limit with 413, declared or streamed.

    ``by_suffix`` raises the limit for paths ending so (a schedule file is larger than a command).
    """

    def __init__(self, app, max_bytes: int, by_suffix: dict[str, int] | None = None) -> None:
        self.app, self.max_bytes, self.by_suffix = app, max_bytes, by_suffix or {}

    def limit_for(self, path: str) -> int:
        return next((n for suffix, n in self.by_suffix.items() if path.endswith(suffix)), self.max_bytes)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.limit_for(scope.get("path", ""))
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return await error_response(413, "too_large", _too_large(limit))(scope, receive, send)
        seen, refused = 0, False

        async def limited_receive():
            # Past the limit the 413 is sent from here and the app is told the client left: an
            # exception raised into the app's body reading became FastAPI's 400 "error parsing".
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                refused = True
                await error_response(413, "too_large", _too_large(limit))(scope, receive, send)
                return {"type": "http.disconnect"}
            return message

        async def guarded_send(message):
            if not refused:  # after the 413, the app's own answer (to a "disconnect") goes nowhere
                await send(message)

        return await self.app(scope, limited_receive, guarded_send)


def _too_large(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"The request body is larger than {limit // (1024 * 1024)} MB."
    return f"The request body is larger than {limit // 1024} KiB."
