"""The chair's search for a delegation that raised its flag: delegations first, then people."""

from hypothesis import given
from hypothesis import strategies as st

from companion.domain.entities import Participant
from companion.domain.floor_search import MAX_DELEGATIONS, FloorDirectory, folded
from companion.domain.vocabulary import Role

PEOPLE = [
    Participant("1", "Ana Souza", Role.DELEGATE, delegation="Brazil"),
    Participant("2", "Bruno Lima", Role.DELEGATE, delegation="Brazil"),
    Participant("3", "Awa Koné", Role.DELEGATE, delegation="Côte d’Ivoire"),
    Participant("4", "Brian Otieno", Role.DELEGATE, delegation="Kenya"),
    Participant("5", "Chair", Role.CHAIR, delegation="WIPO Secretariat"),
    Participant("6", "Li Wei", Role.DELEGATE, delegation="Republic of Korea"),
]


def names(matches):
    return [(m.delegation, [p.name for p in m.people]) for m in matches]


def test_delegations_first_then_the_people_whose_names_match():
    directory = FloorDirectory(PEOPLE)
    assert names(directory.search("br")) == [
        ("Brazil", ["Ana Souza", "Bruno Lima"]),  # the delegation, with all its people
        ("Kenya", ["Brian Otieno"]),  # a person named Brian, under their delegation
    ]
    assert names(directory.search("cote")) == [("Côte d’Ivoire", ["Awa Koné"])]  # accents ignored
    assert names(directory.search("korea")) == [("Republic of Korea", ["Li Wei"])]  # any word
    assert [m.delegation for m in directory.search("")] == ["Brazil", "Côte d’Ivoire", "Kenya", "Republic of Korea"]
    assert directory.search("secretariat") == []  # a chair is not put on the list


@given(st.text(max_size=6))
def test_every_match_contains_what_was_typed(typed):
    matches = FloorDirectory(PEOPLE).search(typed)
    needle = folded(typed.strip())
    assert len(matches) <= MAX_DELEGATIONS
    for m in matches:
        assert m.people
        assert needle in folded(m.delegation) or all(needle in folded(p.name) for p in m.people)
