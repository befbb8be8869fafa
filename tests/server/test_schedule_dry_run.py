"""A dry run and the real import are one code path: on every fixture, the real import reports
exactly what the dry run reported and applies exactly that (seen in the events and the snapshot)."""

from collections import Counter
from pathlib import Path

import pytest
from live_server import Api

FILES = Path(__file__).parent.parent / "fixtures" / "schedules"
FIXTURES = sorted(p.name for p in FILES.iterdir())


def upload(api: Api, name: str, dry_run: bool):
    return api.http.post(
        f"{api.url}/api/v1/meetings/{api.meeting}/schedule",
        params={"dry_run": str(dry_run).lower()},
        data=(FILES / name).read_bytes(),
        headers={"X-Filename": name},
        timeout=30,
    )


@pytest.mark.parametrize("name", FIXTURES)
def test_dry_run_equals_real_run(server, name):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    before = secretariat.snapshot()
    dry, real = upload(secretariat, name, True), upload(secretariat, name, False)
    assert dry.status_code == real.status_code, (dry.text, real.text)
    if dry.status_code != 200:  # refused: refused the same way, and nothing changed
        assert dry.json()["error"]["code"] == real.json()["error"]["code"]
        assert secretariat.snapshot()["seq"] == before["seq"]
        return
    reported, done = dry.json(), real.json()
    assert reported.pop("dry_run") is True and done.pop("dry_run") is False
    assert reported == done

    changes = len(done["added"]) + len(done["changed"]) + len(done["cancelled"]) + len(done["removed"])
    changes += len(done["kept_postponed"])
    stream = secretariat.stream(after=before["seq"])
    kinds = Counter(e["type"] for e in stream.events(changes))
    stream.close()
    assert kinds["agenda.item_added"] == len(done["added"])
    assert kinds["agenda.item_removed"] == len(done["removed"])
    assert kinds["agenda.updated"] == len(done["changed"])
    after = secretariat.snapshot()
    assert after["seq"] == before["seq"] + changes
    ids = {i["id"] for i in after["items"]}
    assert {a["id"] for a in done["added"]} <= ids and not {r["id"] for r in done["removed"]} & ids
    # Imported again: nothing left to do, and the dry run says so too.
    again = upload(secretariat, name, True).json()
    assert again["added"] == again["changed"] == again["removed"] == []


def test_uids_with_an_at_sign_survive_our_own_calendar_feed(server):
    """Items keyed by another calendar's UIDs ("…@wipo.int") come back from our feed as themselves."""
    secretariat = Api(server.url).sign_in("demo-secretariat")
    assert upload(secretariat, "with-vtimezone.ics", False).status_code == 200
    feed = secretariat.http.get(f"{server.url}/api/v1/meetings/wipo-conv-12/agenda.ics", timeout=10).content
    assert b"UID:ics-floor@wipo.int@wipo-conv-12.meeting-companion" in feed
    report = secretariat.http.post(
        f"{server.url}/api/v1/meetings/wipo-conv-12/schedule", params={"dry_run": "true"}, data=feed, timeout=30
    ).json()
    assert report["added"] == report["removed"] == report["changed"] == [] and report["unchanged"] == 2


def test_the_import_after_a_preview_does_what_the_preview_showed_or_nothing(server):
    secretariat, kenya = Api(server.url).sign_in("demo-secretariat"), Api(server.url).sign_in("demo-kenya")
    preview = upload(secretariat, "frab-modern.xml", True).json()
    assert "d1-floor-morning" in {r["id"] for r in preview["removed"]}

    def confirm(plan):
        return secretariat.http.post(
            f"{server.url}/api/v1/meetings/wipo-conv-12/schedule",
            params={"dry_run": "false", "expected_plan": plan},
            data=(FILES / "frab-modern.xml").read_bytes(),
            timeout=30,
        )

    # The meeting moves on in a way that changes nothing the import does: it still goes through.
    kenya.ok(type="channel.choose", channel="fr")
    # Then Kenya asks for the floor on an item the preview removed: it would now be kept, postponed.
    kenya.ok(type="floor.request", item_id="d1-floor-morning", language="en")
    before = secretariat.snapshot()["seq"]
    refused = confirm(preview["plan"])
    assert refused.status_code == 409 and refused.json()["error"]["code"] == "stale"
    assert secretariat.snapshot()["seq"] == before  # nothing imported
    again = upload(secretariat, "frab-modern.xml", True).json()
    assert "d1-floor-morning" in {k["id"] for k in again["kept_postponed"]} and again["plan"] != preview["plan"]
    done = confirm(again["plan"])
    assert done.status_code == 200 and done.json()["plan"] == again["plan"]


def test_a_change_that_leaves_the_plan_alone_does_not_stop_the_import(server):
    secretariat, kenya = Api(server.url).sign_in("demo-secretariat"), Api(server.url).sign_in("demo-kenya")
    preview = upload(secretariat, "frab-modern.xml", True).json()
    kenya.ok(type="channel.choose", channel="fr")
    done = secretariat.http.post(
        f"{server.url}/api/v1/meetings/wipo-conv-12/schedule",
        params={"dry_run": "false", "expected_plan": preview["plan"]},
        data=(FILES / "frab-modern.xml").read_bytes(),
        timeout=30,
    )
    assert done.status_code == 200 and done.json()["seq"] > preview["seq"]
    assert {k: v for k, v in done.json().items() if k not in ("seq", "dry_run")} == {
        k: v for k, v in preview.items() if k not in ("seq", "dry_run")}
