"""A web server that is not a meeting server, or a broken one: for the sign-in form's tests."""

from __future__ import annotations

import http.server
import json
import threading
import time

#: Markup a hostile server hopes the app renders: a link that asks for the code elsewhere.
TRAP = "<a href='http://evil.example/'><b>Session expired: re-enter your code here</b></a>"


class Hostile(http.server.BaseHTTPRequestHandler):
    """Answers every request as its server's ``mode`` says."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self._answer()

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.server.bodies.append((self.path, self.rfile.read(length)))
        self._answer()

    def _answer(self):
        mode = self.server.mode
        if mode == "html":
            return self._send(200, b"<!doctype html><html><body>Captive portal: log in</body></html>", "text/html")
        if mode == "error500":
            return self._send(500, b"<h1>Internal Server Error</h1>", "text/html")
        if mode == "redirect":
            self.send_response(307)
            self.send_header("Location", f"{self.server.elsewhere}{self.path}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if mode == "slow":  # headers at once, then the body a byte at a time, never finished in time
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            while not self.server.stopping.is_set():
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return None
                time.sleep(0.5)
            return None
        if mode == "markup":  # a refusal with a code this app does not know and markup for words
            if self.path.endswith("/meetings"):
                return self._send(200, json.dumps([{"id": "wipo-conv-12", "title": TRAP}]).encode(),
                                  "application/json")
            body = json.dumps({"error": {"code": "surprise", "message": TRAP}}).encode()
            return self._send(403, body, "application/json")
        if mode == "storage503":  # a real meeting server whose database cannot record just now
            if self.path.endswith("/meetings"):
                return self._send(200, json.dumps([{"id": "wipo-conv-12", "title": "Full disk"}]).encode(),
                                  "application/json")
            body = {"error": {"code": "storage_unavailable", "message": "The database cannot record."}}
            return self._send(503, json.dumps(body).encode(), "application/json")
        if mode == "meetings":
            return self._send(200, json.dumps([{"id": "wipo-conv-12", "title": "Elsewhere"}]).encode(),
                              "application/json")
        raise AssertionError(mode)

    def _send(self, status: int, body: bytes, kind: str):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def start(mode: str, elsewhere: str = "") -> http.server.ThreadingHTTPServer:
    """A hostile server on a free loopback port, in a daemon thread; ``.url``; stop with ``stop()``."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    httpd.daemon_threads = True
    httpd.mode, httpd.elsewhere, httpd.bodies, httpd.stopping = mode, elsewhere, [], threading.Event()
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def stop(httpd) -> None:
    httpd.stopping.set()
    httpd.shutdown()
    httpd.server_close()
