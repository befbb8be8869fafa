"""The real meeting server on 127.0.0.1 for tests: in a thread, restartable on the same port."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from contextlib import contextmanager

import requests

from companion.server.settings import Settings
from companion.server.threaded import ThreadedServer, free_port


class LiveServer(ThreadedServer):
    """The real server for a test, on a fresh database; restartable on the same port."""

    def __init__(self, db_path, *, demo: bool = True, keepalive: float = 15.0, **more):
        settings = Settings(db_url=f"sqlite:///{db_path}", demo=demo, keepalive_seconds=keepalive, **more)
        super().__init__(settings, free_port())


@contextmanager
def unreachable_url() -> Iterator[str]:
    """A loopback URL nobody answers, for as long as it is held: its port is bound here and never
    listened on, so a connection is refused. A port that is merely free when asked may be taken by
    another process's server before the app tries it (it was, with suites running side by side)."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{held.getsockname()[1]}"


class Api:
    """A tiny HTTP client for tests: signs in and speaks the JSON protocol."""

    def __init__(self, url: str, meeting: str = "wipo-conv-12") -> None:
        self.url, self.meeting = url, meeting
        self.http = requests.Session()
        self.participant: dict | None = None

    def sign_in(self, code: str) -> Api:
        r = self.http.post(
            f"{self.url}/api/v1/session", json={"meeting": self.meeting, "code": code}, timeout=10
        )
        r.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {r.json()['token']}"
        self.participant = r.json()["participant"]
        return self

    def command(self, key: str | None = None, **command) -> requests.Response:
        headers = {"Idempotency-Key": key} if key else {}
        return self.http.post(
            f"{self.url}/api/v1/meetings/{self.meeting}/commands", json=command, headers=headers, timeout=10
        )

    def ok(self, **command) -> dict:
        r = self.command(**command)
        assert r.status_code == 200, r.text
        return r.json()

    def snapshot(self) -> dict:
        r = self.http.get(f"{self.url}/api/v1/meetings/{self.meeting}", timeout=10)
        r.raise_for_status()
        return r.json()

    def stream(self, after: int | None = None, last_event_id: int | None = None, timeout: float = 10):
        """An open SSE stream yielding (event, data) pairs; comments appear as (":", text)."""
        params = {"after": after} if after is not None else {}
        headers = {"Last-Event-ID": str(last_event_id)} if last_event_id is not None else {}
        r = self.http.get(
            f"{self.url}/api/v1/meetings/{self.meeting}/events",
            params=params,
            headers=headers,
            stream=True,
            timeout=(5, timeout),
        )
        r.raise_for_status()
        return SseReader(r)


class SseReader:
    """Reads raw SSE frames, keeping comments visible (the tests check keep-alives)."""

    def __init__(self, response: requests.Response) -> None:
        self.response = response
        self._lines = response.iter_lines(chunk_size=None, decode_unicode=True)

    def next(self) -> tuple[str, object]:
        fields: dict[str, str] = {}
        for line in self._lines:
            if line.startswith(":"):
                return ":", line[1:].strip()
            if not line:
                if fields:
                    data = fields.get("data", "")
                    return fields.get("event", "message"), json.loads(data) if data else None
                continue
            name, _, value = line.partition(":")
            fields[name] = value[1:] if value.startswith(" ") else value
        raise EOFError("stream ended")

    def events(self, count: int) -> list[dict]:
        """The next *count* log events (hello and comments skipped)."""
        out = []
        while len(out) < count:
            kind, data = self.next()
            if kind not in (":", "hello"):
                out.append(data)
        return out

    def close(self) -> None:
        self.response.close()
