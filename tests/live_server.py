"""The real meeting server on 127.0.0.1 for tests: in a thread, restartable on the same port."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time

import requests
import uvicorn

from companion.server.api import create_app
from companion.server.settings import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, db_path, *, demo: bool = True, keepalive: float = 15.0, port: int | None = None):
        self.settings = Settings(db_url=f"sqlite:///{db_path}", demo=demo, keepalive_seconds=keepalive)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> LiveServer:
        config = uvicorn.Config(
            create_app(self.settings),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            timeout_graceful_shutdown=1,
            lifespan="on",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=lambda: asyncio.run(self._server.serve()), daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server:
            self._server.should_exit = True
            self._thread.join(timeout=10)
            self._server = None


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
