"""``serve --demo`` opens on a meeting already under way: the first item live, speakers waiting."""

from live_server import Api, LiveServer


def test_the_demo_starts_with_the_first_item_live_and_a_short_list_of_speakers(tmp_path):
    server = LiveServer(tmp_path / "fresh.db", demo=True).start()
    try:
        brazil = Api(server.url).sign_in("demo-brazil")
        snap = brazil.snapshot()
        first = min(snap["items"], key=lambda i: i["start"])
        assert [i["id"] for i in snap["items"] if i["status"] == "live"] == [first["id"]] == ["d1-opening"]
        assert first["list_state"] == "open"
        by_id = {r["id"]: r["participant_id"] for r in snap["requests"]}
        assert [by_id[r] for r in snap["queues"][first["id"]]] == ["del-ke", "del-jp", "obs-eu"]  # member states first
        asked = brazil.ok(type="floor.request", item_id=first["id"], language="es")  # the newcomer joins in
        assert asked["events"][0]["type"] == "floor.requested"
    finally:
        server.stop()
    again = LiveServer(tmp_path / "fresh.db", demo=True).start()  # loaded once: a restart adds nothing
    try:
        assert Api(again.url).sign_in("demo-chair").snapshot()["seq"] == asked["seq"]
    finally:
        again.stop()
