"""Groups over HTTP: declared by the secretariat, checked on every "on behalf of"."""

ITEM = "d1-floor-morning"


def test_a_delegate_cannot_claim_an_undeclared_group_or_one_not_theirs(api):
    brazil = api("demo-brazil")
    before = brazil.snapshot()["seq"]
    r = brazil.command(type="floor.request", item_id=ITEM, language="es", on_behalf_of="Group of Everyone")
    assert r.status_code == 422 and r.json()["error"]["code"] == "unknown_group"
    r = brazil.command(type="floor.request", item_id=ITEM, language="es", on_behalf_of="African Group")
    assert r.status_code == 403 and r.json()["error"]["code"] == "not_group_member"
    assert brazil.snapshot()["seq"] == before  # nothing appended
    ok = brazil.ok(type="floor.request", item_id=ITEM, language="es", on_behalf_of="GRULAC")
    assert ok["events"][0]["data"]["request"]["on_behalf_of"] == "GRULAC"


def test_secretariat_declares_groups_and_every_snapshot_shows_them(api):
    secretariat, kenya = api("demo-secretariat"), api("demo-kenya")
    groups = [{"name": "Friends of Synthetic Media", "members": ["Kenya", "Japan"], "coordinator": "Japan"}]
    secretariat.ok(type="meeting.declare_groups", groups=groups)
    assert kenya.snapshot()["meeting"]["groups"] == groups
    r = kenya.command(type="meeting.declare_groups", groups=[])
    assert r.status_code == 403 and r.json()["error"]["code"] == "role_not_allowed"
    r = secretariat.command(type="meeting.declare_groups", groups=[{"name": "", "members": []}])
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_group"
    assert kenya.snapshot()["meeting"]["groups"] == groups
