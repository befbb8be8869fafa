"""A live item with hundreds waiting, written straight into a test database before its server starts
(hundreds of commands over HTTP would take the test's time, not test anything more)."""

from __future__ import annotations

from datetime import UTC, datetime

from display_helpers import ITEM, MEETING

#: Delegations with long names in several scripts: the screens must fit these, not "Kenya".
DELEGATIONS = [
    "Bolivia (Plurinational State of)",
    "United Kingdom of Great Britain and Northern Ireland",
    "Российская Федерация",
    "المملكة العربية السعودية",
    "中华人民共和国",
    "Venezuela (Bolivarian Republic of)",
    "Lao People's Democratic Republic",
    "Kenya",
]
LANGUAGES = ["en", "fr", "ru", "ar", "zh", "es"]


def crowd(db_path, waiting: int, item: str = ITEM, next_speakers: int | None = None) -> None:
    """Make *item* live with *waiting* requests (and one more called and speaking); the room display
    shows *next_speakers* of them (the chair's choice; None: the default)."""
    from companion.domain import execute, record
    from companion.server.registry import load_state
    from companion.server.sse import dumps
    from companion.server.stores import open_storage

    now = datetime.now(UTC)
    storage = open_storage(f"sqlite:///{db_path}")
    state = load_state(storage, MEETING)
    first, events = state.seq + 1, []
    for n in range(waiting + 1):
        person = {
            "id": f"crowd-{n:04d}",
            "name": f"Delegate Number {n} Of The Delegation",
            "role": "delegate",
            "delegation": DELEGATIONS[n % len(DELEGATIONS)],
            "delegation_kind": "member_state" if n % 5 else "observer",
            "attendance": "onsite" if n % 2 else "remote",
        }
        state, event = record(state, "participant.added", {"participant": person}, now)
        events.append(event)
    chair = state.participants["demo-chair"] if "demo-chair" in state.participants else _chair(state)
    commands = [{"type": "agenda.set_status", "item_id": item, "status": "live"}]
    commands += [
        {"type": "floor.request", "item_id": item, "participant_id": f"crowd-{n:04d}", "language": LANGUAGES[n % 6]}
        for n in range(waiting + 1)
    ]
    commands += [{"type": "floor.call_next", "item_id": item}, {"type": "floor.start"}]
    if next_speakers is not None:
        commands.append({"type": "display.configure", "next_speakers": next_speakers})
    for command in commands:
        state, more = execute(state, command, chair, now)
        events += more
    storage.append(MEETING, first, [dumps(e.envelope()) for e in events])
    storage.close()


def _chair(state):
    return next(p for p in state.participants.values() if p.role.value == "chair")
