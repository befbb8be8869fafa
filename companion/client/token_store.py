"""The sign-in token, kept in the OS keyring; in memory for this run only when there is none.

``keyring`` loads on first use, not with the app: importing it and finding the system's backend
(~30 ms and several MB, more with the Secret Service's D-Bus and crypto modules) stays off the
path to the first paint. A cached start asks the keychain from the connect thread.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

NO_KEYRING = (
    "No system keychain is available, so you will have to sign in again next time "
    "(your sign-in is kept in memory only, never in a file)."
)
_UNKNOWN = object()


def keyring_usable() -> bool:
    """Whether the system keychain can keep the token. A backend that cannot even be loaded (a
    ``PYTHON_KEYRING_BACKEND`` or keyringrc naming a module that is not there, a backend failing as
    it starts) counts as none: the app says the sign-in is kept in memory, not a traceback."""
    import keyring
    import keyring.backends.fail

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # keyring imports whatever the user's configuration names
        log.warning("no usable keychain: %s: %s", type(exc).__name__, exc)
        return False
    return not isinstance(backend, keyring.backends.fail.Keyring) and getattr(backend, "priority", 1) > 0


class TokenStore:
    """One token per server, meeting and profile. ``warning`` says when it cannot persist."""

    def __init__(self, server_url: str, meeting_id: str, profile: str = "default") -> None:
        self.service = f"meeting-companion:{server_url.rstrip('/')}:{meeting_id}"
        self.profile = profile
        self._memory: str | None = None
        self._warning: object = _UNKNOWN
        self._lock = threading.Lock()

    @property
    def asked(self) -> bool:
        """Whether the keychain has been looked at yet (``warning`` is then cheap)."""
        return self._warning is not _UNKNOWN

    @property
    def warning(self) -> str | None:
        """Why the sign-in will not be remembered, or None. Blocking the first time (keychain)."""
        with self._lock:
            if self._warning is _UNKNOWN:
                self._warning = None if keyring_usable() else NO_KEYRING
            return self._warning  # type: ignore[return-value]

    @property
    def persistent(self) -> bool:
        return self.warning is None

    def load(self) -> str | None:
        if self.persistent:
            import keyring.errors

            try:
                return keyring.get_password(self.service, self.profile)
            except keyring.errors.KeyringError:
                self._lose_keyring()
        return self._memory

    def save(self, token: str) -> None:
        self._memory = token
        if self.persistent:
            import keyring.errors

            try:
                keyring.set_password(self.service, self.profile, token)
            except keyring.errors.KeyringError:
                self._lose_keyring()

    def delete(self) -> None:
        self._memory = None
        if self.persistent:
            import keyring.errors

            try:
                keyring.delete_password(self.service, self.profile)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: already signed out
            except keyring.errors.KeyringError:
                self._lose_keyring()

    def _lose_keyring(self) -> None:
        log.warning("the system keychain failed; keeping the sign-in in memory for this run")
        with self._lock:
            self._warning = NO_KEYRING
