"""Another writer on a running server's SQLite file: the console, or a second ``serve``.

What they append reaches the running server's streams within a second, and two servers on one
file serve one meeting correctly.
"""

import time

import requests
from live_server import Api
from serve_process import ServeProcess, eventually, next_event_of_type, run_cli

FLOOR = {"type": "floor.request", "item_id": "d1-floor-morning", "language": "en"}


def test_a_participant_added_at_the_console_reaches_the_open_streams_within_a_second(server, db_path):
    chair = Api(server.url).sign_in("demo-chair")
    stream = chair.stream(after=chair.snapshot()["seq"])
    try:
        done = run_cli("add-participant", "--db", f"sqlite:///{db_path}", "--meeting", "wipo-conv-12",
                       "--name", "Amina Diallo", "--role", "delegate", "--json")
        assert done.returncode == 0, done.stderr
        written = time.monotonic()
        event, heard = next_event_of_type(stream, "participant.added")
        assert event["data"]["participant"]["name"] == "Amina Diallo"
        assert heard - written < 1.0
    finally:
        stream.close()
    names = [p["name"] for p in chair.snapshot()["participants"]]
    assert "Amina Diallo" in names


def test_participants_imported_at_the_console_reach_the_open_streams(server, db_path, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text("name,role,delegation,delegation_kind,attendance,language\n"
                      "Ngozi Okafor,delegate,Nigeria,member_state,onsite,en\n", encoding="utf-8")
    chair = Api(server.url).sign_in("demo-chair")
    stream = chair.stream(after=chair.snapshot()["seq"])
    try:
        done = run_cli("import-participants", "--db", f"sqlite:///{db_path}", "--meeting", "wipo-conv-12",
                       str(people), "--json")
        assert done.returncode == 0, done.stderr
        written = time.monotonic()
        event, heard = next_event_of_type(stream, "participant.added")
        assert event["data"]["participant"]["name"] == "Ngozi Okafor"
        assert heard - written < 1.0
    finally:
        stream.close()


def test_a_meeting_created_at_the_console_is_served_at_once(server, db_path):
    done = run_cli("create-meeting", "--db", f"sqlite:///{db_path}", "--id", "wipo-conv-13", "--title",
                   "Thirteenth session", "--time-zone", "Europe/Zurich", "--start", "2026-04-14")
    assert done.returncode == 0, done.stderr
    written = time.monotonic()
    while "wipo-conv-13" not in [m["id"] for m in requests.get(f"{server.url}/api/v1/meetings", timeout=5).json()]:
        assert time.monotonic() - written < 1.0, "the new meeting is not served within a second"
        time.sleep(0.05)


def test_a_second_serve_on_the_same_file_is_a_correct_replica(server, db_path):
    second = ServeProcess(f"sqlite:///{db_path}").wait_ready()
    try:
        on_a = Api(server.url).sign_in("demo-chair")
        stream = on_a.stream(after=on_a.snapshot()["seq"])
        brazil_on_b = Api(second.url).sign_in("demo-brazil")
        answer = brazil_on_b.ok(**FLOOR, text="From B")
        sent = time.monotonic()
        event, heard = next_event_of_type(stream, "floor.requested")
        stream.close()
        assert event["seq"] == answer["seq"] and heard - sent < 1.0
        # Both number on after each other: no seq is taken twice, none is skipped.
        brazil_on_a = Api(server.url).sign_in("demo-brazil")
        later = brazil_on_a.ok(type="floor.withdraw", request_id=event["data"]["request"]["id"])
        assert later["seq"] == answer["seq"] + 1
        eventually(lambda: brazil_on_b.snapshot()["seq"] == on_a.snapshot()["seq"] == later["seq"])
    finally:
        second.stop()


def test_two_demo_servers_started_together_on_one_new_file_both_serve_the_same_meeting(tmp_path):
    db = f"sqlite:///{tmp_path / 'new.db'}"
    started = [ServeProcess(db, "--demo") for _ in range(2)]
    try:
        first, second = (s.wait_ready() for s in started)
        chairs = [Api(s.url).sign_in("demo-chair") for s in (first, second)]
        eventually(lambda: chairs[0].snapshot()["seq"] == chairs[1].snapshot()["seq"] > 0)
    finally:
        for s in started:
            s.stop()


def test_the_same_key_sent_to_two_servers_on_one_file_makes_one_event_and_one_answer(server, db_path):
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    second = ServeProcess(f"sqlite:///{db_path}").wait_ready()
    try:
        senders = [Api(server.url).sign_in("demo-brazil"), Api(second.url).sign_in("demo-brazil")]
        first_seq = senders[0].snapshot()["seq"]
        with ThreadPoolExecutor(2) as pool:
            for n in range(6):
                start = Barrier(2)

                def send(api, key=f"same-{n}", start=start, channel="fr" if n % 2 else "es"):
                    start.wait()
                    return api.command(key=key, type="channel.choose", channel=channel)

                answers = list(pool.map(send, senders))
                assert [r.status_code for r in answers] == [200, 200], [r.text for r in answers]
                assert answers[0].json() == answers[1].json()
        eventually(lambda: senders[0].snapshot()["seq"] == senders[1].snapshot()["seq"] == first_seq + 6)
    finally:
        second.stop()
