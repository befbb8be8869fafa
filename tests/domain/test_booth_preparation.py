"""Ahead of time: the items a booth can prepare, the next N speakers with times, new and changed texts."""

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st
from meeting_factory import T0, Meeting

from companion.domain.booth_preparation import TextNews, coming, items_ahead, text_news, texts_of

SHARING = "d2-sharing-1"  # a later item whose list is open in the bundled meeting


def test_a_later_items_speakers_and_texts_are_there_before_it_is_live():
    m = Meeting()
    for n, who in enumerate(("del-ke", "del-br", "del-jp", "del-eg")):
        m.request(who, item_id=SHARING, text=f"Statement {n}." if n % 2 == 0 else None, minutes=3)
    assert SHARING in [i.id for i in items_ahead(m.state)]
    rows = coming(m.state, SHARING, 3, T0)
    assert [r.request.participant_id for r in rows] == ["del-ke", "del-br", "del-jp"]  # the next three
    assert len(coming(m.state, SHARING, None, T0)) == 4  # the whole list
    item = m.state.items[SHARING]
    assert rows[0].expected == item.start and rows[1].expected == item.start + timedelta(minutes=3)
    assert set(texts_of(m.state).values()) == {"Statement 0.", "Statement 2."}


def test_the_speaker_on_the_floor_comes_first_on_the_live_item():
    m = Meeting()
    m.run("chair", type="agenda.set_status", item_id="d1-floor-morning", status="live")
    m.request("del-ke")
    m.request("del-br")
    m.run("chair", type="floor.call_next", item_id="d1-floor-morning")
    rows = coming(m.state, "d1-floor-morning", 1, T0)
    assert [(r.request.participant_id, r.speaking) for r in rows] == [("del-ke", True), ("del-br", False)]
    assert coming(m.state, SHARING, 3, T0) == []  # another item: Kenya is not on its floor


texts = st.dictionaries(st.sampled_from(["r1", "r2", "r3", "r4"]), st.text(min_size=1, max_size=5), max_size=4)


@given(texts, texts)
def test_a_text_is_news_exactly_when_unseen_or_reworded(seen, now):
    news = text_news(seen, now)
    for rid, text in now.items():
        expected = TextNews.NEW if rid not in seen else TextNews.CHANGED if seen[rid] != text else None
        assert news.get(rid) == expected
    assert set(news) <= set(now)
    assert text_news(now, now) == {}
