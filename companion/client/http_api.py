"""The server's HTTP interface, for the client. Every network failure becomes a typed error here."""

from __future__ import annotations

import json
from typing import Any

import requests

from .errors import ClientError, Refused, ServerTrouble, SignedOut, StreamStalled, Unreachable

API = "/api/v1"


class MeetingApi:
    """Blocking calls; run them off the GUI thread. Always with timeouts."""

    def __init__(self, server_url: str, meeting_id: str, timeout: float = 10.0) -> None:
        self.server_url = server_url.rstrip("/")
        self.meeting_id = meeting_id
        self.timeout = timeout
        self.http = requests.Session()
        self.http.headers["User-Agent"] = "meeting-companion"

    def set_token(self, token: str | None) -> None:
        if token:
            self.http.headers["Authorization"] = f"Bearer {token}"
        else:
            self.http.headers.pop("Authorization", None)

    # --- calls ---------------------------------------------------------------

    def sign_in(self, code: str) -> dict[str, Any]:
        """``{"token", "participant", "meeting"}``; raises Refused on a wrong code."""
        try:
            answer = self._call("POST", "/session", json={"meeting": self.meeting_id, "code": code})
        except SignedOut as wrong:
            raise Refused(401, "wrong_code", str(wrong)) from None
        if not isinstance(answer.get("token"), str) or not isinstance(answer.get("participant"), dict):
            raise ServerTrouble("The server's answer to sign-in is not what this app expects.")
        return answer

    def sign_out(self) -> None:
        self._call("DELETE", "/session")

    def snapshot(self) -> dict[str, Any]:
        return self._call("GET", f"/meetings/{self.meeting_id}")

    def command(self, body: dict[str, Any], key: str) -> dict[str, Any]:
        return self._call(
            "POST", f"/meetings/{self.meeting_id}/commands", json=body, headers={"Idempotency-Key": key}
        )

    def open_stream(self, after: int, stall_seconds: float) -> requests.Response:
        """The event stream from *after*; a read that waits longer than *stall_seconds* fails."""
        url = f"{self.server_url}{API}/meetings/{self.meeting_id}/events"
        try:
            response = self.http.get(
                url,
                headers={"Last-Event-ID": str(after), "Accept": "text/event-stream"},
                stream=True,
                timeout=(self.timeout, stall_seconds),
            )
        except requests.RequestException as exc:
            raise network_error(exc) from None
        if response.status_code != 200:
            with response:
                raise http_error(response)
        return response

    def _call(self, method: str, path: str, session: requests.Session | None = None, **kwargs) -> Any:
        kwargs.setdefault("timeout", self.timeout)
        try:
            response = (session or self.http).request(method, f"{self.server_url}{API}{path}", **kwargs)
        except requests.RequestException as exc:
            raise network_error(exc) from None
        if response.status_code >= 400:
            raise http_error(response)
        if response.status_code == 204:
            return None
        try:
            return response.json()
        except ValueError:
            raise ServerTrouble("The server sent an answer this app cannot read.") from None


def network_error(exc: requests.RequestException) -> ClientError:
    """A requests failure in words; the URL's host is named, never a header or token."""
    if isinstance(exc, requests.exceptions.SSLError):
        return Unreachable("The secure connection to the server failed (certificate or TLS problem).")
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return Unreachable("The server did not answer in time.")
    if isinstance(exc, (requests.exceptions.ReadTimeout,)) or "Read timed out" in str(exc):
        return StreamStalled("The connection went silent; reconnecting.")
    if isinstance(exc, requests.exceptions.ConnectionError):
        return Unreachable("Cannot reach the meeting server (network down or server stopped).")
    return Unreachable("The connection to the server failed.")


def http_error(response: requests.Response) -> ClientError:
    status = response.status_code
    code, message = "http_error", f"The server answered with error {status}."
    try:
        error = response.json()["error"]
        code, message = str(error["code"]), str(error["message"])
    except (ValueError, KeyError, TypeError, json.JSONDecodeError):
        pass
    if status == 401:
        return SignedOut(message)
    if status >= 500:
        return ServerTrouble(f"The server had a problem (error {status}); trying again.")
    return Refused(status, code, message)
