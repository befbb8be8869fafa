"""A meeting programme written in local wall-clock time, turned into the ``meeting.created`` payload."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from .codec import from_plain, to_plain
from .entities import AgendaItem, BoothShift, ItemText, Meeting, Person
from .instants import local_to_utc
from .vocabulary import ItemKind, ListState


def programme_payload(data: dict[str, Any]) -> dict[str, Any]:
    """Read a programme (days of items with local ``HH:MM`` times) into UTC entities.

    Raises ValueError naming the place of the first problem.
    """
    try:
        meeting_plain = data["meeting"]
        zone = meeting_plain["time_zone"]
        days = [date.fromisoformat(d["date"]) for d in data["days"]]
        meeting = from_plain(Meeting, {**meeting_plain, "days": [d.isoformat() for d in days]})
        defaults = data.get("defaults", {})
        items = [
            _item(raw, day, zone, defaults, f"days[{n}].items[{k}]")
            for n, (day, d) in enumerate(zip(days, data["days"], strict=True))
            for k, raw in enumerate(d["items"])
        ]
        shifts = _shifts(data.get("booths", {}), data.get("shift_pattern", []), days, zone)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"programme is missing {exc}") from exc
    return {
        "meeting": to_plain(meeting),
        "items": [to_plain(i) for i in items],
        "shifts": [to_plain(s) for s in shifts],
    }


def _item(raw: dict, day: date, zone: str, defaults: dict, where: str) -> AgendaItem:
    try:
        start = local_to_utc(day, time.fromisoformat(raw["start"]), zone)
        end = local_to_utc(day, time.fromisoformat(raw["end"]), zone)
        if end <= start:
            raise ValueError("ends before it starts")
        return AgendaItem(
            id=raw["id"],
            day=day,
            start=start,
            end=end,
            kind=ItemKind(raw["kind"]),
            title=raw["title"],
            description=raw.get("description", ""),
            moderators=tuple(Person(**p) for p in raw.get("moderators", ())),
            speakers=tuple(Person(**p) for p in raw.get("speakers", ())),
            room=raw.get("room", defaults.get("room", "")),
            formats=tuple(raw.get("formats", defaults.get("formats", ()))),
            languages=tuple(raw.get("languages", ())),
            translations=tuple(
                ItemText(language, **text) for language, text in raw.get("translations", {}).items()
            ),
            list_state=ListState(raw.get("list", "none")),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ValueError(f"{where} ({raw.get('id', '?')}): {exc}") from exc


def _shifts(booths: dict, pattern: list, days: list[date], zone: str) -> list[BoothShift]:
    """Interpreters of a booth take turns: the first, the second, the first…"""
    shifts = []
    for language, interpreters in booths.items():
        for day in days:
            for n, (start, end) in enumerate(pattern):
                interpreter = interpreters[n % len(interpreters)]
                shifts.append(
                    BoothShift(
                        language=language,
                        interpreter=interpreter,
                        start=local_to_utc(day, time.fromisoformat(start), zone),
                        end=local_to_utc(day, time.fromisoformat(end), zone),
                    )
                )
    return shifts
