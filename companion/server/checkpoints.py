"""Checkpoints: a meeting's state at a known seq, so a server starts by replaying only the tail.

Written off the commit path: once a second the hub takes the state of each room that moved on by
``Settings.checkpoint_every`` events (states are immutable: taking one costs nothing) and a worker
thread encodes and stores it. A checkpoint is used only if the log still holds the same events up
to its seq (the hash chain) and the domain code that made it is the code running now (a changed
reducer could build another state from the same events); otherwise the whole log is replayed.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import companion
import companion.domain
from companion.domain import MeetingState
from companion.domain.snapshot import state_from_plain, state_to_plain

from .sse import dumps
from .storage import Storage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Checkpoint:
    """A state at ``seq``, and the log's hash chain up to there."""

    seq: int
    chain: bytes
    state: MeetingState


@cache
def domain_fingerprint() -> str:
    """A hash of the domain code: the rules that turn events into a state."""
    digest = hashlib.sha256(companion.__version__.encode())
    for path in sorted(Path(companion.domain.__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def encode(point: Checkpoint) -> str | None:
    """The stored form, or None if the state would not read back equal (then none is kept)."""
    plain = state_to_plain(point.state)
    data = dumps({"domain": domain_fingerprint(), "chain": point.chain.hex(), "state": plain})
    if state_from_plain(json.loads(data)["state"]) != point.state:
        log.warning("a meeting state does not survive its snapshot form; no checkpoint is kept")
        return None
    return data


def load(storage: Storage, meeting_id: str) -> Checkpoint | None:
    """The meeting's stored checkpoint if this code can use it."""
    found = storage.checkpoint(meeting_id)
    if found is None:
        return None
    try:
        data = json.loads(found[1])
        if data["domain"] != domain_fingerprint():
            return None  # made by other rules: replay the log with these
        return Checkpoint(found[0], bytes.fromhex(data["chain"]), state_from_plain(data["state"]))
    except (ValueError, KeyError, TypeError):
        log.warning("ignoring the unreadable checkpoint of meeting %s", meeting_id)
        return None


def save(storage: Storage, meeting_id: str, point: Checkpoint) -> bool:
    """Encode and store (in a worker thread); returns whether one was stored."""
    data = encode(point)
    if data is None:
        return False
    storage.save_checkpoint(meeting_id, point.seq, data)
    return True
