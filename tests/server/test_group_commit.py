"""Commands arriving together are committed together: none lost, none doubled, numbered gaplessly."""

from concurrent.futures import ThreadPoolExecutor

from live_server import Api

PERSONAS = ["demo-kenya", "demo-brazil", "demo-japan", "demo-egypt", "demo-eu", "demo-ifla"]


def test_concurrent_commands_are_all_committed_in_order_with_one_answer_each(server):
    apis = [Api(server.url).sign_in(code) for code in PERSONAS]
    before = apis[0].snapshot()["seq"]
    stream = apis[0].stream(after=before)

    def choose(n):
        api = apis[n % len(apis)]
        return api.command(key=f"c-{n}", type="channel.choose", channel=("en", "fr", "ar")[n % 3])

    with ThreadPoolExecutor(24) as pool:
        answers = list(pool.map(choose, range(120)))
    assert all(a.status_code == 200 for a in answers)
    seqs = sorted(a.json()["seq"] for a in answers)
    assert seqs == list(range(before + 1, before + 121))  # one event each, gapless
    assert [e["seq"] for e in stream.events(120)] == seqs  # streamed in order, none missing
    stream.close()


def test_the_same_key_sent_concurrently_is_recorded_once(server):
    kenya = Api(server.url).sign_in("demo-kenya")
    before = kenya.snapshot()["seq"]

    def ask(_):
        return kenya.command(key="same", type="floor.request", item_id="d1-floor-morning", language="en")

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(ask, range(8)))
    assert {a.status_code for a in answers} == {200}
    assert len({a.text for a in answers}) == 1
    assert kenya.snapshot()["seq"] == before + 1


def test_refused_commands_in_a_burst_do_not_disturb_the_others(server):
    apis = [Api(server.url).sign_in(code) for code in PERSONAS]

    def mixed(n):
        api = apis[n % len(apis)]
        if n % 2:
            return api.command(type="floor.start")  # a delegate may not: refused, nothing recorded
        return api.command(type="channel.choose", channel="es")

    with ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(mixed, range(40)))
    assert sorted({a.status_code for a in answers}) == [200, 403]
    good = sorted(a.json()["seq"] for a in answers if a.status_code == 200)
    assert good == list(range(good[0], good[0] + 20))
