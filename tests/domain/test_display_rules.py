"""The public pages' rules: which text the room reads in which language, which language a page
speaks for a browser, which way it is written, and how long a countdown has left."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.domain.display import (
    DisplayText,
    RoomDisplay,
    countdown_left,
    direction,
    page_language,
    page_languages,
    preferred_languages,
    text_in,
)
from companion.domain.vocabulary import LANGUAGES, is_language

SIX = ("ar", "zh", "en", "fr", "ru", "es")
TEXTS = (DisplayText("fr", "Pause café"), DisplayText("en", "Coffee break"), DisplayText("ru", ""))


@pytest.mark.parametrize(
    ("language", "fallback", "expected"),
    [
        ("fr", SIX, "Pause café"),  # its own
        ("en", ("fr",), "Coffee break"),  # its own before the fallback
        ("zh", ("es", "en", "fr"), "Coffee break"),  # the first of the fallback that has one
        ("zh", ("fr", "en"), "Pause café"),
        ("ru", ("en",), "Coffee break"),  # an empty text counts as none
        ("ar", LANGUAGES, "Coffee break"),  # by default, the six in the UN's order: en before fr
        ("es", ("zh", "ar"), "Pause café"),  # none in the fallback: the first text there is
    ],
)
def test_text_in_a_language_with_its_fallbacks(language, fallback, expected):
    assert text_in(TEXTS, language, fallback) == expected


def test_text_in_with_the_default_fallback_and_with_nothing_to_show():
    assert text_in(TEXTS, "zh") == "Coffee break"
    assert text_in((DisplayText("ru", ""), DisplayText("de", "Kaffeepause")), "ar") == "Kaffeepause"
    assert text_in((DisplayText("en", ""),), "en") == ""
    assert text_in((), "en") == ""


def test_arabic_pages_are_written_right_to_left_the_others_left_to_right():
    assert [direction(code) for code in SIX] == ["rtl", "ltr", "ltr", "ltr", "ltr", "ltr"]
    assert direction("") == "ltr"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, []),
        ("", []),
        ("fr", ["fr"]),
        ("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", ["fr", "fr", "en", "de"]),
        ("en;q=0.5,fr;q=0.5,ru", ["ru", "en", "fr"]),  # the most wanted first, ties in the order sent
        ("EN-us", ["en"]),
        ("  es-419 ;  q=0.3 , zh-Hant-TW ", ["zh", "es"]),
        ("en;q=1,fr;q=0.25", ["en", "fr"]),
        ("fr;q=1,en", ["fr", "en"]),  # no q is q=1: a tie, in the order sent
        ("ar;level=1;q=0.4, ru;q=0.6", ["ar", "ru"]),  # q only read right after the tag
        ("de;q=0,fr;q=0.0,ru;q=x,es", ["es"]),  # refused with q=0, unreadable q: not wanted
        ("*,en;q=0.1", ["en"]),
        ("en,,fr,-ch", ["en", "fr"]),  # empty entries and empty tags are skipped
    ],
)
def test_the_languages_a_browser_prefers(header, expected):
    assert preferred_languages(header) == expected


def test_only_the_first_50_entries_of_a_header_are_read():
    assert preferred_languages("x," * 49 + "fr")[-1] == "fr"
    assert len(preferred_languages("x," * 49 + "fr")) == 50
    assert "fr" not in preferred_languages("x," * 50 + "fr")
    assert preferred_languages("x," * 50 + "fr") == ["x"] * 50
    long_header = "fr;q=0.5," + "x;q=0.1," * 99 + "en"  # from the front, however long it is
    assert preferred_languages(long_header) == ["fr"] + ["x"] * 49


def test_pages_speak_the_meetings_languages_among_the_six_in_the_meetings_order():
    assert page_languages(("fr", "de", "en")) == ("fr", "en")
    assert page_languages(("es", "ar")) == ("es", "ar")
    assert page_languages(("de",)) == SIX
    assert page_languages(()) == SIX


@pytest.mark.parametrize(
    ("requested", "accept", "offered", "expected"),
    [
        (" FR ", "en", ("fr", "en"), "fr"),  # asked for, offered
        ("de", "fr", ("fr", "en"), None),  # asked for, not offered: no page
        ("", "fr", ("fr", "en"), None),
        (None, "de, en;q=0.9, fr;q=0.8", ("fr", "en"), "en"),  # the browser's first offered
        (None, "de", ("es", "fr"), "es"),  # none offered: the meeting's first
        (None, None, ("ru",), "ru"),
        (None, "fr", (), "ar"),  # a meeting offering none: the first of the six
    ],
)
def test_the_language_of_a_public_page(requested, accept, offered, expected):
    assert page_language(requested, accept, offered) == expected


def test_a_countdown_counts_down_to_zero_and_none_runs_without_an_end():
    ends = datetime(2026, 3, 2, 10, 15, tzinfo=UTC)
    display = RoomDisplay(countdown_ends=ends)
    assert countdown_left(display, ends - timedelta(minutes=15)) == 900.0
    assert countdown_left(display, ends - timedelta(seconds=0.5)) == 0.5
    assert countdown_left(display, ends) == 0.0
    assert countdown_left(display, ends + timedelta(seconds=1)) == 0.0
    assert countdown_left(RoomDisplay(), ends) is None


def test_the_six_interpretation_languages_and_nothing_else():
    assert [code for code in (*SIX, "floor", "de", "", "EN") if is_language(code)] == list(SIX)
