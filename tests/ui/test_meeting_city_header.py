"""The agenda's meeting-time column is named after the meeting's own city, not always "Geneva"."""

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from companion.domain import MeetingState, record
from companion.domain.meeting_time import meeting_city
from companion.domain.programme import programme_payload
from companion.paths import BUNDLED_MEETING
from companion.ui import translations
from companion.ui.agenda_model import COL_MEETING_TIME, AgendaModel

T0 = datetime(2025, 10, 28, 9, 0, tzinfo=UTC)


def state_at(venue: str, zone: str) -> MeetingState:
    data = json.loads(BUNDLED_MEETING.read_text())
    data["meeting"] |= {"venue": venue, "time_zone": zone}
    state, _event = record(MeetingState(), "meeting.created", programme_payload(data), T0)
    return state


def header(model: AgendaModel) -> str:
    return model.headerData(COL_MEETING_TIME, Qt.Horizontal)


@pytest.fixture
def back_to_english():
    yield
    translations.apply_language("en")


def test_the_column_names_the_venues_city_translated_where_known(qtbot, back_to_english):
    model = AgendaModel()
    model.set_state(state_at("WIPO Headquarters, Geneva", "Europe/Zurich"))
    assert header(model) == "Geneva"  # the venue's city, though the zone is Zurich's
    with qtbot.waitSignal(model.headerDataChanged):
        model.set_state(state_at("United Nations Office at Nairobi, Nairobi", "Africa/Nairobi"))
    assert header(model) == "Nairobi"
    translations.apply_language("ru")
    assert header(model) == "Найроби"
    translations.apply_language("ar")
    assert header(model) == "نيروبي"


def test_without_a_venue_the_zones_city_and_an_unknown_city_as_spelled(back_to_english):
    model = AgendaModel()
    model.set_state(state_at("", "America/New_York"))
    assert header(model) == "New York"
    model.set_state(state_at("Kyoto International Conference Center, Kyoto", "Asia/Tokyo"))
    assert header(model) == "Kyoto"
    translations.apply_language("ar")
    assert header(model) == "\u2068Kyoto\u2069"  # a Latin name isolated inside the Arabic header
    assert AgendaModel().headerData(COL_MEETING_TIME, Qt.Horizontal) == "وقت الاجتماع"  # before any state


@given(place=st.text(alphabet=st.characters(blacklist_characters=","), min_size=1).filter(str.strip),
       before=st.text())
def test_the_city_is_the_venues_last_part(place, before):
    assert meeting_city(f"{before},{place}", "Europe/Zurich") == place.strip()
    assert meeting_city("", "America/Argentina/Buenos_Aires") == "Buenos Aires"
