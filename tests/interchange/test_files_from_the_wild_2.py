"""Schedule files from the wild, round two (issue 30): one bad event never sinks a file, each
producer's quirks are read as that producer meant them. Each fixture is shaped like the real file."""

from pathlib import Path

from companion.domain.limits import MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS, check_item
from companion.interchange import Why, read_schedule

FILES = Path(__file__).parent.parent / "fixtures" / "schedules"
ZONE = "Europe/Zurich"


def read(name: str, zone: str = ZONE):
    return read_schedule((FILES / name).read_bytes(), zone, name)


def test_an_over_long_abstract_and_title_are_shortened_with_a_note_and_a_bad_year_skips_one_event():
    parsed = read("frab-ccc-long-abstract.xml")
    items = {i.id[-4:]: i for i in parsed.items}
    assert set(items) == {"0001", "0802", "0804"}  # the far-future event alone is skipped
    long = items["0802"]
    assert len(long.description) == MAX_DESCRIPTION_CHARS and long.description.endswith("…")
    assert len(long.title) <= MAX_TITLE_CHARS and long.title.endswith("…")
    for item in parsed.items:
        check_item(item)  # what prepare_import checks: nothing left for it to refuse
    shortened = {n.fields["field"]: n for n in parsed.notes if n.code == Why.SHORTENED}
    assert set(shortened) == {"title", "description"}
    note = shortened["description"]
    assert note.fields["limit"] == MAX_DESCRIPTION_CHARS and note.fields["length"] > MAX_DESCRIPTION_CHARS
    # The place is the file's own: its day, room and the event's guid, and the line it starts on.
    assert "(guid '0b1f2b2c-0d5e-5a71-9e7b-0c0ffee00802')" in note.place and note.line == 30
    [skip] = parsed.skipped
    assert skip.code == Why.OUT_OF_RANGE and "0c0ffee00803" in skip.place and skip.line == 41
    assert skip.fields == {"first": 1970, "last": 2100} and "2100" in skip.reason


def test_json_shortened_fields_are_named_by_their_json_pointer():
    parsed = read("c3voc-pretalx-2026.json")
    [note] = [n for n in parsed.notes if n.code == Why.SHORTENED]
    assert note.place == "/schedule/conference/days/0/rooms/Main/1" and note.fields["field"] == "description"
    assert len(parsed.items) == 2 and parsed.skipped == []
