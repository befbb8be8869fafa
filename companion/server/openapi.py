"""The OpenAPI description API tools can use: command bodies (a union on ``type``), the error body,
the bearer scheme, and every status each endpoint returns (see docs/protocol.md)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

API = "/api/v1"
M = f"{API}/meetings/{{meeting_id}}"

#: The error statuses each route answers with, beyond its success.
ERRORS: dict[tuple[str, str], tuple[int, ...]] = {
    ("get", f"{API}/health"): (),
    ("get", f"{API}/ready"): (503,),
    ("get", f"{API}/meetings"): (),
    ("post", f"{API}/session"): (400, 401, 413, 422, 429, 503),
    ("delete", f"{API}/session"): (401, 503),
    ("get", M): (401, 403, 503),
    ("get", f"{M}/events"): (400, 401, 403, 429, 503),
    ("post", f"{M}/commands"): (400, 401, 403, 409, 413, 422, 429, 503),
    ("post", f"{M}/schedule"): (400, 401, 403, 409, 413, 422, 429, 503),
    ("post", f"{M}/participants"): (400, 401, 403, 409, 413, 422, 429, 503),
    ("post", f"{M}/participants/{{participant_id}}/code"): (400, 401, 403, 404, 413, 429, 503),
    ("get", f"{M}/agenda.ics"): (404, 422),  # 422: ?language= not one of the meeting's
    ("get", f"{M}/record.{{fmt}}"): (401, 403, 404, 503),
}
#: For routes not listed (added by other modules): what any route may answer.
DEFAULT_ERRORS = (400, 401, 403, 404, 409, 413, 422, 429, 503)
#: What a route answers with besides JSON (the generated description says JSON for every route).
MEDIA_TYPES: dict[tuple[str, str], dict[str, Any]] = {
    ("get", f"{M}/events"): {"text/event-stream": {"schema": {"type": "string"}}},
    ("get", f"{M}/public/events"): {"text/event-stream": {"schema": {"type": "string"}}},
    ("get", f"{M}/agenda.ics"): {"text/calendar": {"schema": {"type": "string"}}},
    ("get", f"{M}/record.{{fmt}}"): {
        "text/csv": {"schema": {"type": "string"}},
        "application/json": {"schema": {"type": "object"}},
    },
}
REASONS = {
    400: "Unreadable request: a bad Last-Event-ID or ?after=, or a body that did not arrive in full",
    401: "No token, or the session ended (`unauthenticated`); a wrong code (`wrong_code`)",
    403: "The caller's role or meeting does not allow it",
    404: "No such meeting, format or path",
    409: "The command was based on a state that has changed",
    413: "The body is over the size limit (`too_large`)",
    422: "Invalid input, or the rules refuse it; `code` says which",
    429: "Rate limit, sign-in throttle or stream cap; `Retry-After` says when to try again",
    503: "The database did not answer within 1.5 s (`storage_unavailable`); `Retry-After` says when to "
    "send again (with the same Idempotency-Key)",
}
ERROR_BODY = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        }
    },
}


def install_openapi(app: FastAPI) -> None:
    """Replace the app's generated description with the complete one (built once, on demand)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = complete(
                get_openapi(
                    title=app.title, version=app.version, description=app.description, routes=app.routes
                )
            )
        return app.openapi_schema

    app.openapi = openapi


def complete(schema: dict[str, Any]) -> dict[str, Any]:
    """Add the command bodies, the error body and every route's statuses to a generated schema."""
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for generated in ("HTTPValidationError", "ValidationError"):
        schemas.pop(generated, None)  # errors use ErrorBody, not FastAPI's default
    from .command_schema import command_schema  # its pydantic models: built when /openapi.json is asked

    command, definitions = command_schema()
    schemas.update(definitions, Command=command, ErrorBody=ERROR_BODY)
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            _statuses(operation, ERRORS.get((method, path), DEFAULT_ERRORS))
    commands = schema["paths"].get(f"{M}/commands", {}).get("post")
    if commands is not None:
        commands["requestBody"] = _json_body("#/components/schemas/Command")
    schedule = schema["paths"].get(f"{M}/schedule", {}).get("post")
    if schedule is not None:
        raw = {"schema": {"type": "string", "format": "binary"}}
        schedule["requestBody"] = {"required": True, "content": {"application/octet-stream": raw}}
    roster = schema["paths"].get(f"{M}/participants", {}).get("post")
    if roster is not None:  # a CSV list as spreadsheets save it (see docs/protocol.md)
        text = {"schema": {"type": "string"}}
        roster["requestBody"] = {"required": True, "content": {"text/csv": text, "text/plain": text}}
    _links(schema["paths"])
    _constraints(schema["paths"])
    for (method, path), content in MEDIA_TYPES.items():
        operation = schema["paths"].get(path, {}).get(method)
        if operation is not None:
            operation["responses"].setdefault("200", {"description": "OK"})["content"] = content
    return schema


#: How the operations follow one another (OpenAPI links, for tools that chain calls): sign-in gives
#: the meeting whose snapshot to read; a snapshot or a command's answer gives the seq to stream from.
LINKS = {
    ("post", f"{API}/session"): {
        "snapshot": (("get", M), {"path.meeting_id": "$response.body#/meeting"}),
        "command": (("post", f"{M}/commands"), {"path.meeting_id": "$response.body#/meeting"}),
    },
    ("get", M): {
        "command": (("post", f"{M}/commands"), {"path.meeting_id": "$request.path.meeting_id"}),
        "events": (("get", f"{M}/events"),
                   {"path.meeting_id": "$request.path.meeting_id", "query.after": "$response.body#/seq"}),
    },
    ("post", f"{M}/commands"): {
        "events": (("get", f"{M}/events"),
                   {"path.meeting_id": "$request.path.meeting_id", "query.after": "$response.body#/seq"}),
        "snapshot": (("get", M), {"path.meeting_id": "$request.path.meeting_id"}),
    },
}


def _constraints(paths: dict[str, Any]) -> None:
    """The limits the server checks by hand, as schema constraints (tools generate within them)."""
    from companion.domain.display import PageView, Theme
    from companion.domain.vocabulary import LANGUAGES

    position = {"pattern": r"^\s*[0-9]{1,20}\s*$"}  # command_input.stream_position
    wanted = {
        ("get", f"{M}/events", "after"): position,
        ("get", f"{M}/events", "last-event-id"): position,
        ("get", "/display/{meeting_id}", "view"): {"enum": [v.value for v in PageView]},
        ("get", "/display/{meeting_id}", "theme"): {"enum": [t.value for t in Theme]},
        ("get", "/display/{meeting_id}", "lang"): {"enum": list(LANGUAGES)},
    }
    for (method, path, name), constraint in wanted.items():
        for parameter in paths.get(path, {}).get(method, {}).get("parameters", []):
            if parameter.get("name", "").lower() == name:
                schema = parameter.setdefault("schema", {})
                target = next((s for s in schema.get("anyOf", []) if s.get("type") == "string"), schema)
                target.update(constraint)


def _links(paths: dict[str, Any]) -> None:
    for (method, path), links in LINKS.items():
        operation = paths.get(path, {}).get(method)
        if operation is None:
            continue
        described = {}
        for name, ((to_method, to_path), parameters) in links.items():
            target = paths.get(to_path, {}).get(to_method)
            if target is not None and "operationId" in target:
                described[name] = {"operationId": target["operationId"], "parameters": parameters}
        operation["responses"].setdefault("200", {"description": "OK"})["links"] = described


def _statuses(operation: dict[str, Any], errors: tuple[int, ...]) -> None:
    responses = operation.setdefault("responses", {})
    responses.pop("422", None)  # FastAPI's default, replaced below when the route can answer it
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    for status in errors:
        responses[str(status)] = {"description": REASONS[status], "content": error}


def _json_body(ref: str) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": {"$ref": ref}}}}
