"""A meeting of real size for the client benchmark: 5,000 participants, a 1,000-item agenda,
200 requests waiting on the live item — served by ``meeting-server serve`` in its own process."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import requests
from loadgen import MEETING, ROOT, ServerProcess

__all__ = ["MEETING", "ROOT", "MeetingServer", "fill", "reorder"]
REGISTERED_AT = datetime(2025, 10, 27, 9, 0, tzinfo=UTC)


def add_participants(db_url: str, count: int) -> None:
    """*count* delegates straight into the event log (one transaction; they never sign in)."""
    from companion.domain import record
    from companion.server.registry import load_state, seed_demo
    from companion.server.sse import dumps
    from companion.server.stores import open_storage

    storage = open_storage(db_url)
    seed_demo(storage)
    state = load_state(storage, MEETING)
    first, texts = state.seq + 1, []
    for n in range(count):
        person = {
            "id": f"p-{n:05d}",
            "name": f"Delegate {n}",
            "role": "delegate",
            "delegation": f"Delegation {n % 190}",
            "delegation_kind": "member_state" if n % 5 else "observer",
            "attendance": "onsite" if n % 2 else "remote",
        }
        state, event = record(state, "participant.added", {"participant": person}, REGISTERED_AT)
        texts.append(dumps(event.envelope()))
    storage.append(MEETING, first, texts)
    storage.close()


class MeetingServer(ServerProcess):
    """The real server (``loadgen.ServerProcess``), optionally with *participants* registered first."""

    def __init__(self, participants: int = 0) -> None:
        super().__init__(prepare=(lambda db: add_participants(db, participants)) if participants else None)

    def session(self, code: str) -> requests.Session:
        http = requests.Session()
        http.headers["Authorization"] = f"Bearer {self.token(code)}"
        return http

    def command(self, http: requests.Session, **command) -> dict:
        r = http.post(f"{self.url}/api/v1/meetings/{MEETING}/commands", json=command, timeout=30)
        r.raise_for_status()
        return r.json()

    def snapshot_bytes(self, code: str) -> int:
        return len(self.session(code).get(f"{self.url}/api/v1/meetings/{MEETING}", timeout=30).content)

    def wire_bytes(self, code: str) -> int:
        """What the app's snapshot costs on the wire: the role's view and the own part, as sent
        (gzip asked for, as the app asks)."""
        http, total = self.session(code), 0
        for path in ("view", "own"):
            url = f"{self.url}/api/v1/meetings/{MEETING}/{path}"
            with http.get(url, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=30) as answer:
                total += len(answer.raw.read(decode_content=False))
        return total


def fill(
    server: MeetingServer, agenda: bytes, waiting: int, own_place: int | None = None
) -> tuple[str, list[str]]:
    """Import *agenda*, make its first item live with *waiting* requests; returns (item, request ids).

    With *own_place*, the demo delegate Kenya asks for the floor itself at that place (1-based),
    one of the *waiting*, with a statement text: the delegate's own row in a long list."""
    secretariat, chair = server.session("demo-secretariat"), server.session("demo-chair")
    r = secretariat.post(f"{server.url}/api/v1/meetings/{MEETING}/schedule", data=agenda, timeout=300,
                         headers={"Content-Type": "application/octet-stream", "X-Filename": "bench.xml"})
    r.raise_for_status()
    item = "bench-0"
    server.command(chair, type="list.open", item_id=item)
    server.command(chair, type="agenda.set_status", item_id=item, status="live")
    ids = []
    for n in range(waiting):
        if own_place is not None and n == own_place - 1:
            kenya = server.session("demo-kenya")
            server.command(kenya, type="floor.request", item_id=item, language="en", text="Statement " * 200)
            continue  # Kenya's own request is not one the chair moves around
        answer = server.command(chair, type="floor.request", item_id=item, participant_id=f"p-{n:05d}",
                                language="en")
        ids.append(answer["events"][-1]["data"]["request"]["id"])
    return item, ids


def reorder(server: MeetingServer, request_ids: list[str], count: int, per_second: float) -> None:
    """The chair moves requests around, *count* times at *per_second*: one queue event each."""
    chair = server.session("demo-chair")
    for n in range(count):
        started = time.monotonic()
        server.command(chair, type="floor.move", request_id=request_ids[-1 - n % 50], position=n % 20)
        time.sleep(max(0.0, 1 / per_second - (time.monotonic() - started)))
