"""The OpenAPI description says what the server really answers (issue 28): the media types of the
streams, the calendar and the record, and 503 wherever the database is asked."""

from __future__ import annotations

import pytest
import requests

M = "/api/v1/meetings/{meeting_id}"


@pytest.fixture(scope="module")
def description(tmp_path_factory, demo_db):
    import shutil

    from live_server import LiveServer

    path = tmp_path_factory.mktemp("openapi") / "meeting.db"
    shutil.copy(demo_db, path)
    server = LiveServer(path).start()
    try:
        yield requests.get(f"{server.url}/openapi.json", timeout=30).json()
    finally:
        server.stop()


@pytest.mark.parametrize(
    "path, types",
    [
        (f"{M}/events", {"text/event-stream"}),
        (f"{M}/public/events", {"text/event-stream"}),
        (f"{M}/agenda.ics", {"text/calendar"}),
        (f"{M}/record.{{fmt}}", {"text/csv", "application/json"}),
    ],
)
def test_the_real_media_types(description, path, types):
    assert set(description["paths"][path]["get"]["responses"]["200"]["content"]) == types


def test_503_wherever_storage_is_asked(description):
    for path, operations in description["paths"].items():
        for method, operation in operations.items():
            touches_storage = method != "get" or "security" in operation or path.endswith("/ready")
            if touches_storage and not path.startswith("/display"):
                assert "503" in operation["responses"], (method, path)
    assert "503" not in description["paths"]["/api/v1/health"]["get"]["responses"]


def test_links_lead_from_sign_in_to_the_snapshot_a_command_and_the_events(description):
    paths = description["paths"]
    ids = {(m, p): op["operationId"] for p, ops in paths.items() for m, op in ops.items()}

    def links(method, path):
        return {name: (link["operationId"], link["parameters"])
                for name, link in paths[path][method]["responses"]["200"]["links"].items()}

    sign_in = links("post", "/api/v1/session")
    assert sign_in["snapshot"] == (ids[("get", M)], {"path.meeting_id": "$response.body#/meeting"})
    snapshot = links("get", M)
    assert snapshot["command"][0] == ids[("post", f"{M}/commands")]
    assert snapshot["events"] == (
        ids[("get", f"{M}/events")],
        {"path.meeting_id": "$request.path.meeting_id", "query.after": "$response.body#/seq"},
    )
    assert links("post", f"{M}/commands")["events"][0] == ids[("get", f"{M}/events")]


def test_the_limits_checked_by_hand_are_schema_constraints(description):
    def schema_of(path, name):
        parameter = next(p for p in description["paths"][path]["get"]["parameters"] if p["name"] == name)
        schema = parameter["schema"]
        return next((s for s in schema.get("anyOf", []) if s.get("type") == "string"), schema)

    assert schema_of(f"{M}/events", "after")["pattern"] == r"^\s*[0-9]{1,20}\s*$"
    assert schema_of("/display/{meeting_id}", "view")["enum"] == ["room", "lower-third", "speakers"]
    assert schema_of("/display/{meeting_id}", "theme")["enum"] == ["dark", "light"]
    assert set(schema_of("/display/{meeting_id}", "lang")["enum"]) == {"ar", "zh", "en", "fr", "ru", "es"}
