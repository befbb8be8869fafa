"""Fixtures every test of the desktop side needs: its own keyring file and its own QSettings folder,
so that no test touches the user's keychain or settings. Imported by the conftest of each folder
whose tests run the app or its client (they need keyring and PySide6, which a server-only install
does not have)."""

import pytest


@pytest.fixture(autouse=True)
def test_keyring(tmp_path, monkeypatch):
    """Every test gets its own keyring file; no test touches the real keychain."""
    import keyring
    from file_keyring import FileKeyring

    path = tmp_path / "keyring.json"
    monkeypatch.setenv("TEST_KEYRING_FILE", str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "file_keyring.FileKeyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def test_settings(tmp_path):
    """Every test gets its own QSettings folder; no test reads or writes the user's settings."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    for scope in (QSettings.UserScope, QSettings.SystemScope):
        QSettings.setPath(QSettings.NativeFormat, scope, str(folder))
        QSettings.setPath(QSettings.IniFormat, scope, str(folder))
    yield folder
