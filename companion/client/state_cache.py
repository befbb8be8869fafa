"""The last known state of a meeting on disk, so the app opens at once, and offline."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from companion.domain import MeetingState
from companion.domain.instants import parse_instant, to_iso
from companion.domain.snapshot import state_from_plain, state_to_plain

log = logging.getLogger(__name__)
_ENCODER = json.JSONEncoder(ensure_ascii=False)


@dataclass(frozen=True)
class Cached:
    state: MeetingState
    epoch: str
    me: str
    saved_at: datetime


class StateCache:
    """``state.json`` in the client's data folder, written atomically.

    Each save writes its own temporary file and renames it over the cache, so two writers (two
    threads, two windows of one profile) never share a temporary file; the last rename wins and
    a reader sees one whole file or the other.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / "state.json"
        self._lock = threading.Lock()

    def load(self) -> Cached | None:
        """The cached state, or None if there is none or it cannot be read (then it is ignored)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Cached(
                state_from_plain(data["state"]), data["epoch"], data["me"], parse_instant(data["saved_at"])
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring an unreadable cache %s: %s", self.path, exc)
            return None

    def save(self, state: MeetingState, epoch: str, me: str, saved_at: datetime) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"epoch": epoch, "me": me, "saved_at": to_iso(saved_at), "state": state_to_plain(state)}
        with self._lock:  # one writer at a time, each through its own temporary file
            handle, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".state-", suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    # Piece by piece: json.dumps encodes in C holding the GIL, and for a real-size
                    # meeting (1.6 MB) that froze the window for 0.1–0.2 s on every save.
                    out.writelines(_ENCODER.iterencode(data))
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
