"""Windows signed in as demo personas against the test's live server."""

import pytest
from desktop_isolation import test_keyring, test_settings  # noqa: F401  (autouse: keychain, settings)

from companion.client import MeetingSync, Status
from companion.client.connection import Backoff
from companion.ui.main_window import CompanionWindow


@pytest.fixture
def open_window(qtbot, server, tmp_path):
    windows = []

    def open_as(code):
        sync = MeetingSync(
            server.url,
            "wipo-conv-12",
            profile=code,
            data_root=tmp_path / "clients",
            backoff=Backoff(base=0.05, cap=0.3),
            timeout=3,
            stall_seconds=5,
        )
        window = CompanionWindow(sync)
        qtbot.addWidget(window)
        window.show()
        window.show_sign_in()
        window.sign_in.code.setText(code)
        window.sign_in._submit()
        qtbot.waitUntil(
            lambda: (
                window.workspace is not None
                and window.workspace.isVisible()  # Qt shows a new central widget on a later turn of the loop
                and sync.connection.status == Status.LIVE
                and window.workspace.agenda.model.rowCount() > 0
            ),  # the state has reached the window
            timeout=15_000,
        )
        windows.append(window)
        return window

    yield open_as
    for window in windows:
        window.close()
