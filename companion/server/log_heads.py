"""Notice a log that went backwards: a database restored from an older backup, or damaged.

The server records, outside the database, where each meeting's log stood: its seq, the hash chain
up to there (see ``MeetingRoom.chain``) and the epoch it was served under. On start, the log must
still hold that seq with that chain (anything appended since, by the CLI or another replica, is
fine). If not, its seq numbers now mean other events: the meeting gets a new epoch, so every app
drops what it holds and fetches a fresh snapshot, and one line in the log says what happened.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

import platformdirs

from .room import MeetingRoom

log = logging.getLogger(__name__)


def heads_path(db_url: str, explicit: str | None = None) -> Path:
    """*explicit*, else beside a SQLite file (a restore replaces the file, not this), else in the
    user data dir."""
    if explicit:
        return Path(explicit)
    if db_url.startswith("sqlite:"):
        path = db_url.removeprefix("sqlite://")
        return Path((path[1:] if path.startswith("//") else path) + ".heads.json")
    name = hashlib.sha256(db_url.encode()).hexdigest()[:16]
    return Path(platformdirs.user_data_dir("meeting-companion", appauthor=False)) / f"log-heads-{name}.json"


class LogHeads:
    """The recorded heads of the meetings' logs, in one small JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._saved: dict[str, dict] = self._load()

    def _load(self) -> dict[str, dict]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("ignoring the unreadable log-head record %s: %s", self.path, exc)
            return {}

    def watch(self, room: MeetingRoom) -> None:
        """Before the room's first catch-up: have it keep the chain at the recorded seq."""
        head = self._saved.get(room.meeting_id)
        room.watched_seq = int(head["seq"]) if head else 0

    def verify(self, room: MeetingRoom) -> None:
        """After the first catch-up: keep the recorded epoch, or start a new one if the log went back."""
        head = self._saved.get(room.meeting_id)
        if not head:
            return
        if room.state.seq >= int(head["seq"]) and room.watched_chain.hex() == head["chain"]:
            room.epoch = head["epoch"]
            return
        # Derived, not random: replicas that notice the same rollback agree on the new epoch.
        room.epoch = hashlib.sha1(f"{head['epoch']}:{room.chain.hex()}".encode()).hexdigest()[:16]
        log.warning(
            "the log of meeting %s went back (recorded: seq %s; found: seq %s, other events): "
            "restored from an older backup or damaged; serving it as a new epoch %s, apps reload",
            room.meeting_id, head["seq"], room.state.seq, room.epoch,
        )

    @staticmethod
    def current(rooms: dict[str, MeetingRoom]) -> dict[str, dict]:
        """Where every log stands now (on the event loop; ``write`` it from anywhere)."""
        return {
            meeting_id: {"seq": room.state.seq, "chain": room.chain.hex(), "epoch": room.epoch}
            for meeting_id, room in list(rooms.items())
            if room.state.seq
        }

    def write(self, heads: dict[str, dict]) -> None:
        """Record *heads* (written whole, then renamed: never half a file); unchanged: nothing."""
        if heads == self._saved:
            return
        # One temporary file per process: replicas on one machine record the same database's heads.
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(heads), encoding="utf-8")
            os.replace(temporary, self.path)
            self._saved = heads
        except OSError as exc:
            log.warning("cannot record the logs' heads in %s: %s", self.path, exc)
