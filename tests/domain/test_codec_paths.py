"""The codec's fast converters (made once per type) and its careful path (which words the errors)
agree: whatever plain data comes in, the fast path accepts exactly what the careful one accepts,
and builds the same entity."""

import meeting_factory
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain.codec import _convert, _decoder, from_plain, to_plain
from companion.domain.entities import AgendaItem, FloorRequest, Participant

BASE = meeting_factory.Meeting()
SAMPLES = [
    (AgendaItem, to_plain(next(iter(BASE.state.items.values())))),
    (Participant, to_plain(BASE.state.participants["del-ke"])),
]
meeting = meeting_factory.Meeting()
meeting.request("del-ke", text="Texte")
SAMPLES.append((FloorRequest, to_plain(next(iter(meeting.state.requests.values())))))

ODD = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12),
                st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
                st.sampled_from(["2025-10-28T09:00:00Z", "2025-10-28", "presentation", "onsite", "waiting"]))


@st.composite
def damaged(draw):
    cls, plain = draw(st.sampled_from(SAMPLES))
    data = dict(plain)
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.sampled_from(sorted(data)))
        if draw(st.booleans()):
            data[key] = draw(ODD)
        else:
            data.pop(key)
    return cls, data


@settings(max_examples=500, deadline=None)
@given(damaged())
def test_fast_and_careful_paths_agree(case):
    cls, data = case
    try:
        careful = _convert(cls, data, cls.__name__)
    except (ValueError, TypeError):
        careful = None
    try:
        fast = _decoder(cls)(data)
    except Exception:
        fast = None
    assert fast == careful
    if careful is None:
        try:
            from_plain(cls, data)
            raise AssertionError("accepted what the careful path refuses")
        except (ValueError, TypeError):
            pass


def test_round_trip_of_every_entity_of_a_meeting():
    for item in BASE.state.items.values():
        assert from_plain(AgendaItem, to_plain(item)) == item
    for person in BASE.state.participants.values():
        assert from_plain(Participant, to_plain(person)) == person


def test_both_paths_make_a_float_of_a_whole_number_and_name_what_is_not_an_object():
    import pytest

    from companion.domain.entities import SpeakingClock

    plain = {"request_id": "fr-1", "item_id": "i", "limit_seconds": 60, "accumulated": 3}
    for path in (lambda data: _convert(SpeakingClock, data, "SpeakingClock"), _decoder(SpeakingClock)):
        assert type(path(plain).accumulated) is float
    with pytest.raises(ValueError, match=r"^SpeakingClock: expected an object$"):
        from_plain(SpeakingClock, ["fr-1"])
    with pytest.raises(ValueError, match=r"^SpeakingClock\.running_since: 5 is not a valid datetime$"):
        from_plain(SpeakingClock, {**plain, "running_since": 5})


def test_a_mapping_of_entities_becomes_plain_value_by_value():
    from companion.domain.vocabulary import Role

    assert to_plain({"chair": Role.CHAIR, "when": BASE.now, "n": 2}) == {
        "chair": "chair",
        "when": "2025-10-28T11:00:00Z",
        "n": 2,
    }
