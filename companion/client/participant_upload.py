"""The secretariat's participants calls: a CSV list up, the report and new codes back; a new code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from companion.domain.refusals import Refusal

from .errors import Refused

if TYPE_CHECKING:  # requests loads with the first upload, not with the app (see sync.py)
    import requests

    from .http_api import MeetingApi

#: Hashing a thousand new codes takes the server a while (each code is hashed slowly on purpose).
UPLOAD_TIMEOUT_S = 120.0


class ParticipantsRefused(Refused):
    """The server refused the list; ``problems`` holds every bad line: ``{line, issue, column, value}``."""

    def __init__(self, status: int, message: str, problems: list[dict[str, Any]]) -> None:
        super().__init__(status, Refusal.BAD_PARTICIPANTS, message)
        self.problems = problems


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
    except (ValueError, KeyError, TypeError):
        problems = None
    if isinstance(problems, list) and all(isinstance(p, dict) for p in problems):
        return ParticipantsRefused(response.status_code, str(error.get("message", "")), problems)
    return http_error(response)
