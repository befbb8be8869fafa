"""Sending a schedule file to the server (secretariat): the import report back, or why not, typed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import Refused

if TYPE_CHECKING:  # requests loads with the first upload, not with the app (see sync.py)
    import requests

    from .http_api import MeetingApi

#: The server reads and plans a large file before it answers.
UPLOAD_TIMEOUT_S = 60.0


class ScheduleRefused(Refused):
    """The server refused the file itself; ``reason`` is its code, place and fields (see
    ``companion.interchange.schedule_notes``), for the app to word in its user's language."""

    def __init__(self, status: int, message: str, reason: dict[str, Any]) -> None:
        super().__init__(status, "bad_schedule", message)
        self.reason = reason


class EmptySchedule(Refused):
    """No event of the file could be read: ``skipped`` holds each one's reason with its place and line
    (as the report's skips), for the app to word in its user's language."""

    def __init__(self, status: int, message: str, skipped: list[dict[str, Any]]) -> None:
        super().__init__(status, "empty_schedule", message)
        self.skipped = skipped


def send_schedule(
    api: MeetingApi, data: bytes, filename: str, dry_run: bool, expected_plan: str | None = None
) -> dict[str, Any]:
    """The import report of *data* (only a dry run when *dry_run*); with *expected_plan* (a preview's
    ``plan``) the server imports only what the preview showed. Blocking: off the GUI thread."""
    from .http_api import json_answer, post_upload

    params = {"dry_run": "true" if dry_run else "false"}
    if expected_plan:
        params["expected_plan"] = expected_plan
    response = post_upload(
        api,
        "/schedule",
        UPLOAD_TIMEOUT_S,
        params=params,
        data=data,
        headers={"X-Filename": filename[-300:], "Content-Type": "application/octet-stream"},
    )
    if response.status_code >= 400:
        raise _refusal(response)
    return json_answer(response)


def _refusal(response: requests.Response) -> Exception:
    from .http_api import http_error

    try:
        error = response.json()["error"]
        reason = error["reason"] if error["code"] == "bad_schedule" else None
        skipped = error.get("skipped") if error["code"] == "empty_schedule" else None
    except (ValueError, KeyError, TypeError, AttributeError):
        reason = skipped = None
    if isinstance(reason, dict) and isinstance(reason.get("code"), str):
        return ScheduleRefused(response.status_code, str(error.get("message", "")), reason)
    if isinstance(skipped, list):  # a server's list: only what has the shape of a reason is kept
        reasons = [s for s in skipped if isinstance(s, dict) and isinstance(s.get("code"), str)]
        return EmptySchedule(response.status_code, str(error.get("message", "")), reasons)
    return http_error(response)
