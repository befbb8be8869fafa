"""The relay plan is computed from the booths' languages: properties over any booths, and the
cases of the issue (the English booth is not told to take relay when China speaks Chinese)."""

from hypothesis import given
from hypothesis import strategies as st

from companion.domain.booths import Booth, InterpreterLanguages, as_worked_by, default_booths
from companion.domain.relay_plan import Route, outputs, relay_plan, route_of, takes_directly, uncovered
from companion.domain.vocabulary import LANGUAGES

UN = default_booths(LANGUAGES)


@st.composite
def booth_sets(draw):
    """Any booths over a subset of the six languages, each with any passive and retour languages."""
    languages = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=6, unique=True))
    booths = []
    for code in languages:
        others = [x for x in LANGUAGES if x != code]
        passive = draw(st.lists(st.sampled_from(others), unique=True, max_size=5))
        retour = draw(st.lists(st.sampled_from(others), unique=True, max_size=2))
        booths.append(Booth(code, tuple(passive), tuple(retour)))
    return tuple(booths)


@given(booth_sets(), st.sampled_from(LANGUAGES))
def test_every_booth_has_one_route_and_a_pivot_takes_the_language_itself(booths, language):
    plan = relay_plan(booths, language)
    assert [r.booth for r in plan] == [b.language for b in booths]
    by_name = {b.language: b for b in booths}
    for r in plan:
        booth = by_name[r.booth]
        if r.route in (Route.RELAY, Route.RETOUR):
            pivot = by_name[r.pivot]
            assert r.pivot != r.booth
            gives = outputs(pivot, language)
            assert gives, "a pivot takes the speaker's language itself: never relay of relay"
            if r.route == Route.RETOUR:
                assert booth.language in gives
            else:
                assert set(gives) & set(booth.passive)
        else:
            assert r.pivot is None
        if r.route == Route.DIRECT:
            assert language in booth.passive
        if r.route == Route.FLOOR:
            assert booth.language == language


@given(booth_sets(), st.sampled_from(LANGUAGES))
def test_a_pivot_knows_exactly_who_depends_on_it(booths, language):
    plan = relay_plan(booths, language)
    for r in plan:
        assert set(r.feeds) == {o.booth for o in plan if o.pivot == r.booth}


@given(booth_sets(), st.sampled_from(LANGUAGES))
def test_a_booth_is_left_without_the_language_only_when_no_booth_can_give_it(booths, language):
    by_name = {b.language: b for b in booths}
    for name in uncovered(booths, language):
        booth = by_name[name]
        assert language not in booth.passive and name != language
        for other in booths:
            if other is not booth:
                assert not ({booth.language, *booth.passive} & set(outputs(other, language)))
    if not takes_directly(booths, language):
        assert set(uncovered(booths, language)) == {b.language for b in booths} - {language}


@given(booth_sets(), st.sampled_from(LANGUAGES))
def test_a_booth_that_takes_the_language_works_direct(booths, language):
    for r in relay_plan(booths, language):
        booth = next(b for b in booths if b.language == r.booth)
        if language in booth.passive:
            assert r.route == Route.DIRECT


def test_chinese_on_the_floor_with_un_booths():
    plan = {r.booth: r for r in relay_plan(UN, "zh")}
    assert plan["en"].route == Route.RETOUR and plan["en"].pivot == "zh"  # not "take relay"
    assert plan["fr"].route == Route.RELAY and plan["fr"].pivot == "zh"
    assert plan["zh"].route == Route.FLOOR
    assert set(plan["zh"].feeds) == {"ar", "en", "fr", "ru", "es"}


def test_spanish_on_the_floor_the_english_booth_is_the_pivot():
    plan = {r.booth: r for r in relay_plan(UN, "es")}
    assert plan["en"].route == Route.DIRECT and plan["fr"].route == Route.DIRECT
    assert plan["ar"] .pivot == "en" and plan["zh"].pivot == "en" and plan["ru"].pivot == "en"
    assert plan["en"].feeds == ("ar", "zh", "ru")


def test_french_on_the_floor_the_arabic_booth_works_direct():
    assert route_of(UN, "fr", "ar").route == Route.DIRECT
    assert route_of(UN, "fr", "zh").pivot == "en"


def test_a_chinese_booth_without_retour_leaves_chinese_uncovered():
    booths = tuple(b if b.language != "zh" else Booth("zh", ("en",)) for b in UN)
    assert not takes_directly(booths, "zh")
    assert set(uncovered(booths, "zh")) == {"ar", "en", "fr", "ru", "es"}
    assert uncovered(UN, "zh") == ()


def test_an_interpreter_with_russian_makes_the_chinese_booth_direct_while_on():
    zh = Booth("zh", ("en",), ("en",), (InterpreterLanguages("Zhou Min", ("en", "ru")),))
    booths = tuple(zh if b.language == "zh" else b for b in UN)
    assert route_of(booths, "ru", "zh").route == Route.RELAY
    worked = tuple(as_worked_by(b, "Zhou Min") for b in booths)
    assert route_of(worked, "ru", "zh").route == Route.DIRECT
    assert as_worked_by(zh, "Li Wen") == zh
