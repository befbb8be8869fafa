"""Points of order filed by category: the meeting's categories, or the usual ones; only a point of
order, only while it waits or speaks."""

from dataclasses import replace

import pytest
from meeting_factory import Meeting

from companion.domain import Invalid
from companion.domain.order_categories import DEFAULT_CATEGORIES, categories_of

ITEM = "d1-floor-morning"


def point_of_order(m):
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    return m.request("del-ke", kind="point_of_order")


def test_the_chair_files_a_point_of_order_under_a_category():
    m = Meeting()
    point = point_of_order(m)
    events = m.run("chair", type="floor.categorise", request_id=point, category="interpretation")
    assert [e.type for e in events] == ["floor.categorised"]
    assert m.state.requests[point].category == "interpretation"
    m.run("chair", type="floor.call_next", item_id=ITEM)  # still filed while it is spoken
    m.run("chair", type="floor.categorise", request_id=point, category="sound")
    assert m.state.requests[point].category == "sound"


def test_a_meeting_names_its_own_categories():
    m = Meeting()
    assert categories_of(m.state.meeting) == DEFAULT_CATEGORIES
    own = replace(m.state.meeting, order_categories=("Quorum", "Agenda"))
    m.state = replace(m.state, meeting=own)
    point = point_of_order(m)
    m.run("chair", type="floor.categorise", request_id=point, category="Quorum")
    with pytest.raises(Invalid) as refused:
        m.run("chair", type="floor.categorise", request_id=point, category="interpretation")
    assert refused.value.code == "unknown_category"


@pytest.mark.parametrize(
    ("kind", "code"), [("statement", "not_point_of_order"), ("point_of_order", "unknown_category")]
)
def test_what_cannot_be_filed_is_refused(kind, code):
    m = Meeting()
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    request = m.request("del-ke", kind=kind)
    with pytest.raises(Invalid) as refused:
        category = "time" if code == "not_point_of_order" else "nonsense"
        m.run("chair", type="floor.categorise", request_id=request, category=category)
    assert refused.value.code == code
