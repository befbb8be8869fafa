"""The agenda in six languages: agenda.translate sets titles and descriptions per language, matched
by item id, checked; each reader then gets the item in their language."""

import pytest
from meeting_factory import Meeting

from companion.domain import Forbidden, Invalid
from companion.domain.content_language import localized
from companion.domain.snapshot import state_from_plain, state_to_plain

ITEM = "d1-opening"


def translate(m, *texts):
    return m.run("secretariat", type="agenda.translate", translations=list(texts))


def test_titles_in_two_languages_and_a_changed_one():
    m = Meeting()
    before = m.state.items[ITEM].revision
    translate(m, {"item_id": ITEM, "language": "ar", "title": "الافتتاح", "description": "كلمة المدير العام"},
              {"item_id": ITEM, "language": "zh", "title": "开幕"})  # fmt: skip
    item = m.state.items[ITEM]
    assert localized(item, "ar").title == "الافتتاح" and localized(item, "ar").fallback is None
    assert localized(item, "zh").title == "开幕" and localized(item, "zh").description == item.description
    assert item.revision == before + 1  # calendars see it changed
    translate(m, {"item_id": ITEM, "language": "ar", "title": "افتتاح الدورة"})
    assert localized(m.state.items[ITEM], "ar").title == "افتتاح الدورة"
    assert localized(m.state.items[ITEM], "zh").title == "开幕"  # the others stay
    assert [t.language for t in m.state.items[ITEM].translations] == ["ar", "zh", "fr", "ru", "es"]
    assert state_from_plain(state_to_plain(m.state)) == m.state


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ({"item_id": "nope", "language": "ar", "title": "x"}, "unknown_item"),
        ({"item_id": ITEM, "language": "en", "title": "x"}, "unknown_language"),  # the original
        ({"item_id": ITEM, "language": "pt", "title": "x"}, "unknown_language"),
        ({"item_id": ITEM, "language": "ar", "title": " "}, "missing_field"),
        ({"item_id": ITEM, "language": "ar", "title": "x" * 501}, "too_long"),
        ("x", "invalid_field"),
    ],
)
def test_a_bad_translation_is_refused_and_nothing_changes(text, code):
    m = Meeting()
    before = m.state
    with pytest.raises(Invalid) as refused:
        translate(m, {"item_id": ITEM, "language": "fr", "title": "Ouverture"}, text)
    assert refused.value.code == code and m.state is before


def test_only_the_secretariat_translates_and_the_same_texts_change_nothing():
    m = Meeting()
    with pytest.raises(Forbidden):
        m.run("chair", type="agenda.translate", translations=[])
    text = {"item_id": ITEM, "language": "ru", "title": "Открытие"}
    translate(m, text)
    with pytest.raises(Invalid) as refused:
        translate(m, text)
    assert refused.value.code == "unchanged"
