"""Whatever bytes come in, a schedule is read or refused with a code: never another exception."""

import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from companion.interchange import ScheduleError, Why, read_schedule

FILES = sorted((Path(__file__).parent.parent / "fixtures" / "schedules").iterdir())
SEEDS = [path.read_bytes() for path in FILES]


@st.composite
def mangled(draw) -> bytes:
    """A fixture with bytes replaced, cut or repeated: the kinds of damage files get in the wild."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "copy", "digit", "quote"]))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "copy":
            data[at:at] = data[at : at + draw(st.integers(1, 60))]
        elif action == "digit":
            data[at] = ord(draw(st.sampled_from("0123456789:-T+Z")))
        else:
            data[at] = ord(draw(st.sampled_from("\"'<>{}[],")))
        if not data:
            break
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled())
def test_damaged_files_are_read_or_refused_with_a_code(data):
    try:
        parsed = read_schedule(data, "Europe/Zurich", "damaged")
    except ScheduleError as refused:
        assert refused.note.code in Why and str(refused)
        return
    for note in (*parsed.skipped, *parsed.notes):
        assert note.code in Why and note.reason
    assert all(item.end > item.start and item.id and item.title for item in parsed.items)


#: Any JSON value (no NaN or infinity: JSON has none).
ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
#: Values a c3voc field plausibly holds, right or nearly right, so the checks past the types are reached.
PLAUSIBLE = {
    "guid": st.sampled_from(["a", "b", "", "x" * 101]),
    "id": st.integers(-2, 3) | st.sampled_from(["7", ""]),
    "date": st.sampled_from(["2025-10-28T10:00:00+01:00", "2025-10-28T10:00:00", "2025-10-26T02:30:00", "x"]),
    "start": st.sampled_from(["10:00", "2:30", "25:00", "2025-10-28T10:00:00+01:00", "2025-10-28T10:00:00", ""]),
    "end": st.sampled_from(["2025-10-28T11:00:00+01:00", "2025-10-28T09:00:00+01:00", "2025-10-28", ""]),
    "duration": st.sampled_from(["00:30", "00:00", "PT45M", "-PT1H", "P1Y", "1:2:3:4:5", ""]),
    "title": st.sampled_from(["Talk", "  ", ""]),
    "room": st.sampled_from(["A", ""]) | st.fixed_dictionaries({"name": st.sampled_from(["A", ""])}),
    "abstract": st.sampled_from(["x", None]) | st.dictionaries(st.sampled_from(["en", "de"]), st.text()),
    "persons": st.lists(st.sampled_from(["Ana", {"public_name": "B"}, {"name": "C"}, {}]), max_size=3),
    "participants": st.lists(st.sampled_from([{"name": "D"}, "E"]), max_size=2),
    "type": st.sampled_from(["talk", "break", "OTHER"]),
}


def mostly(good):
    """*good* five times in six, any JSON value otherwise: deep enough to reach every check."""
    return st.integers(0, 5).flatmap(lambda n: good if n else ANY_JSON)


REQUIRED = ("guid", "title", "start", "duration")
EVENT = mostly(st.fixed_dictionaries(
    {k: mostly(PLAUSIBLE[k]) for k in REQUIRED},
    optional={k: mostly(v) for k, v in PLAUSIBLE.items() if k not in REQUIRED},
))
ZONE_NAME = st.integers(0, 9).flatmap(
    lambda n: st.just("Europe/Zurich") if n > 2 else st.sampled_from(["Mars/Olympus", "", None]) if n else ANY_JSON
)
DAY_V1 = mostly(st.fixed_dictionaries({
    "date": mostly(st.sampled_from(["2025-10-28", "2025-10-26", "soon"])),
    "rooms": mostly(st.dictionaries(st.sampled_from(["A", "B/C", "~"]), mostly(st.lists(EVENT, min_size=1, max_size=4)))),
}))
DAY_V2 = mostly(st.fixed_dictionaries({
    "date": st.just("2025-10-28"), "start": st.sampled_from(["2025-10-28T06:00:00+01:00", "2025-10-28T06:00"]),
    "end": st.just("2025-10-29T06:00:00+01:00"),
}))
C3VOC = st.one_of(
    st.builds(lambda z, days: {"schedule": {"conference": {"time_zone_name": z, "days": days}}},
              ZONE_NAME, mostly(st.lists(DAY_V1, min_size=1, max_size=3))),
    st.builds(lambda z, days, events: {"schedule": {"conference": {"time_zone_name": z, "days": days},
                                                    "events": events}},
              ZONE_NAME, mostly(st.lists(DAY_V2, max_size=2)), mostly(st.lists(EVENT, min_size=1, max_size=5))),
    ANY_JSON,
)


#: What ``--hypothesis-seed=1`` found (issue 26): an event in the hour the clocks repeat gave a
#: file-wide ambiguous-times note placed at "" instead of the first event's JSON pointer; and the same
#: in schema 2, and a floating-time assumption on it.
DST_REPEATED_HOUR = [
    {"schedule": {"conference": {"time_zone_name": "Europe/Zurich", "days": [
        {"date": "2025-10-26", "rooms": {"A": [{"guid": "a", "title": "Talk", "start": "2:30", "duration": "00:30"}]}}]}}},
    {"schedule": {"conference": {"time_zone_name": "Europe/Zurich", "days": []}, "events": [
        {"guid": "a", "title": "Talk", "start": "2025-10-26T02:30:00", "duration": "00:30"}]}},
    {"schedule": {"conference": {"days": [
        {"date": "2025-10-26", "rooms": {"A": [{"guid": "a", "title": "Talk", "date": "2025-10-26T02:30:00",
                                                "duration": "00:30"}]}}]}}},
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(C3VOC)
@example(DST_REPEATED_HOUR[0])
@example(DST_REPEATED_HOUR[1])
@example(DST_REPEATED_HOUR[2])
def test_any_json_is_read_or_refused_with_a_code_and_a_json_pointer_never_a_traceback(document):
    data = json.dumps(document).encode()
    try:
        parsed = read_schedule(data, "Europe/Zurich", "any.json")
    except ScheduleError as refused:
        assert refused.note.code in Why and str(refused)
        assert refused.note.place == "" or refused.note.place.startswith("/")
        return
    for note in (*parsed.skipped, *parsed.notes):
        assert note.code in Why and note.reason and note.place.startswith("/")
        assert "Error" not in note.reason and "object" not in str(note.fields.get("value", ""))
    assert all(item.end > item.start and item.id and item.title for item in parsed.items)
