"""The live event stream: same order for everyone, exact resume, keep-alives, private texts."""

import threading

ITEM = "d1-floor-morning"


def test_two_clients_see_the_same_events_in_the_same_order(api):
    chair, brazil, kenya = api("demo-chair"), api("demo-brazil"), api("demo-kenya")
    seq = chair.snapshot()["seq"]
    a, b = chair.stream(after=seq), kenya.stream(after=seq)

    def burst(who, n):
        for _ in range(n):
            who.ok(type="channel.choose", channel="fr")

    threads = [threading.Thread(target=burst, args=(p, 10)) for p in (brazil, kenya, chair)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seen_a, seen_b = a.events(30), b.events(30)
    assert [e["seq"] for e in seen_a] == list(range(seq + 1, seq + 31))
    same = [(e["seq"], e["type"], e["at"], e["data"]["channel"]) for e in seen_a]
    assert same == [(e["seq"], e["type"], e["at"], e["data"]["channel"]) for e in seen_b]
    assert [e for e in seen_a if e["actor"] == "del-ke"] == [e for e in seen_b if e["actor"] == "del-ke"]


def test_resume_with_last_event_id_misses_nothing_and_repeats_nothing(api):
    chair, brazil = api("demo-chair"), api("demo-brazil")
    start = chair.snapshot()["seq"]
    stream = chair.stream(after=start)
    brazil.ok(type="floor.request", item_id=ITEM, language="en")
    first = stream.events(1)
    stream.close()  # the connection drops…
    brazil.ok(type="channel.choose", channel="ar")  # …while the meeting goes on
    brazil.ok(type="channel.choose", channel="zh")
    resumed = chair.stream(last_event_id=first[-1]["seq"])
    brazil.ok(type="channel.choose", channel="ru")
    got = resumed.events(3)
    assert [e["seq"] for e in got] == [start + 2, start + 3, start + 4]
    assert [e["data"]["channel"] for e in got] == ["ar", "zh", "ru"]


def test_hello_frame_tells_epoch_and_seq_and_a_client_ahead_sees_it(api):
    chair = api("demo-chair")
    seq = chair.snapshot()["seq"]
    kind, hello = chair.stream(last_event_id=seq + 100).next()
    assert kind == "hello" and hello["seq"] == seq and hello["after"] == seq + 100
    assert hello["epoch"] == chair.snapshot()["epoch"]


def test_keep_alive_comments_flow_when_nothing_happens(api):
    stream = api("demo-brazil").stream(after=10_000, timeout=5)
    kinds = [stream.next()[0] for _ in range(2)]
    assert kinds == ["hello", ":"]


def test_statement_text_reaches_interpreters_and_chair_not_other_delegates(api):
    chair, interp, kenya, brazil = (
        api("demo-chair"),
        api("demo-booth-fr"),
        api("demo-kenya"),
        api("demo-brazil"),
    )
    seq = chair.snapshot()["seq"]
    streams = {
        name: who.stream(after=seq)
        for name, who in {"chair": chair, "interp": interp, "kenya": kenya, "brazil": brazil}.items()
    }
    brazil.ok(type="floor.request", item_id=ITEM, language="es", text="Señor Presidente, gracias.")
    texts = {name: s.events(1)[0]["data"]["request"]["text"] for name, s in streams.items()}
    assert texts == {
        "chair": "Señor Presidente, gracias.",
        "interp": "Señor Presidente, gracias.",
        "kenya": None,
        "brazil": "Señor Presidente, gracias.",
    }
    kenya_view = [r for r in kenya.snapshot()["requests"] if r["participant_id"] == "del-br"][0]
    assert kenya_view["text"] is None and kenya_view["has_text"] is True
    interp_view = [r for r in interp.snapshot()["requests"] if r["participant_id"] == "del-br"][0]
    assert interp_view["text"] == "Señor Presidente, gracias."


def test_events_carry_the_envelope(api):
    brazil = api("demo-brazil")
    stream = brazil.stream(after=brazil.snapshot()["seq"])
    answer = brazil.ok(type="channel.choose", channel="zh")
    event = stream.events(1)[0]
    assert set(event) == {"seq", "type", "at", "actor", "data"}
    assert event == answer["events"][0]
    assert event["actor"] == "del-br" and event["at"].endswith("Z")
