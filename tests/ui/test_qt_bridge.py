"""The Qt bridge delivers worker-thread news on the GUI thread."""

import threading

from PySide6.QtCore import QThread
from sync_helpers import make_sync

from companion.client import Status
from companion.ui.qt_bridge import SyncBridge


def test_bridge_signs_in_off_the_gui_thread_and_delivers_state_on_it(qtbot, server, tmp_path):
    sync, _ = make_sync(server.url, tmp_path, "kenya")
    bridge = SyncBridge(sync)
    seen_threads = []
    bridge.sig_state_changed.connect(lambda state: seen_threads.append(QThread.currentThread()))
    try:
        with qtbot.waitSignal(bridge.sig_signed_in, timeout=10_000) as signed:
            bridge.sign_in("demo-kenya")
        assert signed.args[0].delegation == "Kenya"
        qtbot.waitUntil(lambda: sync.connection.status == Status.LIVE, timeout=10_000)
        with qtbot.waitSignal(bridge.sig_command_answered, timeout=10_000) as answered:
            bridge.send({"type": "channel.choose", "channel": "zh"})
        assert answered.args[1] is None
        qtbot.waitUntil(lambda: sync.state.channels.get("del-ke") == "zh", timeout=10_000)
        assert seen_threads and all(t is QThread.currentThread() for t in seen_threads)
        assert threading.current_thread() is threading.main_thread()
    finally:
        bridge.stop()


def test_bridge_reports_a_wrong_code_as_a_typed_error(qtbot, server, tmp_path):
    bridge = SyncBridge(make_sync(server.url, tmp_path, "x")[0])
    with qtbot.waitSignal(bridge.sig_sign_in_failed, timeout=10_000) as failed:
        bridge.sign_in("nope")
    assert failed.args[0].code == "wrong_code" and "do not match" in str(failed.args[0])
