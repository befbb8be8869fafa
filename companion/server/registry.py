"""Creating meetings and registering participants, straight into storage (CLI and start-up)."""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime

from companion.domain import CommandRefused, Event, MeetingState, record, replay
from companion.domain.codec import from_plain, to_plain
from companion.domain.entities import Participant
from companion.domain.limits import check_person
from companion.domain.programme import programme_payload
from companion.domain.registration import booth_refusal
from companion.paths import BUNDLED_MEETING, DEMO_PARTICIPANTS

from . import console_words as words
from .console_words import said
from .credentials import hash_code, new_code
from .demo_scene import liven
from .server_secret import server_secret
from .sse import dumps
from .storage import SeqTaken, Storage


class RegistryError(Exception):
    """A registration that cannot be made; the message is for the person at the console."""


def pepper(storage: Storage, secret_file: str | None = None) -> bytes:
    """The pepper of personal codes, kept outside the database (see server_secret.py)."""
    return server_secret(storage, secret_file)


def load_state(storage: Storage, meeting_id: str) -> MeetingState:
    events = (Event.from_envelope(json.loads(t)) for t in storage.events_after(meeting_id, 0))
    return replay(events)


def create_meeting(storage: Storage, programme: dict) -> str:
    """Store a meeting from a programme (see companion/meetings); returns its id."""
    try:
        payload = programme_payload(programme)
    except ValueError as exc:
        raise RegistryError(f"the programme is not valid: {exc}") from exc
    return store_meeting(storage, payload)


def store_meeting(storage: Storage, payload: dict) -> str:
    """Store a ``meeting.created`` payload as a new meeting's first event; an existing id is refused."""
    meeting_id = payload["meeting"]["id"]
    if meeting_id in storage.meeting_ids():
        raise said(RegistryError, words.MEETING_EXISTS, meeting=meeting_id)
    _, event = record(MeetingState(), "meeting.created", payload, _now())
    try:
        storage.append(meeting_id, 1, [dumps(event.envelope())])
    except SeqTaken:  # created by someone else a moment ago
        raise said(RegistryError, words.MEETING_EXISTS, meeting=meeting_id) from None
    return meeting_id


def add_participant(
    storage: Storage, meeting_id: str, fields: dict, code: str | None = None, secret_file: str | None = None
) -> tuple[str, str]:
    """Register a participant; returns (participant_id, code). The code is stored only hashed."""
    if meeting_id not in storage.meeting_ids():
        raise said(RegistryError, words.NO_MEETING, meeting=meeting_id)
    fields = {"id": f"p-{secrets.token_hex(4)}", **fields}
    try:
        participant = from_plain(Participant, fields)
        check_person(participant)
    except (ValueError, CommandRefused) as exc:
        raise RegistryError(str(exc)) from exc
    refusal = booth_refusal(participant.role, participant.booth)
    if refusal:
        raise RegistryError(refusal)
    code = code or new_code()
    code_hash = hash_code(pepper(storage, secret_file), meeting_id, code)
    for _ in range(5):  # another writer may append meanwhile: take the next number and retry
        state = load_state(storage, meeting_id)
        if participant.id in state.participants:
            raise RegistryError(f"participant {participant.id!r} already exists")
        _, event = record(state, "participant.added", {"participant": to_plain(participant)}, _now())
        try:
            storage.append(
                meeting_id, event.seq, [dumps(event.envelope())], credential=(code_hash, participant.id)
            )
            return participant.id, code
        except SeqTaken:
            continue
    raise RegistryError("the meeting is too busy to register a participant; try again")


def bundled_meeting_id() -> str:
    """The id of the bundled meeting (the one ``serve --demo`` loads, with its demo personas)."""
    return json.loads(BUNDLED_MEETING.read_text(encoding="utf-8"))["meeting"]["id"]


def seed_demo(storage: Storage, secret_file: str | None = None, lively: bool = False) -> str | None:
    """Load the bundled meeting and its demo personas, unless the database already has it.

    *lively*: with the first item of the day live and a few speakers waiting (see demo_scene).
    """
    programme = json.loads(BUNDLED_MEETING.read_text(encoding="utf-8"))
    meeting_id = programme["meeting"]["id"]
    if meeting_id in storage.meeting_ids():
        return None
    create_meeting(storage, programme)
    for row in json.loads(DEMO_PARTICIPANTS.read_text(encoding="utf-8"))["participants"]:
        fields = {k: v for k, v in row.items() if k != "code"}
        add_participant(storage, meeting_id, fields, row["code"], secret_file)
    if lively:
        liven(storage, meeting_id, load_state(storage, meeting_id))
    return meeting_id


def _now() -> datetime:
    return datetime.now(UTC)
