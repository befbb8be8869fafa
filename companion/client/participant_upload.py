"""The secretariat's participants calls: a CSV list up, the report and new codes back; a new code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from companion.domain.refusals import Refusal

from .errors import Refused

if TYPE_CHECKING:  # requests loads with the first upload, not with the app (see sync.py)
    import requests

    from .http_api import MeetingApi

#: Checking and storing 10,000 people with their codes takes the server seconds; a busy one, longer.
UPLOAD_TIMEOUT_S = 120.0


class ParticipantsRefused(Refused):
    """The server refused the list; ``problems`` holds every bad line: ``{line, issue, column, value}``;
    ``notes`` what the server's reader did meanwhile (``{line, note, value}``: an encoding guessed…)."""

    def __init__(
        self, status: int, message: str, problems: list[dict[str, Any]], notes: list[dict[str, Any]] = ()
    ) -> None:
        super().__init__(status, Refusal.BAD_PARTICIPANTS, message)
        self.problems = problems
        self.notes = list(notes)


def send_participants(api: MeetingApi, data: bytes, dry_run: bool) -> dict[str, Any]:
    """The import report (with ``codes`` when applied). Raises ParticipantsRefused or a ClientError."""
    from .http_api import post_upload

    response = post_upload(
        api,
        "/participants",
        UPLOAD_TIMEOUT_S,
        params={"dry_run": "true" if dry_run else "false"},
        data=data,
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )
    return _answer(response)


def new_code(api: MeetingApi, participant_id: str) -> dict[str, str]:
    """``{"participant_id", "code"}``: a new personal code, shown once; the old one stops working."""
    from .http_api import post_upload

    return _answer(post_upload(api, f"/participants/{participant_id}/code", UPLOAD_TIMEOUT_S))


def _answer(response: requests.Response) -> Any:
    from .http_api import json_answer

    if response.status_code >= 400:
        raise _refusal(response)
    return json_answer(response)


def _refusal(response: requests.Response) -> Exception:
    from .http_api import http_error

    try:
        error = response.json()["error"]
        problems = error["problems"] if error["code"] == Refusal.BAD_PARTICIPANTS else None
        notes = error.get("notes") or []
    except (ValueError, KeyError, TypeError, AttributeError):
        problems, notes = None, []
    if isinstance(problems, list) and all(isinstance(p, dict) for p in problems):
        notes = [n for n in notes if isinstance(n, dict)] if isinstance(notes, list) else []
        return ParticipantsRefused(response.status_code, str(error.get("message", "")), problems, notes)
    return http_error(response)
