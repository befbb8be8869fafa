"""``MeetingSync``: the client as one object. No Qt; scripts and tests drive it directly."""

from __future__ import annotations

import contextlib
import hashlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from companion.domain import MeetingState
from companion.domain.codec import from_plain
from companion.domain.entities import Participant
from companion.domain.presence import Seen, seen_from_plain
from companion.domain.refusals import Refusal

from .addresses import check_server_url
from .connection import Backoff, Connection, Status
from .errors import ClientError, Problem, Refused, ServerTrouble, SignedOut, Unreachable
from .outbox import Outbox, Pending
from .replica import Replica
from .schedule_upload import send_schedule
from .state_cache import StateCache
from .token_store import TokenStore

if TYPE_CHECKING:  # the network modules (requests, sseclient) load when first used, after the
    # window has shown the cached meeting: they are a third of the app's import time
    from .command_sender import CommandSender
    from .http_api import MeetingApi
    from .stream_follower import StreamFollower


class SyncListener:
    """What the client tells its user. Called from worker threads: hand over, do not block."""

    def state_changed(self, state: MeetingState) -> None: ...

    def connection_changed(self, connection: Connection) -> None: ...

    def command_answered(self, entry: Pending, error: ClientError | None) -> None: ...

    def outbox_changed(self, entries: list[Pending]) -> None: ...


def client_folder(server_url: str, meeting_id: str, profile: str, root: Path | None = None) -> Path:
    """Per server, meeting and profile: its own cache and outbox."""
    base = root or Path(platformdirs.user_data_dir("meeting-companion", appauthor=False)) / "clients"
    slug = hashlib.sha256(f"{server_url.rstrip('/')}|{meeting_id}".encode()).hexdigest()[:16]
    return base / f"{meeting_id}-{slug}" / profile


class MeetingSync:
    """Keeps a local copy of one meeting in step with the server, live, resumable and offline-tolerant."""

    def __init__(
        self,
        server_url: str,
        meeting_id: str,
        *,
        profile: str = "default",
        data_root: Path | None = None,
        stall_seconds: float = 35.0,
        backoff: Backoff | None = None,
        timeout: float = 10.0,
        ca_file: str | None = None,
    ) -> None:
        self.profile, self._data_root, self._timeout = profile, data_root, timeout
        self._ca_file = ca_file
        self._api: MeetingApi | None = None
        self._api_lock = threading.Lock()
        self.listeners: list[SyncListener] = []
        self._bind(server_url, meeting_id)
        self.connection = Connection(Status.SIGNED_OUT)
        self._backoff = backoff or Backoff()
        self._stall = stall_seconds
        self._threads: list[threading.Thread] = []
        self._follower: StreamFollower | None = None
        self._sender: CommandSender | None = None

    def _bind(self, server_url: str, meeting_id: str) -> None:
        self.server_url, self.meeting_id = server_url.rstrip("/"), meeting_id
        folder = client_folder(self.server_url, meeting_id, self.profile, self._data_root)
        self._api = None
        self.tokens = TokenStore(self.server_url, meeting_id, self.profile)
        self.outbox = Outbox(folder)
        self.replica = Replica(StateCache(folder), self._state_changed)

    def retarget(self, server_url: str, meeting_id: str) -> None:
        """Point this client, stopped, at another server or meeting (its own token, cache and outbox).

        Raises Unreachable (BAD_ADDRESS) for an address that is not http:// or https://.
        """
        if (server_url.rstrip("/"), meeting_id) == (self.server_url, self.meeting_id):
            return
        try:
            check_server_url(server_url)
        except ValueError:
            raise Unreachable("The server address is not a valid web address.", Problem.BAD_ADDRESS) from None
        self.stop()
        self._bind(server_url, meeting_id)

    @property
    def api(self) -> MeetingApi:
        """The server's HTTP interface, made (and ``requests`` imported) on first use."""
        with self._api_lock:
            if self._api is None:
                from .http_api import MeetingApi

                self._api = MeetingApi(self.server_url, self.meeting_id, self._timeout, ca_file=self._ca_file)
            return self._api

    # --- who we are ----------------------------------------------------------------

    @property
    def state(self) -> MeetingState | None:
        return self.replica.state

    @property
    def me(self) -> Participant | None:
        state = self.replica.state
        return state.participants.get(self.replica.me) if state else None

    @property
    def ca_file(self) -> str | None:
        """The private CA the app trusts for its server (``--ca-file``), if any."""
        return self._ca_file

    def has_session(self) -> bool:
        return self.tokens.load() is not None

    def sign_in(self, code: str) -> Participant:
        """Blocking: exchange the personal code for a token (kept in the keyring, never logged)."""
        try:
            answer = self.api.sign_in(code)
        except Refused as refused:
            if refused.code == Refusal.WRONG_CODE and not self._meeting_listed():
                message = f"There is no meeting {self.meeting_id!r}."
                raise Refused(404, Refusal.UNKNOWN_MEETING, message) from None
            raise
        participant = from_plain(Participant, answer["participant"])
        self.replica.load_cache()
        if self.replica.me and self.replica.me != participant.id:
            self._forget_local()  # someone else used this profile: their data is not ours
        self.tokens.save(answer["token"])
        return participant

    def _meeting_listed(self) -> bool:
        """Whether the server lists our meeting (a wrong code and an unknown meeting look alike)."""
        from .http_api import list_meetings

        try:
            listed = list_meetings(self.server_url, self._timeout, self._ca_file)
            return any(m.get("id") == self.meeting_id for m in listed)
        except ClientError:
            return True  # cannot tell: keep the server's own answer

    def sign_out(self) -> None:
        """Blocking: end the session on the server (if reachable) and forget it here."""
        self.stop()
        token = self.tokens.load()
        if token:
            self.api.set_token(token)
            with contextlib.suppress(ClientError):  # the token is forgotten here either way
                self.api.sign_out()
        self.tokens.delete()
        self.api.set_token(None)
        self._forget_local()
        self._set_connection(Connection(Status.SIGNED_OUT))

    def _forget_local(self) -> None:
        self.replica.forget()
        for entry in self.outbox.entries():
            self.outbox.done(entry.key)

    # --- running -------------------------------------------------------------------

    def start(self) -> None:
        """Open the cached state at once, then connect in the background."""
        token = self.tokens.load()
        if token is None:
            raise SignedOut("Sign in first.", Problem.SIGN_IN_FIRST)
        self.api.set_token(token)
        self.open_cache()
        from .command_sender import CommandSender
        from .stream_follower import StreamFollower

        self._sender = CommandSender(
            self.api,
            self.outbox,
            self.replica,
            backoff=self._backoff,
            on_answer=self._answered,
            on_signed_out=self._signed_out,
        )
        self._follower = StreamFollower(
            self.api,
            self.replica,
            self._set_connection,
            backoff=self._backoff,
            stall_seconds=self._stall,
            on_live=self._sender.wake,
        )
        self._threads = [
            threading.Thread(target=w.run, name=n, daemon=True)
            for w, n in ((self._follower, "event-stream"), (self._sender, "command-sender"))
        ]
        for thread in self._threads:
            thread.start()
        self._outbox_changed()

    def resume(self) -> bool:
        """Blocking (asks the keychain): ``start`` with the stored session; with none stored (the
        server signed us out, or no keychain kept it), the listeners hear SIGNED_OUT instead."""
        try:
            self.start()
        except SignedOut as error:
            self._set_connection(Connection(Status.SIGNED_OUT, reason=str(error), error=error))
            return False
        return True

    def stop(self) -> None:
        """Stop the workers and write the cache. Pending commands stay in the outbox on disk."""
        for worker in (self._follower, self._sender):
            if worker:
                worker.stop()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads = []
        self.replica.save()

    def send(self, command: dict[str, Any]) -> Pending:
        """Queue a command (on disk, with its idempotency key) and send it when possible."""
        entry = self.outbox.add(dict(command))
        self._outbox_changed()
        if self._sender:
            self._sender.wake()
        return entry

    @property
    def remembers_sign_in(self) -> bool:
        """False when no system keychain works: the sign-in lasts for this run only.
        Blocking the first time (asks the keychain): ``tokens.asked`` says whether it is cheap."""
        return self.tokens.persistent

    def import_schedule(
        self, data: bytes, filename: str, dry_run: bool, expected_plan: str | None = None
    ) -> dict[str, Any]:
        """Send a schedule file (secretariat); the server's import report. Blocking: off the GUI thread.

        *expected_plan*: a preview's ``plan``; the import is refused (stale) if it would differ.
        Raises ScheduleRefused (the file) or another ClientError.
        """
        return send_schedule(self.api, data, filename, dry_run, expected_plan)

    def pending(self) -> list[Pending]:
        return self.outbox.entries()

    def dismiss(self, key: str) -> None:
        self.outbox.dismiss(key)
        self._outbox_changed()

    def open_cache(self) -> bool:
        """Load the cached state if not loaded yet (no network); whether there is one."""
        if self.replica.state is None:
            self.replica.load_cache()
        return self.replica.state is not None

    def import_participants(self, data: bytes, dry_run: bool) -> dict[str, Any]:
        """Send a participants CSV (secretariat): the report, and the new codes once. Blocking.

        Raises ParticipantsRefused (every bad line) or another ClientError.
        """
        from .participant_upload import send_participants

        return send_participants(self.api, data, dry_run)

    def reissue_code(self, participant_id: str) -> dict[str, str]:
        """A new personal code for a participant (secretariat), shown once. Blocking."""
        from .participant_upload import new_code

        return new_code(self.api, participant_id)

    def presence(self) -> Seen:
        """Who is connected now (chair, secretariat). Blocking; a ClientError when it fails."""
        try:
            return seen_from_plain(self.api.presence())
        except ValueError:
            unreadable = "The server's presence report is unreadable."
            raise ServerTrouble(unreadable, Problem.UNREADABLE_ANSWER) from None

    # --- telling the listeners -------------------------------------------------------

    def _state_changed(self, state: MeetingState) -> None:
        for listener in self.listeners:
            listener.state_changed(state)

    def _set_connection(self, connection: Connection) -> None:
        if connection.status == Status.SIGNED_OUT:  # the stream may learn it first (it is closed at sign-out)
            self.tokens.delete()
        self.connection = connection
        for listener in self.listeners:
            listener.connection_changed(connection)

    def _answered(self, entry: Pending, error: ClientError | None) -> None:
        for listener in self.listeners:
            listener.command_answered(entry, error)
        self._outbox_changed()

    def _outbox_changed(self) -> None:
        entries = self.outbox.entries()
        for listener in self.listeners:
            listener.outbox_changed(entries)

    def _signed_out(self, error: ClientError) -> None:
        self.tokens.delete()
        if self._follower:
            self._follower.stop()
        self._set_connection(Connection(Status.SIGNED_OUT, reason=str(error), error=error))
