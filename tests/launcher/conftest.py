from __future__ import annotations

import os
from pathlib import Path

import pytest
from desktop_isolation import test_keyring, test_settings  # noqa: F401  (autouse: keychain, settings)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app_env(tmp_path):
    """The environment of an app process of this test: its own data, settings and test keyring."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }
