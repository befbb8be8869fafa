"""Format characters (Unicode category Cf) are refused in names, groups and room messages: they
are invisible, and serve only to make two names look alike or one read as another (issue 28)."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.errors import Invalid
from companion.domain.limits import check_name

FORMAT_CHARACTERS = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
NAME_LETTERS = st.text(st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=20)


@given(NAME_LETTERS, st.sampled_from(FORMAT_CHARACTERS), NAME_LETTERS)
def test_any_format_character_between_latin_or_any_letters_is_refused(before, invisible, after):
    if invisible in "\u200c\u200d" and ord(before[-1]) > 0x24F and ord(after[0]) > 0x24F:
        return  # a joiner inside a non-Latin word: the next test
    with pytest.raises(Invalid) as refused:
        check_name(before + invisible + after, "The name")
    assert refused.value.code == "invalid_text" and f"U+{ord(invisible):04X}" in refused.value.message


@pytest.mark.parametrize("name", ["می\u200cخواهم", "क्\u200dष", "👩\u200d💻", "Brasil", "محمد", "李明"])
def test_joiners_inside_non_latin_words_and_plain_names_pass(name):
    check_name(name, "The name")


@pytest.mark.parametrize("name", ["Ken\u200dya", "\u200cKenya", "Kenya\u200d"])
def test_a_joiner_beside_a_latin_letter_or_at_an_edge_is_refused(name):
    with pytest.raises(Invalid):
        check_name(name, "The name")
