"""The sign-in token, kept in the OS keyring; in memory for this run only when there is none."""

from __future__ import annotations

import logging

import keyring
import keyring.backends.fail
import keyring.errors

log = logging.getLogger(__name__)

NO_KEYRING = (
    "No system keychain is available, so you will have to sign in again next time "
    "(your sign-in is kept in memory only, never in a file)."
)


def keyring_usable() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, keyring.backends.fail.Keyring) and getattr(backend, "priority", 1) > 0


class TokenStore:
    """One token per server, meeting and profile. ``warning`` says when it cannot persist."""

    def __init__(self, server_url: str, meeting_id: str, profile: str = "default") -> None:
        self.service = f"meeting-companion:{server_url.rstrip('/')}:{meeting_id}"
        self.profile = profile
        self._memory: str | None = None
        self.warning: str | None = None if keyring_usable() else NO_KEYRING

    @property
    def persistent(self) -> bool:
        return self.warning is None

    def load(self) -> str | None:
        if self.persistent:
            try:
                return keyring.get_password(self.service, self.profile)
            except keyring.errors.KeyringError:
                self._lose_keyring()
        return self._memory

    def save(self, token: str) -> None:
        self._memory = token
        if self.persistent:
            try:
                keyring.set_password(self.service, self.profile, token)
            except keyring.errors.KeyringError:
                self._lose_keyring()

    def delete(self) -> None:
        self._memory = None
        if self.persistent:
            try:
                keyring.delete_password(self.service, self.profile)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: already signed out
            except keyring.errors.KeyringError:
                self._lose_keyring()

    def _lose_keyring(self) -> None:
        log.warning("the system keychain failed; keeping the sign-in in memory for this run")
        self.warning = NO_KEYRING
