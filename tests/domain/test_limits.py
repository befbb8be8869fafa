"""The size and shape rules: any clean text passes, any control character or lone surrogate is
refused, nesting is bounded without recursion."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain import Invalid
from companion.domain.limits import MAX_DEPTH, check_shape, check_text

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
