"""The public view as the room's screens, the webcast and followers receive it: every field, exactly.

The view is what leaves the building, so each test compares it whole (or a whole part of it): a field
renamed, dropped or filled from the wrong source shows up as a difference.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from meeting_factory import T0, Meeting

from companion.domain import MeetingState, execute, record
from companion.domain.codec import to_plain
from companion.domain.entities import Participant
from companion.domain.meeting_setup import meeting_payload
from companion.domain.public_view import public_view, shown_item
from companion.domain.vocabulary import Role

ITEM = "d1-floor-morning"
MEETING = {
    "id": "wipo-conv-12",
    "title": "WIPO Conversation on Intellectual Property and Frontier Technologies, Twelfth Session: "
    "IP and Synthetic Media",
    "time_zone": "Europe/Zurich",
    "languages": ["ar", "zh", "en", "fr", "ru", "es"],
}
FLOOR_ITEM = {
    "id": ITEM,
    "title": {
        "ar": "باب المناقشة المفتوح: حالات الاستخدام",
        "zh": "公开发言：使用案例",
        "en": "Open floor: use cases",
        "fr": "Débat ouvert : cas d’usage",
        "ru": "Открытые прения: сценарии использования",
        "es": "Debate abierto: casos de uso",
    },
    "kind": "open_floor",
    "start": "2025-10-28T11:40:00Z",
    "end": "2025-10-28T12:00:00Z",
    "list_state": "open",
}
BRAZIL = {
    "name": "Ana Souza",
    "delegation": "Brazil",
    "delegation_kind": "member_state",
    "on_behalf_of": "GRULAC",
    "kind": "statement",
    "attendance": "remote",
    "language": "fr",
}
EU = {
    "name": "Claire Martin",
    "delegation": "European Union",
    "delegation_kind": "observer",
    "on_behalf_of": "",
    "kind": "statement",
    "attendance": "onsite",
    "language": "en",
}


@pytest.fixture
def m():
    """The morning's open floor is live; Brazil (for GRULAC, in French) and the EU ask for the floor."""
    meeting = Meeting()
    meeting.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    meeting.request("del-br", on_behalf_of="GRULAC", language="fr", text="Check against delivery")
    meeting.request("obs-eu")
    return meeting


def test_a_meeting_with_nothing_live_shows_only_itself():
    m = Meeting()
    assert public_view(m.state) == {
        "seq": m.state.seq,
        "meeting": MEETING,
        "item": None,
        "speaker": None,
        "waiting": [],
        "next_speakers": 3,
        "message": {},
        "countdown": None,
    }
    assert shown_item(m.state) is None


def test_the_live_item_shows_its_titles_in_every_language_and_who_waits(m):
    view = public_view(m.state)
    assert view["seq"] == m.state.seq == m.events[-1].seq
    assert view["item"] == FLOOR_ITEM
    assert view["speaker"] is None
    assert view["waiting"] == [BRAZIL, EU]  # in the queue's order, without a clock


def test_an_item_without_translations_shows_its_original_title_in_every_language():
    m = Meeting()
    m.run("chair", type="agenda.set_status", item_id="d1-remarks", status="live")
    titles = public_view(m.state)["item"]["title"]
    original = m.state.items["d1-remarks"].title
    assert titles == dict.fromkeys(MEETING["languages"], original)


def test_the_speaker_shows_with_the_clock_as_of_its_last_change(m):
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="floor.start")
    running = public_view(m.state)
    assert running["speaker"] == {
        **BRAZIL,
        "clock": {
            "limit": 300,
            "spoken": 0.0,
            "running_since": "2025-10-28T11:00:00Z",
            "warning_after": 240.0,
        },
    }
    assert running["waiting"] == [EU]
    m.tick(42)
    m.run("chair", type="floor.pause")
    paused = public_view(m.state)["speaker"]["clock"]
    assert paused == {"limit": 300, "spoken": 42.0, "running_since": None, "warning_after": 240.0}


def test_a_single_delegations_clock_warns_from_four_fifths_of_its_own_limit():
    m = Meeting()
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    m.request("del-ke")
    m.run("chair", type="floor.call_next", item_id=ITEM)
    view = public_view(m.state)
    assert view["speaker"]["delegation"] == "Kenya" and view["speaker"]["on_behalf_of"] == ""
    assert view["speaker"]["clock"] == {
        "limit": 180,
        "spoken": 0.0,
        "running_since": None,
        "warning_after": 144.0,
    }


def test_the_room_stays_on_the_speakers_item_when_another_item_goes_live(m):
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="agenda.set_status", item_id="d1-lunch", status="live")
    assert m.state.live_item().id == "d1-lunch"
    view = public_view(m.state)
    assert shown_item(m.state).id == ITEM
    assert view["item"] == FLOOR_ITEM and view["speaker"]["name"] == "Ana Souza"
    assert view["waiting"] == [EU]


def test_a_speaker_on_an_item_kept_off_the_public_agenda_is_not_shown(m):
    m.run("chair", type="floor.call_next", item_id=ITEM)
    hidden = replace(m.state.items[ITEM], public=False)
    state = replace(m.state, items={**m.state.items, ITEM: hidden})
    assert shown_item(state) is None
    view = public_view(state)
    assert (view["item"], view["speaker"], view["waiting"]) == (None, None, [])


def test_a_floor_whose_item_is_gone_falls_back_to_the_live_item_without_a_speaker(m):
    """A log replayed from before items could only be removed when empty: the view still shows."""
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="agenda.set_status", item_id="d1-lunch", status="live")
    items = {k: v for k, v in m.state.items.items() if k != ITEM}
    state = replace(m.state, items=items)
    view = public_view(state)
    assert view["item"]["id"] == "d1-lunch" and view["speaker"] is None and view["waiting"] == []


def test_a_speaker_no_longer_on_the_list_of_participants_shows_without_a_name(m):
    m.run("chair", type="floor.call_next", item_id=ITEM)
    participants = {k: v for k, v in m.state.participants.items() if k != "del-br"}
    speaker = public_view(replace(m.state, participants=participants))["speaker"]
    assert {k: speaker[k] for k in ("name", "delegation", "delegation_kind", "on_behalf_of")} == {
        "name": "",
        "delegation": "",
        "delegation_kind": "",
        "on_behalf_of": "GRULAC",
    }
    assert (speaker["kind"], speaker["attendance"], speaker["language"]) == ("statement", "remote", "fr")


def test_the_chairs_message_shows_in_every_meeting_language_with_a_fallback(m):
    m.run("chair", type="display.message", texts={"fr": "Veuillez vous asseoir", "en": "Please be seated"})
    assert public_view(m.state)["message"] == {
        "ar": "Please be seated",  # no Arabic: the first of the meeting's languages that has one
        "zh": "Please be seated",
        "en": "Please be seated",
        "fr": "Veuillez vous asseoir",
        "ru": "Please be seated",
        "es": "Please be seated",
    }


def test_a_countdown_shows_its_end_and_label_and_none_without_a_label(m):
    m.run("chair", type="display.countdown", seconds=900, labels={"es": "Pausa"})
    assert public_view(m.state)["countdown"] == {
        "ends_at": "2025-10-28T11:15:00Z",
        "label": dict.fromkeys(MEETING["languages"], "Pausa"),
    }
    assert public_view(m.state)["message"] == {}
    m.run("chair", type="display.clear_countdown")
    m.run("chair", type="display.countdown", seconds=60)
    assert public_view(m.state)["countdown"] == {"ends_at": "2025-10-28T11:01:00Z", "label": {}}


def test_the_number_of_next_speakers_the_chair_chose_shows(m):
    m.run("chair", type="display.configure", next_speakers=7)
    assert public_view(m.state)["next_speakers"] == 7


def test_equal_states_give_equal_views_and_a_change_a_new_one(m):
    before = public_view(m.state)
    assert public_view(replace(m.state)) == before
    m.now = T0 + timedelta(minutes=1)
    m.run("del-br", type="floor.withdraw", request_id=m.state.queue(ITEM)[0].id)
    after = public_view(m.state)
    assert after["seq"] == before["seq"] + 1 and after["waiting"] == [EU]


def test_a_missing_language_falls_back_in_the_meetings_own_order_of_languages():
    """A meeting in English, French and Arabic: a message in French and Arabic shows in French to the
    English page (the meeting's next language), not in Arabic (the first of the UN's six)."""
    payload = meeting_payload("wipo-ga", "General Assembly", "Europe/Zurich", [T0.date()], ["en", "fr", "ar"])
    state, _ = record(MeetingState(), "meeting.created", payload, T0)
    chair = Participant("chair", "Chair", Role.CHAIR)
    state, _ = record(state, "participant.added", {"participant": to_plain(chair)}, T0)
    state, _ = execute(
        state, {"type": "display.message", "texts": {"ar": "مرحبا", "fr": "Bonjour"}}, chair, T0
    )
    assert public_view(state)["message"] == {"en": "Bonjour", "fr": "Bonjour", "ar": "مرحبا"}
    assert public_view(state)["meeting"]["languages"] == ["en", "fr", "ar"]
