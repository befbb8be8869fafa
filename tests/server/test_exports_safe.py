"""The record of the meeting opens in a spreadsheet as text: no cell is a formula."""

import csv
import io

import pytest

ITEM = "d1-floor-morning"


@pytest.mark.parametrize("reason", ['=HYPERLINK("http://evil.example","click")', "+1+2", "-2+3", "@SUM(A1)"])
def test_formula_like_cells_are_prefixed_with_a_quote(api, reason):
    kenya, chair = api("demo-kenya"), api("demo-chair")
    rid = kenya.ok(type="floor.request", item_id=ITEM, language="en")["events"][0]["data"]["request"]["id"]
    chair.ok(type="floor.decline", request_id=rid, reason=reason)
    r = chair.http.get(f"{chair.url}/api/v1/meetings/{chair.meeting}/record.csv", timeout=10)
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows[0]["decline_reason"] == "'" + reason
    assert rows[0]["delegation"] == "Kenya"  # ordinary text untouched
