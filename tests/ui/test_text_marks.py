"""The booth's unread texts: the ones there at the start are marked without an alert; a text that
arrives or changes later is news (alert) and stays marked until read."""

from dataclasses import replace

from meeting_factory import Meeting

from companion.domain.booth_preparation import TextNews
from companion.ui.booth_ahead import TextMarks

ITEM = "d2-sharing-1"


def test_new_and_changed_texts_are_marked_until_read():
    m = Meeting()
    first = m.request("del-ke", item_id=ITEM, text="Kenya.")
    marks = TextMarks()
    assert marks.update(m.state) == {} and marks.marks == {first: TextNews.NEW}  # unread, no alert
    second = m.request("del-br", item_id=ITEM, text="Brasil.")
    assert marks.update(m.state) == {second: TextNews.NEW}
    assert marks.read(first) and not marks.read(first)
    reworded = replace(m.state.requests[first], text="Kenya, corrected.")
    changed = replace(m.state, requests={**m.state.requests, first: reworded})
    assert marks.update(changed) == {first: TextNews.CHANGED}
    assert marks.marks == {second: TextNews.NEW, first: TextNews.CHANGED}
    assert marks.update(changed) == {}  # told once
    m.run("del-br", type="floor.withdraw", request_id=second)
    marks.update(replace(m.state, requests={**m.state.requests, first: reworded}))
    assert marks.marks == {first: TextNews.CHANGED}  # a withdrawn request's text is gone


def test_the_booths_list_model_passes_the_model_tester(qtmodeltester):
    from datetime import UTC, datetime

    from companion.domain.booth_preparation import coming
    from companion.domain.booths import booths_of
    from companion.ui.coming_speakers import COL_ROUTE, COL_TEXT, ComingSpeakers

    m = Meeting()
    first = m.request("del-ke", item_id=ITEM, text="Kenya.", language="es")
    m.request("del-br", item_id=ITEM, language="ru")
    model = ComingSpeakers("zh")
    rows = coming(m.state, ITEM, None, datetime(2025, 10, 29, 8, 0, tzinfo=UTC))
    model.show(m.state, rows, booths_of(m.state.meeting), {first: TextNews.NEW})
    qtmodeltester.check(model)
    assert model.index(0, COL_TEXT).data() == "● new text"
    assert model.index(1, COL_ROUTE).data() == "relay from English booth"
    model.set_marks({})
    assert model.index(0, COL_TEXT).data() == "text sent"
    model.show(m.state, [], ())
    qtmodeltester.check(model)
