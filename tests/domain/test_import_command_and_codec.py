"""The ``agenda.import`` command's checks, and the codec's refusals — each with its own code or words."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from meeting_factory import Meeting

from companion.domain import Invalid
from companion.domain.codec import from_plain, to_plain
from companion.domain.commands import MAX_IMPORTED_ITEMS
from companion.domain.entities import AgendaItem, Participant
from companion.domain.schedule_plan import IMPORTED_FIELDS
from companion.domain.vocabulary import Role


@pytest.fixture
def m():
    return Meeting()


def plain_items(m: Meeting) -> list[dict]:
    return [to_plain(i) for i in m.state.items.values()]


def import_items(m: Meeting, items, fields=IMPORTED_FIELDS):
    return m.run("secretariat", type="agenda.import", items=items, fields=list(fields))


def refusal(m: Meeting, items, fields=IMPORTED_FIELDS) -> tuple[str, str]:
    before = m.state
    with pytest.raises(Invalid) as refused:
        import_items(m, items, fields)
    assert m.state is before
    return refused.value.code, refused.value.message


def test_an_import_of_the_same_items_changes_nothing_and_a_new_one_is_added(m):
    items = plain_items(m)
    assert import_items(m, items) == []
    first = m.state.items[items[0]["id"]]
    new = to_plain(replace(first, id="extra", title="An extra session"))
    events = import_items(m, [*items, new])
    assert [e.type for e in events] == ["agenda.item_added"] and m.state.items["extra"].title == "An extra session"


def test_each_bad_item_is_refused_with_its_code_and_place(m):
    items = plain_items(m)
    first = m.state.items[items[0]["id"]]
    assert refusal(m, []) == ("empty_schedule", "The schedule has no items; nothing was changed.")
    code, message = refusal(m, [items[0], {"id": "x"}])
    assert code == "invalid_item" and message.startswith("Item 2: ")
    code, message = refusal(m, [items[0], items[0]])
    assert code == "duplicate_item" and message.startswith("Item 2: ") and repr(first.id) in message
    backwards = to_plain(replace(first, id="back", end=first.start))
    code, message = refusal(m, [items[0], backwards])
    assert code == "invalid_times" and message.startswith("Item 2 (back)")
    later = to_plain(replace(first, id="ok", end=first.start + timedelta(minutes=1)))
    assert [e.type for e in import_items(m, [*items, later])] == ["agenda.item_added"]
    klingon = to_plain(replace(first, id="tlh", languages=("en", "tlh")))
    code, message = refusal(m, [klingon])
    assert code == "unknown_language" and "Item 1" in message and "tlh" in message and "'en'" not in message


def test_the_list_of_items_and_of_fields_are_checked(m):
    assert refusal(m, "not a list")[0] == "invalid_field"
    assert refusal(m, [{}] * (MAX_IMPORTED_ITEMS + 1))[0] == "too_many"
    assert refusal(m, plain_items(m), fields=["title", "status"])[0] == "invalid_field"
    assert refusal(m, plain_items(m), fields=[*IMPORTED_FIELDS, "title"])[0] == "too_many"
    with pytest.raises(Invalid) as missing:
        m.run("secretariat", type="agenda.import", fields=[])
    assert missing.value.code == "missing_field"


def test_the_codec_says_where_and_what_is_wrong():
    good = {"id": "p1", "name": "Ana", "role": "delegate"}
    assert from_plain(Participant, good) == Participant("p1", "Ana", Role.DELEGATE)
    with pytest.raises(ValueError, match=r"^Participant: missing 'name'$"):
        from_plain(Participant, {"id": "p1", "role": "delegate"})
    with pytest.raises(ValueError, match=r"^Participant: expected an object$"):
        from_plain(Participant, ["p1"])
    with pytest.raises(ValueError, match=r"^Participant\.role: 'mayor' is not a valid Role$"):
        from_plain(Participant, {**good, "role": "mayor"})
    with pytest.raises(ValueError, match=r"^Participant\.name: expected str, got int$"):
        from_plain(Participant, {**good, "name": 7})
    assert from_plain(Participant, {**good, "gender": None}).gender is None


def test_the_codec_names_the_place_inside_lists():
    m = Meeting()
    item = to_plain(next(iter(m.state.items.values())))
    assert from_plain(AgendaItem, item) == next(iter(m.state.items.values()))
    with pytest.raises(ValueError, match=r"^AgendaItem\.languages: expected a list$"):
        from_plain(AgendaItem, {**item, "languages": "en"})
    with pytest.raises(ValueError, match=r"^AgendaItem\.languages\[1\]: expected str, got int$"):
        from_plain(AgendaItem, {**item, "languages": ["en", 5]})
