"""The server closes a list at its deadline by itself, and every stream sees it."""

from datetime import UTC, datetime, timedelta

from companion.domain.instants import to_iso

ITEM = "d2-floor"


def test_the_server_closes_the_list_at_its_deadline(server, api):
    chair = api("demo-chair")
    chair.ok(type="list.open", item_id=ITEM)
    stream = api("demo-kenya").stream(after=chair.snapshot()["seq"], timeout=15)
    try:
        deadline = datetime.now(UTC) + timedelta(seconds=2)
        chair.ok(type="list.set_deadline", item_id=ITEM, deadline=to_iso(deadline))
        events = stream.events(2)  # the deadline, then the closing by the server's own clock
        assert [e["type"] for e in events] == ["list.deadline_set", "list.closed"]
        closed = events[1]
        assert closed["data"] == {"item_id": ITEM, "by_deadline": True} and closed["actor"] == "server"
        assert datetime.fromisoformat(closed["at"].replace("Z", "+00:00")) >= deadline
    finally:
        stream.close()
    item = next(i for i in chair.snapshot()["items"] if i["id"] == ITEM)
    assert item["list_state"] == "closed" and item["list_deadline"] == to_iso(deadline)
    r = api("demo-kenya").command(type="floor.request", item_id=ITEM, language="en")
    assert r.status_code == 422 and r.json()["error"]["code"] == "list_not_open"
