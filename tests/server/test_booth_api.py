"""booths.set and shifts.set over HTTP: the secretariat's alone, refusals typed, every app sees them."""

import pytest

BOOTH = {"language": "zh", "passive": ["en", "ru"], "retour": ["en"]}
SHIFT = {"interpreter": "Li Wen", "start": "2025-10-28T09:00:00Z", "end": "2025-10-28T09:30:00Z"}


@pytest.mark.parametrize("code", ["demo-chair", "demo-kenya", "demo-booth-zh"])
def test_only_the_secretariat_sets_booths_and_shifts(api, code):
    for command in ({"type": "booths.set", "booth": BOOTH}, {"type": "shifts.set", "booth": "zh", "shifts": [SHIFT]}):
        answer = api(code).command(**command)
        assert answer.status_code == 403 and answer.json()["error"]["code"] == "role_not_allowed"


def test_booths_and_shifts_reach_every_snapshot(api):
    secretariat = api("demo-secretariat")
    secretariat.ok(type="booths.set", booth=BOOTH)
    secretariat.ok(type="shifts.set", booth="zh", shifts=[SHIFT])
    for code in ("demo-booth-en", "demo-kenya"):
        snapshot = api(code).snapshot()
        zh = next(b for b in snapshot["meeting"]["booths"] if b["language"] == "zh")
        assert zh["passive"] == ["en", "ru"]
        assert [s["interpreter"] for s in snapshot["shifts"] if s["language"] == "zh"] == ["Li Wen"]


def test_overlapping_shifts_are_refused_with_their_code(api):
    later = {**SHIFT, "interpreter": "Zhou Min", "start": "2025-10-28T09:15:00Z", "end": "2025-10-28T10:00:00Z"}
    answer = api("demo-secretariat").command(type="shifts.set", booth="zh", shifts=[SHIFT, later])
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "shifts_overlap"
