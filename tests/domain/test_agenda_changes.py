"""What changed on the agenda since seen: added, moved, postponed, list opened — and nothing
when nothing changed, whatever the meeting."""

from hypothesis import given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain.agenda_news import Change, changes_since, marks


def test_each_kind_of_change_is_named_and_nothing_else():
    m = Meeting()
    seen = marks(m.state)
    assert changes_since(seen, m.state) == {}
    moved = {"start": "2025-10-28T13:00:00Z", "end": "2025-10-28T13:30:00Z"}
    m.run("chair", type="agenda.update", item_id="d1-quiz", changes=moved)
    m.run("chair", type="agenda.set_status", item_id="d1-remarks", status="postponed")
    m.run("chair", type="list.open", item_id="d2-floor")
    m.run("chair", type="agenda.update", item_id="d1-opening", changes={"title": "Opening"})  # not news
    del seen["d2-closing"]
    assert changes_since(seen, m.state) == {
        "d1-quiz": (Change.MOVED,),
        "d1-remarks": (Change.POSTPONED,),
        "d2-floor": (Change.LIST_OPENED,),
        "d2-closing": (Change.ADDED,),
    }


def test_a_mark_that_is_not_one_counts_as_never_seen():
    m = Meeting()
    seen = {**marks(m.state), "d1-quiz": "garbage", "d1-remarks": [1, 2, 3, 4], "d1-opening": None}
    assert set(changes_since(seen, m.state)) == {"d1-quiz", "d1-remarks", "d1-opening"}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["d1-quiz", "d2-floor", "d1-remarks"]), max_size=3, unique=True))
def test_the_agenda_as_it_is_has_no_news(postponed):
    m = Meeting()
    for item_id in postponed:
        m.run("chair", type="agenda.set_status", item_id=item_id, status="postponed")
    assert changes_since(marks(m.state), m.state) == {}
