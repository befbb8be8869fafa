"""Follows the server's event stream in a worker thread: resume, resync, reconnect with backoff."""

from __future__ import annotations

import http.client
import json
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import requests
import sseclient

from .connection import OFFLINE_AFTER, Backoff, Connection, Status
from .errors import ClientError, Problem, ServerTrouble, SignedOut, StreamStalled, Unreachable
from .http_api import MeetingApi, abort_stream, network_error
from .replica import Gap, Replica

log = logging.getLogger(__name__)


class StreamFollower:
    """``run`` blocks until ``stop``; report connection changes through *on_connection*."""

    def __init__(
        self,
        api: MeetingApi,
        replica: Replica,
        on_connection: Callable[[Connection], None],
        *,
        backoff: Backoff,
        stall_seconds: float,
        on_live: Callable[[], None],
    ) -> None:
        self.api, self.replica = api, replica
        self.on_connection, self.on_live = on_connection, on_live
        self.backoff, self.stall_seconds = backoff, stall_seconds
        self._stop = threading.Event()
        self._response: requests.Response | None = None
        #: True once the current connection delivered its hello (it was healthy).
        self._greeted = False

    def stop(self) -> None:
        self._stop.set()
        response = self._response
        if response is not None:
            abort_stream(response)  # unblocks the read in the worker thread

    def run(self) -> None:
        failures = 0
        self.on_connection(Connection(Status.CONNECTING, as_of=self.replica.as_of))
        while not self._stop.is_set():
            self._greeted = False
            try:
                self._follow()
                failures = 0  # the server ended the stream, or we resynced: reconnect now
                continue
            except SignedOut as exc:
                self.on_connection(Connection(Status.SIGNED_OUT, reason=str(exc), error=exc))
                return
            except Gap:
                continue
            except ClientError as exc:
                error = exc
            except requests.RequestException as exc:
                error = network_error(exc)
            except Exception:  # a bug must not kill the stream for the rest of the day
                log.exception("unexpected error while following the event stream")
                error = ClientError("Unexpected problem with the connection; trying again.")
            if self._stop.is_set():
                return
            # A connection that said hello was healthy: this is a fresh failure, not the n-th.
            failures = 1 if self._greeted else failures + 1
            self._wait_before_retry(failures, error)

    def _wait_before_retry(self, failures: int, error: ClientError) -> None:
        delay = self.backoff.delay(failures)
        status = Status.RECONNECTING if failures < OFFLINE_AFTER else Status.OFFLINE
        retry_at = datetime.now(UTC) + timedelta(seconds=delay)
        self.on_connection(Connection(status, str(error), retry_at, self.replica.as_of, error))
        self._stop.wait(delay)

    def _follow(self) -> None:
        if self.replica.state is None:
            self.replica.reset(self.api.snapshot())
        response = self.api.open_stream(self.replica.seq, self.stall_seconds)
        self._response = response
        try:
            with response:
                for frame in sseclient.SSEClient(response.iter_content(chunk_size=None)).events():
                    if self._stop.is_set():
                        return
                    self._handle(frame)
        except requests.RequestException as exc:  # before OSError: requests' errors are OSErrors
            raise network_error(exc) from None
        except TimeoutError:
            raise StreamStalled("The connection went silent; reconnecting.") from None
        except (AttributeError, OSError, http.client.HTTPException):
            # http.client drops its socket (fp = None) when the peer or stop() closes it mid-read.
            if self._stop.is_set():
                return
            raise Unreachable(
                "The connection to the meeting server was lost.", Problem.CONNECTION_LOST
            ) from None
        finally:
            self._response = None

    def _handle(self, frame) -> None:
        try:
            data = json.loads(frame.data)
        except ValueError:
            raise ServerTrouble(
                "The server sent an event this app cannot read.", Problem.UNREADABLE_EVENT
            ) from None
        if frame.event == "hello":
            self._hello(data)
        else:
            try:
                self.replica.receive([data], strict=True)
            except Gap:
                self.replica.reset(self.api.snapshot())
                raise

    def _hello(self, hello) -> None:
        """A stream of another log (the server's database was replaced), or one behind us: start afresh."""
        try:
            epoch, seq = str(hello["epoch"]), int(hello["seq"])
        except (KeyError, TypeError, ValueError):
            raise ServerTrouble(
                "The server's greeting is not what this app expects.", Problem.UNEXPECTED_GREETING
            ) from None
        if (self.replica.epoch and epoch != self.replica.epoch) or seq < self.replica.seq:
            self.replica.reset(self.api.snapshot())
            raise Gap("the server's event log changed")
        self._greeted = True
        self.replica.mark_current()
        self.on_connection(Connection(Status.LIVE, as_of=self.replica.as_of))
        self.on_live()
