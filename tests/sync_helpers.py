"""Drive MeetingSync in tests and wait for what a user would see."""

from __future__ import annotations

import threading
import time

from companion.client import Backoff, MeetingSync, SyncListener
from companion.domain.snapshot import state_to_plain


class Recorder(SyncListener):
    def __init__(self) -> None:
        self.states, self.connections, self.answers, self.outboxes = [], [], [], []
        self._cond = threading.Condition()

    def _add(self, where, value):
        with self._cond:
            where.append(value)
            self._cond.notify_all()

    def state_changed(self, state):
        self._add(self.states, state)

    def connection_changed(self, connection):
        self._add(self.connections, connection)

    def command_answered(self, entry, error):
        self._add(self.answers, (entry, error))

    def outbox_changed(self, entries):
        self._add(self.outboxes, entries)

    def wait(self, predicate, timeout=15.0, what="condition"):
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out waiting for {what}: {[(c.status, c.reason) for c in self.connections[-4:]]} {self.states[-1].seq if self.states else None}")
                self._cond.wait(left)

    @property
    def status(self):
        return self.connections[-1].status if self.connections else None


def make_sync(url, root, profile="default", stall=35.0):
    sync = MeetingSync(
        url,
        "wipo-conv-12",
        profile=profile,
        data_root=root,
        stall_seconds=stall,
        backoff=Backoff(base=0.05, cap=0.4),
        timeout=3,
    )
    recorder = Recorder()
    sync.listeners.append(recorder)
    return sync, recorder


def signed_in(url, root, code, profile=None, stall=35.0):
    sync, recorder = make_sync(url, root, profile or code, stall)
    sync.sign_in(code)
    sync.start()
    recorder.wait(lambda: recorder.status == "live", what="live")
    return sync, recorder


def plain(state):
    return state_to_plain(state)
