"""Whatever bytes come in, a schedule is read or refused with a code: never another exception."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
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
