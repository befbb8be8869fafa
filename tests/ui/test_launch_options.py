"""Bad options to the app: one line each, exit code 2, no window (the real command as a subprocess)."""

import http.server
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from live_server import unreachable_url

MAIN = Path(__file__).parents[2] / "main.py"


def app(*args, timeout=60):
    done = subprocess.run([sys.executable, str(MAIN), *args], capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def one_line(done) -> str:
    lines = [line for line in done.stderr.splitlines() if not line.startswith("embedded server:")]
    assert done.returncode == 2 and len(lines) == 1, done.stderr
    return lines[0]


def test_an_unknown_language_is_named():
    assert one_line(app("--language", "xx")) == (
        "meeting-companion: unknown --language 'xx' (use one of: ar, zh, en, fr, ru, es)"
    )


def test_an_unreachable_server_is_named_after_giving_a_local_one_time_to_start():
    started = time.monotonic()
    with unreachable_url() as url:
        line = one_line(app("--server", url))
    assert line.startswith(f"meeting-companion: cannot reach --server {url}: ")
    assert time.monotonic() - started < 40


@pytest.fixture
def web_page():
    class Page(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = b"<html>a captive portal</html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_web_page_that_is_not_a_meeting_server_is_named(web_page):
    assert one_line(app("--server", web_page)) == (
        f"meeting-companion: --server {web_page} answers, but it is not a meeting server"
    )


def test_signing_in_at_once_to_a_meeting_the_server_does_not_hold_is_named(server):
    line = one_line(app("--server", server.url, "--meeting", "wipo-conv-99", "--code", "demo-kenya"))
    assert line == f"meeting-companion: there is no meeting 'wipo-conv-99' on {server.url} (it has: wipo-conv-12)"
