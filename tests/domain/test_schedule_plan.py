"""The schedule import in the domain: one preparation is both the report and the command; the wire
command goes the same way; the agenda keeps one order (start, id) whatever the events do."""

from dataclasses import replace
from datetime import timedelta

import meeting_factory
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain import Conflict, Event, Invalid, apply, execute
from companion.domain.codec import to_plain
from companion.domain.reducer import agenda_order
from companion.domain.schedule_plan import IMPORTED_FIELDS, prepare_import
from companion.domain.vocabulary import ItemStatus


def agenda(meeting):
    return list(meeting.state.items.values())


def test_a_prepared_import_applies_what_it_reports_and_the_wire_command_does_the_same():
    meeting = meeting_factory.Meeting()
    items = agenda(meeting)
    moved = replace(
        items[3], start=items[3].start + timedelta(minutes=30), end=items[3].end + timedelta(hours=1)
    )
    new = replace(items[0], id="new@example.org", title="A new item")
    incoming = [moved, new, *items[5:]]
    prepared = prepare_import(meeting.state, incoming, IMPORTED_FIELDS)
    plan = prepared.plan
    assert [i.id for i in plan.added] == ["new@example.org"] and [c[0] for c in plan.changed] == [moved.id]
    assert sorted(plan.removed) == sorted(i.id for i in items[:5] if i.id != moved.id)
    secretariat = meeting.state.participants["secretariat"]
    _, events = execute(meeting.state, prepared, secretariat, meeting.now)
    wire = meeting.run(
        "secretariat",
        type="agenda.import",
        items=[to_plain(i) for i in incoming],
        fields=list(IMPORTED_FIELDS),
    )
    assert [(e.type, e.data) for e in events] == [(e.type, e.data) for e in wire]
    assert len(events) == 1 + 1 + len(plan.removed)


def test_a_prepared_import_is_refused_once_the_meeting_has_moved():
    meeting = meeting_factory.Meeting()
    prepared = prepare_import(meeting.state, agenda(meeting)[:3])
    meeting.request("del-ke")
    with pytest.raises(Conflict) as refused:
        execute(meeting.state, prepared, meeting.state.participants["secretariat"], meeting.now)
    assert refused.value.code == "stale"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda items: [items[0], items[0]], "duplicate_item"),
        (lambda items: [replace(items[0], end=items[0].start)], "invalid_times"),
        (lambda items: [replace(items[0], languages=("xx",))], "unknown_language"),
        (lambda items: [], "empty_schedule"),
    ],
)
def test_the_import_rules_hold_for_prepared_and_wire_imports_alike(change, code):
    meeting = meeting_factory.Meeting()
    items = change(agenda(meeting))
    with pytest.raises(Invalid) as prepared:
        prepare_import(meeting.state, items)
    with pytest.raises(Invalid) as wire:
        meeting.run("secretariat", type="agenda.import", items=[to_plain(i) for i in items], fields=["title"])
    assert prepared.value.code == wire.value.code == code


def test_a_delegate_may_not_import_even_a_prepared_schedule():
    meeting = meeting_factory.Meeting()
    prepared = prepare_import(meeting.state, agenda(meeting))
    with pytest.raises(Exception) as refused:
        execute(meeting.state, prepared, meeting.state.participants["del-ke"], meeting.now)
    assert refused.value.code == "role_not_allowed"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 19), st.integers(-600, 600)), min_size=1, max_size=12))
def test_the_agenda_keeps_one_order_whatever_moves(moves):
    meeting = meeting_factory.Meeting()
    for index, minutes in moves:
        item = agenda(meeting)[index]
        start = item.start + timedelta(minutes=minutes)
        meeting.run(
            "chair",
            type="agenda.update",
            item_id=item.id,
            changes={"start": to_plain(start), "end": to_plain(start + (item.end - item.start))},
        )
        order = [agenda_order(i) for i in agenda(meeting)]
        assert order == sorted(order)


def test_an_added_item_handed_on_decoded_equals_its_wire_form():
    """The server's reducer skips decoding an item it holds; a client decodes it: the same item."""
    from companion.domain.codec import from_plain
    from companion.domain.entities import AgendaItem

    meeting = meeting_factory.Meeting()
    new = [replace(i, id=f"copy-{i.id}@x", title=f"{i.title} (copy)") for i in agenda(meeting)]
    prepared = prepare_import(meeting.state, new)
    state, events = execute(meeting.state, prepared, meeting.state.participants["secretariat"], meeting.now)
    added = [e for e in events if e.type == "agenda.item_added"]
    assert len(added) == len(new)
    for event in added:
        assert event.decoded == from_plain(AgendaItem, event.data["item"]) == state.items[event.decoded.id]
    client = meeting_factory.Meeting().state
    for event in events:  # a client applying the envelopes gets the same agenda
        client = apply(client, Event.from_envelope(event.envelope()))
    assert client.items == state.items and list(client.items) == list(state.items)


def test_an_item_cancelled_in_the_file_and_one_gone_that_people_asked_on_are_postponed_not_removed():
    meeting = meeting_factory.Meeting()
    kenya = meeting.request("del-ke")  # on the morning's open floor
    items = agenda(meeting)
    cancelled = replace(meeting.state.items["d1-quiz"], status=ItemStatus.POSTPONED)
    incoming = [cancelled if i.id == "d1-quiz" else i for i in items if i.id != "d1-floor-morning"]
    prepared = prepare_import(meeting.state, incoming)
    assert (prepared.plan.cancelled, prepared.plan.kept, prepared.plan.removed) == (
        ["d1-quiz"],
        ["d1-floor-morning"],
        [],
    )
    _, events = execute(meeting.state, prepared, meeting.state.participants["secretariat"], meeting.now)
    assert [(e.type, e.data) for e in events] == [
        ("agenda.status_set", {"item_id": "d1-quiz", "status": "postponed"}),
        ("agenda.status_set", {"item_id": "d1-floor-morning", "status": "postponed"}),
    ]
    meeting.run(
        "secretariat",
        type="agenda.import",
        items=[to_plain(i) for i in incoming],
        fields=list(IMPORTED_FIELDS),
    )
    assert meeting.state.items["d1-floor-morning"].status == ItemStatus.POSTPONED
    assert kenya in meeting.state.requests  # the request is kept with its item


def test_a_plans_digest_names_what_it_does_and_nothing_else():
    meeting = meeting_factory.Meeting()
    items = agenda(meeting)
    later = replace(
        items[3], start=items[3].start + timedelta(minutes=30), end=items[3].end + timedelta(minutes=30)
    )
    same = prepare_import(meeting.state, items[:5]).plan.digest()
    assert len(same) == 32 and int(same, 16) >= 0
    assert prepare_import(meeting.state, list(reversed(items[:5]))).plan.digest() == same
    others = {
        prepare_import(meeting.state, [*items[:3], later, items[4]]).plan.digest(),
        prepare_import(meeting.state, items[:4]).plan.digest(),
        prepare_import(meeting.state, [*items[:5], replace(items[0], id="new")]).plan.digest(),
        prepare_import(meeting.state, [*items[:5], replace(items[0], id="other")]).plan.digest(),
    }
    assert same not in others and len(others) == 4


def test_a_prepared_import_goes_on_the_wire_as_the_command_an_app_sends():
    meeting = meeting_factory.Meeting()
    prepared = prepare_import(meeting.state, agenda(meeting)[:2], ("title", "start"))
    assert prepared.wire() == {
        "type": "agenda.import",
        "items": [to_plain(i) for i in agenda(meeting)[:2]],
        "fields": ["title", "start"],
    }
    assert (
        prepared.fingerprint()
        == prepare_import(meeting.state, agenda(meeting)[:2], ("title", "start")).fingerprint()
    )
    assert (
        prepared.fingerprint() != prepare_import(meeting.state, agenda(meeting)[:2], ("title",)).fingerprint()
    )
    assert (
        prepared.fingerprint()
        != prepare_import(meeting.state, agenda(meeting)[:3], ("title", "start")).fingerprint()
    )


def test_a_stale_import_says_where_the_meeting_is_now():
    meeting = meeting_factory.Meeting()
    prepared = prepare_import(meeting.state, agenda(meeting)[:3])
    meeting.request("del-ke")
    with pytest.raises(Conflict) as refused:
        prepared.drafts(meeting.state)
    assert (
        refused.value.message
        == "The meeting has moved on since the import was planned (now at 16, planned at 15)."
    )


def test_a_schedule_file_of_at_most_5000_items_is_taken():
    from companion.domain.schedule_plan import MAX_IMPORTED_ITEMS

    meeting = meeting_factory.Meeting()
    first = agenda(meeting)[0]
    many = [replace(first, id=f"item-{n}") for n in range(MAX_IMPORTED_ITEMS + 1)]
    with pytest.raises(Invalid) as refused:
        prepare_import(meeting.state, many)
    assert (refused.value.code, refused.value.message) == (
        "too_many",
        "An import may hold at most 5000 items.",
    )
    assert len(prepare_import(meeting.state, many[:-1]).plan.added) == MAX_IMPORTED_ITEMS


def test_an_import_counts_what_it_leaves_unchanged_and_compares_only_its_fields():
    meeting = meeting_factory.Meeting()
    items = agenda(meeting)
    assert prepare_import(meeting.state, items).plan.unchanged == len(items)
    later = replace(items[0], start=items[0].start + timedelta(minutes=5))
    titles_only = prepare_import(meeting.state, [later, *items[1:]], ("title",)).plan
    assert (titles_only.changed, titles_only.unchanged) == ([], len(items))
