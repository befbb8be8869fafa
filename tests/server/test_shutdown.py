"""Stopping the server while apps hold event streams: each stream ends like any response, the
server exits at once and cleanly (before, it waited out uvicorn's graceful timeout, then cancelled
every stream with a traceback in the log and a connection cut mid-response)."""

from __future__ import annotations

import signal

from live_server import Api
from serve_process import ServeProcess


def drain(stream) -> str:
    """Read the stream to its end; returns how it ended."""
    try:
        while True:
            stream.next()
    except EOFError:
        return "ended"


def test_ctrl_c_on_serve_ends_the_open_streams_and_exits_cleanly(db_path):
    served = ServeProcess(f"sqlite:///{db_path}").wait_ready()
    streams = [Api(served.url).sign_in(code).stream() for code in ("demo-kenya", "demo-chair")]
    for stream in streams:
        assert stream.next()[0] == "hello"
    served.proc.send_signal(signal.SIGINT)
    assert [drain(s) for s in streams] == ["ended", "ended"]  # a cut response raises instead
    assert served.proc.wait(timeout=10) in (0, -signal.SIGINT)  # uvicorn passes the signal on
    errors = served.proc.stderr.read().decode()
    served.stop()
    assert "Traceback" not in errors and "timeout graceful shutdown exceeded" not in errors, errors


def test_stopping_the_embedded_server_ends_its_streams(server, api, caplog):
    stream = api("demo-kenya").stream()
    assert stream.next()[0] == "hello"
    with caplog.at_level("INFO"):
        server.stop()
    assert drain(stream) == "ended"
    assert "ended 1 event stream(s) for shutdown" in caplog.text
    assert "timeout graceful shutdown exceeded" not in caplog.text
