"""The size and shape rules: any clean text passes, any control character or lone surrogate is
refused, nesting is bounded without recursion."""

import functools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain import Invalid
from companion.domain.limits import MAX_DEPTH, check_person, check_shape, check_text

clean = st.text(st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\n\t\r"))
bad = st.sampled_from([chr(c) for c in [*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]])
surrogate = st.integers(0xD800, 0xDFFF).map(chr)


@given(clean)
def test_clean_text_passes(text):
    check_text(text)
    check_shape({"text": text, "list": [text]})


@given(clean, bad | surrogate, clean)
def test_a_control_character_or_lone_surrogate_anywhere_is_refused(before, char, after):
    with pytest.raises(Invalid) as refused:
        check_shape({"type": "floor.request", "nested": [{"text": before + char + after}]})
    assert refused.value.code == "invalid_text"
    with pytest.raises(Invalid):
        check_shape({before + char + after: 1})  # keys too


@pytest.mark.parametrize("depth", [MAX_DEPTH - 1, MAX_DEPTH])
def test_nesting_up_to_the_limit_is_fine(depth):
    value = 1
    for _ in range(depth):
        value = [value]
    check_shape(value)


def test_nesting_beyond_the_limit_is_refused_even_very_deep():
    value = 1
    for _ in range(100_000):  # deeper than Python's recursion limit
        value = {"a": value}
    with pytest.raises(Invalid) as refused:
        check_shape(value)
    assert refused.value.code == "too_deep"


def test_a_participants_gender_and_email_follow_the_text_rules_too():
    from companion.domain.entities import Participant
    from companion.domain.limits import check_person
    from companion.domain.vocabulary import Role

    check_person(Participant("p-1", "Amina", Role.DELEGATE, gender="female", email="a@example.org"))
    for fields in ({"gender": "f\x07"}, {"email": "a\x00@example.org"}, {"gender": "x" * 201}):
        with pytest.raises(Invalid):
            check_person(Participant("p-1", "Amina", Role.DELEGATE, **fields))


@pytest.mark.parametrize("control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"])
def test_a_text_direction_control_is_refused_in_names_but_not_in_statements(control):
    from companion.domain.entities import Participant
    from companion.domain.groups import read_groups
    from companion.domain.limits import check_person
    from companion.domain.vocabulary import Role

    spoof = f"{control}aynekK"  # shown as "Kkenya" on screen: a name that reads as another's
    with pytest.raises(Invalid) as refused:
        check_person(Participant("p-1", "Amina", Role.DELEGATE, delegation=spoof))
    assert refused.value.code == "invalid_text"
    with pytest.raises(Invalid):
        read_groups([{"name": spoof, "members": ["Kenya"]}])
    check_shape({"type": "floor.request", "text": f"Arabic quoting {control}English{control}"})  # statements keep them


@pytest.mark.parametrize(
    ("fields", "code", "message"),
    [
        ({"id": " "}, "missing_field", "The id must not be empty."),
        ({"name": ""}, "missing_field", "The name must not be empty."),
        ({"id": "p\x07"}, "invalid_text", "The id holds a control character (U+0007)."),
        ({"name": "A\x00"}, "invalid_text", "The name holds a control character (U+0000)."),
        ({"delegation": "K\x1b"}, "invalid_text", "The delegation holds a control character (U+001B)."),
        ({"gender": "f\x07"}, "invalid_text", "The gender holds a control character (U+0007)."),
        (
            {"email": "a\ud800@example.org"},
            "invalid_text",
            "The e-mail holds a broken character (a lone UTF-16 surrogate).",
        ),
        ({"id": "p" * 201}, "too_long", "The id is longer than 200 characters."),
        ({"name": "n" * 201}, "too_long", "The name is longer than 200 characters."),
        ({"delegation": "d" * 201}, "too_long", "The delegation is longer than 200 characters."),
        ({"gender": "g" * 201}, "too_long", "The gender is longer than 200 characters."),
        ({"email": "e" * 201}, "too_long", "The e-mail is longer than 200 characters."),
    ],
)
def test_a_wrong_participant_is_refused_naming_the_field(fields, code, message):
    from companion.domain.entities import Participant
    from companion.domain.vocabulary import Role

    person = {"id": "p-1", "name": "Amina", "role": Role.DELEGATE, **fields}
    with pytest.raises(Invalid) as refused:
        check_person(Participant(**person))
    assert (refused.value.code, refused.value.message) == (code, message)


def test_a_participant_at_the_limits_is_accepted():
    from companion.domain.entities import Participant
    from companion.domain.vocabulary import Role

    long = "x" * 200
    check_person(Participant(long, long, Role.DELEGATE, delegation=long, gender=long, email=long))
    check_person(Participant("p-1", "Amina", Role.DELEGATE, gender=None, delegation="", email=""))


@pytest.mark.parametrize(
    ("year", "kept"), [(1969, False), (1970, True), (2025, True), (2100, True), (2101, False)]
)
def test_an_item_is_exported_only_when_its_times_fall_in_the_supported_years(year, kept):
    from datetime import UTC, date, datetime

    from companion.domain.entities import AgendaItem
    from companion.domain.limits import in_supported_years
    from companion.domain.vocabulary import ItemKind

    def item(start_year, end_year, day_year):
        return AgendaItem(
            id="i",
            day=date(day_year, 6, 1),
            start=datetime(start_year, 6, 1, 9, tzinfo=UTC),
            end=datetime(end_year, 6, 1, 10, tzinfo=UTC),
            kind=ItemKind.PANEL,
            title="T",
        )

    assert in_supported_years(item(year, year, year)) is kept
    assert in_supported_years(item(2025, 2025, year)) is kept  # each of the three counts
    assert in_supported_years(item(year, 2025, 2025)) is kept
    assert in_supported_years(item(2025, year, 2025)) is kept


@functools.cache
def _panel():
    from meeting_factory import Meeting

    return Meeting().state.items["d1-panel-use-cases-1"]


def _item(**changes):
    from dataclasses import replace

    return replace(_panel(), **changes)


def _refusal_of(item, *where):
    from companion.domain.limits import check_item

    with pytest.raises(Invalid) as refused:
        check_item(item, *where)
    return refused.value.code, refused.value.message


def test_each_limit_of_an_agenda_item_is_refused_in_words():
    from dataclasses import replace
    from datetime import UTC, date, datetime

    from companion.domain.entities import ItemText, Person

    item = _item()
    many = tuple(Person(f"P{n}") for n in range(101))
    cases = [
        (dict(title="t" * 501), "too_long", "The item: a title is longer than 500 characters."),
        (dict(description="d" * 5001), "too_long", "The item: a description is longer than 5000 characters."),
        (
            dict(translations=(ItemText("fr", "t" * 501),)),
            "too_long",
            "The item: a title is longer than 500 characters.",
        ),
        (
            dict(translations=(ItemText("fr", "T", "d" * 5001),)),
            "too_long",
            "The item: a description is longer than 5000 characters.",
        ),
        (dict(room="r" * 201), "too_long", "The item: a room is longer than 200 characters."),
        (dict(id="i" * 201), "too_long", "The item: a id is longer than 200 characters."),
        (dict(speakers=(Person("n" * 201),)), "too_long", "The item: a name is longer than 200 characters."),
        (
            dict(moderators=(Person("N", "a" * 201),)),
            "too_long",
            "The item: a name is longer than 200 characters.",
        ),
        (dict(formats=("f" * 201,)), "too_long", "The item: a format is longer than 200 characters."),
        (dict(speakers=many), "too_many", "The item names too many people or formats."),
        (
            dict(formats=tuple(f"f{n}" for n in range(11))),
            "too_many",
            "The item names too many people or formats.",
        ),
        (dict(day=date(2101, 1, 1)), "out_of_range", "The item's day must fall between 1970 and 2100."),
        (dict(day=date(1969, 12, 31)), "out_of_range", "The item's day must fall between 1970 and 2100."),
        (
            dict(start=datetime(1969, 12, 31, tzinfo=UTC)),
            "out_of_range",
            "The item's start must fall between 1970 and 2100.",
        ),
        (
            dict(end=datetime(2101, 1, 1, tzinfo=UTC)),
            "out_of_range",
            "The item's end must fall between 1970 and 2100.",
        ),
        (
            dict(limits=replace(item.limits, group=9)),
            "out_of_range",
            "The item: the group limit must be 10–3600 seconds.",
        ),
        (
            dict(limits=replace(item.limits, observer=3601)),
            "out_of_range",
            "The item: the observer limit must be 10–3600 seconds.",
        ),
    ]
    for changes, code, message in cases:
        assert _refusal_of(_item(**changes)) == (code, message), changes
    assert _refusal_of(_item(room="r" * 201), "Item 3 (x)") == (
        "too_long",
        "Item 3 (x): a room is longer than 200 characters.",
    )


def test_an_agenda_item_at_every_limit_is_accepted():
    from dataclasses import replace
    from datetime import UTC, date, datetime

    from companion.domain.entities import ItemText, Person
    from companion.domain.limits import check_item

    item = _item()
    check_item(
        _item(
            title="t" * 500,
            description="d" * 5000,
            translations=(ItemText("fr", "t" * 500, "d" * 5000),),
            room="r" * 200,
            id="i" * 200,
            speakers=tuple(Person("n" * 200, "a" * 200) for _ in range(50)),
            moderators=tuple(Person("m") for _ in range(50)),
            formats=tuple("f" * 200 for _ in range(10)),
            day=date(2100, 12, 31),
            start=datetime(1970, 1, 1, tzinfo=UTC),
            end=datetime(2100, 12, 31, tzinfo=UTC),
            limits=replace(item.limits, group=10, observer=3600),
        )
    )
    check_item(_item(day=date(1970, 1, 1)))


def test_objects_nested_up_to_the_limit_are_fine_and_one_more_is_not():
    value = 1
    for _ in range(MAX_DEPTH):
        value = {"a": value}
    check_shape(value)  # MAX_DEPTH objects, one in another
    with pytest.raises(Invalid):
        check_shape({"a": value})


def test_a_text_refused_outside_a_command_is_named_text():
    with pytest.raises(Invalid) as refused:
        check_text("a\x07")
    assert refused.value.message == "text holds a control character (U+0007)."


@pytest.mark.parametrize(
    ("char", "words"),
    [
        ("\x00", "a control character (U+0000)"),
        ("\x7f", "a control character (U+007F)"),
        ("\x9f", "a control character (U+009F)"),
        ("\ud800", "a broken character (a lone UTF-16 surrogate)"),
        ("\udfff", "a broken character (a lone UTF-16 surrogate)"),
    ],
)
def test_a_refused_text_says_whether_the_character_is_a_control_or_broken(char, words):
    with pytest.raises(Invalid) as refused:
        check_text(f"Agenda{char}item", "The title")
    assert (refused.value.code, refused.value.message) == ("invalid_text", f"The title holds {words}.")


def test_a_text_direction_control_in_a_name_is_refused_saying_where_and_which():
    from dataclasses import replace

    from meeting_factory import Meeting

    from companion.domain.entities import Participant, Person
    from companion.domain.groups import read_groups
    from companion.domain.limits import check_item
    from companion.domain.vocabulary import Role

    with pytest.raises(Invalid) as person:
        check_person(Participant("p-1", "Amina", Role.DELEGATE, delegation="\u202eaynekK"))
    assert person.value.message == "The delegation holds a text-direction control (U+202E)."
    groups = [{"name": "GRULAC", "members": ["Brazil"]}, {"name": "\u2066Kenya", "members": ["Kenya"]}]
    with pytest.raises(Invalid) as group:
        read_groups(groups)
    assert group.value.message == "Group 2: name holds a text-direction control (U+2066)."
    item = next(iter(Meeting().state.items.values()))
    with pytest.raises(Invalid) as speaker:
        check_item(replace(item, speakers=(Person("\u202dAna Souza", "Brazil"),)))
    assert (speaker.value.code, speaker.value.message) == (
        "invalid_text",
        "The item: a name holds a text-direction control (U+202D).",
    )
