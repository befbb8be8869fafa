"""The public stream of a meeting: the public view on connecting, then what changed, to every page.

One feed per meeting listens to the room like any stream (as a viewer who may read no statement),
derives the public view from the room's state with ``domain.public_view`` after each batch of
events, and when the view changed encodes the change (``domain.public_delta``) once for every page:
a few hundred bytes, not the whole waiting list. A page resumes with ``Last-Event-ID``: if it holds
the current view it gets nothing again, else the whole view. A heartbeat every HEARTBEAT_SECONDS
lets a page tell a link that stays open but carries nothing (a hung Wi-Fi, a buffering proxy)
within seconds.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

from companion.domain.entities import Participant
from companion.domain.instants import to_iso
from companion.domain.public_delta import view_delta
from companion.domain.public_view import public_view
from companion.domain.vocabulary import Role

from .room import MeetingRoom, Subscriber
from .settings import Settings
from .sse import KEEPALIVE, control_frame, dumps

log = logging.getLogger(__name__)

#: Milliseconds a page waits before reconnecting.
RETRY_MS = 2000
#: Seconds between heartbeats on every public stream. Pages call their data stale after
#: 2.5 heartbeats without a byte (5 s: the room is told within 6 s, whatever the network does);
#: the server-wide keep-alive (15 s) is far too slow for that.
HEARTBEAT_SECONDS = 2.0

#: The feed reads the room as someone who may see no statement text (the view carries none anyway).
_PUBLIC = Participant(id="", name="", role=Role.DELEGATE)


class PageStream(Subscriber):
    """A page's stream, counted against its address."""

    __slots__ = ("address",)

    def __init__(self, address: str) -> None:
        super().__init__(_PUBLIC)
        self.address = address


def public_id(epoch: str, seq: int) -> str:
    """The id of a view frame: the log's epoch and the seq at which the view last changed."""
    return f"{epoch}.{seq}"


def public_document(room: MeetingRoom) -> dict[str, Any]:
    """The public snapshot: the view, with the log's epoch and the server's time (pages set their
    clocks by it)."""
    return {**public_view(room.state), "epoch": room.epoch, "now": to_iso(datetime.now(UTC))}


class PublicFeed:
    """Fans a meeting's public view out to the pages; stands in for the room towards their streams."""

    #: Frames go out at once: a view is resent only when it changed, never in floods.
    busy = False

    def __init__(self, room: MeetingRoom) -> None:
        self.room = room
        self.pages: set[PageStream] = set()
        self.per_address: dict[str, int] = {}
        self.closed = False
        self._view: dict[str, Any] = {}
        self._seq = 0
        self.frame_id = ""
        self._frame = b""  # the whole view, encoded when a page first needs it
        _, self._source = room.subscribe(_PUBLIC, room.state.seq)
        self._refresh()
        self._task = asyncio.create_task(self._follow())
        self._heart = asyncio.create_task(self._beat())

    async def _follow(self) -> None:
        try:
            while (frames := await self._source.take()) is not None:
                if not all(frame == KEEPALIVE for frame in frames):
                    self._refresh()
        except Exception:
            log.exception("the public feed of %s failed; its pages will reconnect", self.room.meeting_id)
        finally:
            # The room dropped the feed (the server stops, or it fell behind): pages reconnect to a new one.
            self.closed = True
            self._heart.cancel()
            self.room.unsubscribe(self._source)
            for page in list(self.pages):
                page.close()

    async def _beat(self) -> None:
        """One heartbeat for all of the meeting's pages, not a timer per page."""
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            if self.pages:
                self._offer(control_frame("alive", {"now": to_iso(datetime.now(UTC))}))

    def _refresh(self) -> None:
        view = public_view(self.room.state)
        seq = view.pop("seq")
        if view == self._view:
            return
        base, old = self.frame_id, self._view
        self._view, self._seq, self._frame = view, seq, b""
        self.frame_id = public_id(self.room.epoch, seq)
        if self.pages:
            # Every open page holds the view of *base* (one that fell behind was closed): the change will do.
            delta = {**view_delta(old, view), "base": base, "seq": seq, "epoch": self.room.epoch}
            self._offer(f"id: {self.frame_id}\nevent: delta\ndata: {dumps(delta)}\n\n".encode())

    @property
    def frame(self) -> bytes:
        """The whole current view as one frame, for a page that connects without it."""
        if not self._frame:
            data = dumps({**self._view, "seq": self._seq, "epoch": self.room.epoch})
            self._frame = f"id: {self.frame_id}\nevent: view\ndata: {data}\n\n".encode()
        return self._frame

    def _offer(self, frame: bytes) -> None:
        for page in list(self.pages):
            if not page.offer(frame):
                page.close()

    # --- the pages' streams -------------------------------------------------------------

    def refusal(self, address: str, settings: Settings) -> str | None:
        """Why another stream from *address* is refused under the server's caps (0 = none), or None."""
        if 0 < settings.public_streams <= len(self.pages):
            return "This meeting's public stream is full."
        if 0 < settings.public_streams_per_address <= self.per_address.get(address, 0):
            return "Too many public streams from this address."
        return None

    def open(self, address: str, last_id: str | None, keepalive_s: float) -> tuple[bytes, PageStream]:
        """A page's stream: the greeting, the current view unless the page holds it, then the changes."""
        page = PageStream(address)
        self.pages.add(page)
        self.per_address[address] = self.per_address.get(address, 0) + 1
        hello = {
            "epoch": self.room.epoch,
            "now": to_iso(datetime.now(UTC)),
            "keepalive": keepalive_s,
            "heartbeat": HEARTBEAT_SECONDS,
        }
        first = control_frame("hello", hello, RETRY_MS)
        return first + (b"" if last_id == self.frame_id else self.frame), page

    def unsubscribe(self, page: PageStream) -> None:
        """A page's stream ended (called by its response, as the room's streams do)."""
        if page in self.pages:
            self.pages.discard(page)
            left = self.per_address.get(page.address, 1) - 1
            if left:
                self.per_address[page.address] = left
            else:
                self.per_address.pop(page.address, None)


def feed_of(feeds: dict[str, PublicFeed], room: MeetingRoom) -> PublicFeed:
    """The room's public feed in *feeds* (the app's), started on first use and again after the room
    dropped it."""
    feed = feeds.get(room.meeting_id)
    if feed is None or feed.closed or feed.room is not room:
        feed = feeds[room.meeting_id] = PublicFeed(room)
    return feed
