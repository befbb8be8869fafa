"""The server's HTTP interface, for the client. Every network failure becomes a typed error here."""

from __future__ import annotations

import contextlib
import json
import socket
import time
from typing import Any

import requests

from companion.domain.refusals import Refusal

from .addresses import check_server_url
from .errors import ClientError, Problem, Refused, ServerTrouble, SignedOut, StreamStalled, Unreachable
from .snapshot_parts import snapshot_parts

API = "/api/v1"
#: The most a sign-in answer or a list of meetings may hold: a hostile server cannot fill the memory.
MAX_SMALL_ANSWER = 1024 * 1024


class MeetingApi:
    """Blocking calls; run them off the GUI thread. Always with timeouts."""

    def __init__(
        self, server_url: str, meeting_id: str, timeout: float = 10.0, ca_file: str | None = None
    ) -> None:
        self.server_url = check_server_url(server_url).rstrip("/")
        self.meeting_id = meeting_id
        self.timeout = timeout
        self.http = requests.Session()
        self.http.headers["User-Agent"] = "meeting-companion"
        # A snapshot at real size is 1–2 MB of JSON and a tenth of it gzipped: always ask for it.
        self.http.headers["Accept-Encoding"] = "gzip"
        # Certificates are always verified: against the system's CAs, or a private CA's file. Passed
        # with each request: requests lets REQUESTS_CA_BUNDLE override a session's own setting.
        self.verify: str | bool = ca_file or True

    def set_token(self, token: str | None) -> None:
        if token:
            self.http.headers["Authorization"] = f"Bearer {token}"
        else:
            self.http.headers.pop("Authorization", None)

    # --- calls ---------------------------------------------------------------

    def sign_in(self, code: str) -> dict[str, Any]:
        """``{"token", "participant", "meeting"}``; raises Refused on a wrong code."""
        body = {"meeting": self.meeting_id, "code": code}
        try:
            answer = self._call("POST", "/session", json=body, total_seconds=self.timeout)
        except SignedOut as wrong:
            raise Refused(401, Refusal.WRONG_CODE, str(wrong)) from None
        if not isinstance(answer, dict) or not isinstance(answer.get("token"), str) or not isinstance(
            answer.get("participant"), dict
        ):
            raise ServerTrouble(
                "The server's answer to sign-in is not what this app expects.",
                Problem.UNEXPECTED_SIGN_IN_ANSWER,
            )
        return answer

    def sign_out(self) -> None:
        self._call("DELETE", "/session")

    def snapshot(self) -> dict[str, Any]:
        """The meeting as this user sees it: the role's view (the same for the whole role, cached
        and compressed once by the server) with the user's own part put in (``snapshot_parts``)."""
        return snapshot_parts(lambda path: self._call("GET", path), f"/meetings/{self.meeting_id}")

    def presence(self) -> dict[str, Any]:
        """Who holds an event stream now (chair, secretariat): the server's plain report."""
        return self._call("GET", f"/meetings/{self.meeting_id}/presence")

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
                verify=self.verify,
            )
        except requests.RequestException as exc:
            raise network_error(exc) from None
        if response.status_code != 200:
            with response:
                raise http_error(response)
        return response

    def _call(
        self,
        method: str,
        path: str,
        session: requests.Session | None = None,
        total_seconds: float | None = None,
        **kwargs,
    ) -> Any:
        """*total_seconds*: a deadline for the whole answer (a server trickling bytes cannot hold
        the call forever), which is then also limited to MAX_SMALL_ANSWER bytes."""
        kwargs.setdefault("timeout", self.timeout)
        kwargs.setdefault("verify", self.verify)
        # Never follow a redirect: a sign-in would carry the personal code to whatever host it names.
        kwargs.setdefault("allow_redirects", False)
        url = f"{self.server_url}{API}{path}"
        try:
            response = (session or self.http).request(method, url, stream=total_seconds is not None, **kwargs)
            if total_seconds is not None:
                _read_bounded(response, total_seconds)
        except requests.RequestException as exc:
            raise network_error(exc) from None
        refuse_redirect(response)
        if response.status_code >= 400:
            raise http_error(response)
        return json_answer(response)


def _read_bounded(response: requests.Response, total_seconds: float) -> None:
    """Read the body within *total_seconds* and MAX_SMALL_ANSWER bytes (then ``.content`` holds it)."""
    deadline, body = time.monotonic() + total_seconds, bytearray()
    # read1 returns what has arrived; read(n) would wait for all n bytes, a byte at a time.
    read1 = getattr(response.raw, "read1", None)
    chunks = iter(lambda: read1(8192, decode_content=True), b"") if read1 else response.iter_content(1024)
    try:
        for chunk in chunks:
            body += chunk
            if time.monotonic() > deadline:
                raise Unreachable("The server did not answer in time.", Problem.TIMEOUT)
            if len(body) > MAX_SMALL_ANSWER:
                raise ServerTrouble("The server's answer is far too large.", Problem.UNREADABLE_ANSWER)
    finally:
        response.close()
    response._content = bytes(body)  # what requests itself does after reading a streamed body


def refuse_redirect(response: requests.Response) -> None:
    """A 3xx is not an answer of a meeting server: raise ServerTrouble REDIRECTED."""
    if response.is_redirect or 300 <= response.status_code < 400:
        response.close()
        raise ServerTrouble("This address sends the app on to another one.", Problem.REDIRECTED)


def post_upload(api: MeetingApi, path: str, timeout: float, **kwargs) -> requests.Response:
    """POST a file's worth of data to *path* under the meeting, on its own session (it runs beside
    the sync workers): with the app's CA file like every call, and never following a redirect
    (the file, a participants list with e-mails, would go to whatever host it names)."""
    url = f"{api.server_url}{API}/meetings/{api.meeting_id}{path}"
    with requests.Session() as own:
        own.headers.update(api.http.headers)
        try:
            response = own.post(
                url, timeout=max(api.timeout, timeout), verify=api.verify, allow_redirects=False, **kwargs
            )
        except requests.RequestException as exc:
            raise network_error(exc) from None
    refuse_redirect(response)
    return response


def json_answer(response: requests.Response) -> Any:
    """The body of a successful answer as JSON (None for 204), or ServerTrouble."""
    if response.status_code == 204:
        return None
    try:
        return response.json()
    except ValueError:
        raise ServerTrouble(
            "The server sent an answer this app cannot read.", Problem.UNREADABLE_ANSWER
        ) from None


def abort_stream(response: requests.Response) -> None:
    """Close a stream from another thread, unblocking its reader at once.

    Closing alone does not wake a read blocked in a TLS socket (it would wait for the next
    keep-alive); shutting the socket down does, for plain and TLS connections alike.
    """
    sock = getattr(getattr(response.raw, "connection", None), "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    response.close()


def network_error(exc: requests.RequestException) -> ClientError:
    """A requests failure in words; the URL's host is named, never a header or token."""
    if isinstance(exc, requests.exceptions.SSLError) and "CERTIFICATE_VERIFY_FAILED" in str(exc):
        # OpenSSL's name for it: self-signed, expired, or from an authority this computer does not know
        return Unreachable("The server's certificate is not trusted.", Problem.UNTRUSTED_CERTIFICATE)
    if isinstance(exc, requests.exceptions.SSLError):
        return Unreachable(
            "The secure connection to the server failed (certificate or TLS problem).", Problem.TLS
        )
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return Unreachable("The server did not answer in time.", Problem.TIMEOUT)
    if isinstance(exc, (requests.exceptions.ReadTimeout,)) or "Read timed out" in str(exc):
        return StreamStalled("The connection went silent; reconnecting.")
    if isinstance(exc, requests.exceptions.ConnectionError):
        return Unreachable("Cannot reach the meeting server (network down or server stopped).")
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidSchema)):
        return Unreachable("The server address is not a valid web address.", Problem.BAD_ADDRESS)
    return Unreachable("The connection to the server failed.", Problem.CONNECTION_FAILED)


def http_error(response: requests.Response) -> ClientError:
    """The server's refusal as a typed error: its code, and the fields the words need."""
    status = response.status_code
    sent, message = None, f"The server answered with error {status}."
    try:
        error = response.json()["error"]
        sent, message = str(error["code"]), str(error["message"])
    except (ValueError, KeyError, TypeError, json.JSONDecodeError):
        pass
    code = sent or Problem.HTTP_ERROR.value
    if status == 401:
        return SignedOut(message, code)
    if status >= 500:
        # A code the server sent and the app knows (storage_unavailable) keeps its own words;
        # anything else reads "the server had a problem (error N)".
        known = sent if sent in Refusal.__members__.values() else None
        words = f"The server had a problem (error {status})."
        return ServerTrouble(words, known, status=status)
    fields = {}
    wait = response.headers.get("Retry-After", "")
    if wait.isdigit():
        fields["seconds"] = int(wait)
    return Refused(status, code, message, **fields)


def list_meetings(server_url: str, timeout: float = 10.0, ca_file: str | None = None) -> list[dict[str, Any]]:
    """The meetings a server holds (public, no sign-in): ``[{"id", "title", "days", "time_zone"}]``.

    Raises Unreachable, or ServerTrouble (NOT_A_MEETING_SERVER) when the address answers but
    is not a meeting server. *ca_file*: the app's private CA, as for every other call.
    """
    url = f"{server_url.rstrip('/')}{API}/meetings"
    headers = {"User-Agent": "meeting-companion"}
    try:
        response = requests.get(
            url, timeout=timeout, headers=headers, allow_redirects=False, stream=True, verify=ca_file or True
        )
        _read_bounded(response, timeout)
    except requests.RequestException as exc:
        raise network_error(exc) from None
    except ValueError:  # requests refuses some addresses before trying them
        raise Unreachable("The server address is not a valid web address.", Problem.BAD_ADDRESS) from None
    refuse_redirect(response)
    try:
        listed = response.json() if response.status_code == 200 else None
    except ValueError:
        listed = None
    if not isinstance(listed, list) or not all(isinstance(m, dict) and "id" in m for m in listed):
        raise ServerTrouble("This address is not a meeting server.", Problem.NOT_A_MEETING_SERVER)
    return listed
