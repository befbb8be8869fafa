"""The chair's buttons: key, words, what it does, the console's method, shortcut — in grid order."""

from __future__ import annotations

from .labels import tr


def chair_actions() -> list[tuple[str, str, str, str, str | None]]:
    """(key, text, description, name of the ChairPanel method, shortcut) per button, in the
    interface language."""
    return [
        (
            "call",
            tr("Call next"),
            tr("Gives the floor to the first in the list."),
            "_call_next",
            "Ctrl+N",
        ),
        ("start", tr("Start clock"), tr("Starts the speaker's clock."), "_start", "Ctrl+S"),
        ("pause", tr("Pause"), tr("Stops the clock for a moment."), "_pause", "Ctrl+P"),
        ("resume", tr("Resume"), tr("Runs the clock again."), "_resume", "Ctrl+R"),
        ("finish", tr("Finish"), tr("Ends the current statement."), "_finish", "Ctrl+F"),
        ("up", tr("Move up"), tr("Moves the selected speaker one place up."), "_up", "Ctrl+Up"),
        (
            "down",
            tr("Move down"),
            tr("Moves the selected speaker one place down."),
            "_down",
            "Ctrl+Down",
        ),
        ("top", tr("Move to top"), tr("Moves the selected speakers to the top."), "_top", "Ctrl+Home"),
        (
            "bottom",
            tr("Move to bottom"),
            tr("Moves the selected speakers to the bottom."),
            "_bottom",
            "Ctrl+End",
        ),
        (
            "place",
            tr("Move to place…"),
            tr("Moves the selected speakers to a place you type."),
            "_place",
            None,
        ),
        (
            "decline",
            tr("Decline…"),
            tr("Refuses the selected requests, with a reason."),
            "_decline",
            None,
        ),
        (
            "list",
            tr("Close the list"),
            tr("Opens or closes the list of speakers."),
            "_toggle_list",
            None,
        ),
        (
            "deadline",
            tr("Deadline…"),
            tr("Sets, moves or lifts the time the open list closes by itself."),
            "_deadline",
            None,
        ),
        (
            "floor",
            tr("Add from the floor…"),
            tr("Puts a delegation that raised its flag in the room on the list."),
            "_add_from_floor",
            "Ctrl+A",
        ),
        (
            "interpose",
            tr("Interposed question…"),
            tr("Gives the floor for a short question; the speaker's clock waits, then runs on."),
            "_interpose",
            None,
        ),
        ("live", tr("Set live"), tr("Marks this item as the one in session."), "_live", None),
        ("done", tr("Set done"), tr("Marks this item as finished."), "_done", None),
        ("postponed", tr("Postpone"), tr("Marks this item as postponed."), "_postpone", None),
    ]
