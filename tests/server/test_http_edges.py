"""Smaller points of issue 28 against a real ``serve``: 401 for a garbage token on sign-out, 413
for any over-limit body (chunked too), ``Allow`` on 405, and nothing invisible in what the room
is shown."""

from __future__ import annotations

import http.client
import json
import shutil

import pytest
import requests
from live_server import Api
from serve_process import ServeProcess


@pytest.fixture(scope="module")
def serve(tmp_path_factory, demo_db):
    path = tmp_path_factory.mktemp("edges") / "meeting.db"
    shutil.copy(demo_db, path)
    server = ServeProcess(f"sqlite:///{path}").wait_ready()
    yield server
    server.stop()


def test_signing_out_a_garbage_token_is_401_and_a_real_one_204_once(serve):
    garbage = requests.delete(
        f"{serve.url}/api/v1/session", headers={"Authorization": "Bearer not-a-token"}, timeout=10
    )
    assert garbage.status_code == 401 and garbage.json()["error"]["code"] == "unauthenticated"
    assert garbage.headers["WWW-Authenticate"] == "Bearer"
    chair = Api(serve.url).sign_in("demo-chair")
    assert chair.http.delete(f"{serve.url}/api/v1/session", timeout=10).status_code == 204
    assert chair.http.delete(f"{serve.url}/api/v1/session", timeout=10).status_code == 401  # ended


def test_an_over_limit_chunked_sign_in_body_is_413(serve):
    conn = http.client.HTTPConnection("127.0.0.1", serve.port, timeout=10)
    body = json.dumps({"meeting": "wipo-conv-12", "code": "x" * (600 * 1024)}).encode()
    chunks = (body[n : n + 65536] for n in range(0, len(body), 65536))
    try:
        conn.request("POST", "/api/v1/session", chunks, {"Content-Type": "application/json"},
                     encode_chunked=True)
        answer = conn.getresponse()
        assert answer.status == 413
        assert json.loads(answer.read())["error"]["code"] == "too_large"
    finally:
        conn.close()


def test_a_405_says_which_methods_are_allowed(serve):
    answer = requests.put(f"{serve.url}/api/v1/session", timeout=10)
    assert answer.status_code == 405 and answer.json()["error"]["code"] == "method_not_allowed"
    assert set(answer.headers["Allow"].replace(" ", "").split(",")) == {"POST", "DELETE"}


@pytest.mark.parametrize("text", ["Please be seated\u202e", "Break\u200b", "\ufeffLunch"])
def test_a_room_message_with_an_invisible_character_is_refused(serve, text):
    chair = Api(serve.url).sign_in("demo-chair")
    answer = chair.command(type="display.message", texts={"en": text})
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "invalid_text"
    assert chair.command(type="display.message", texts={"en": "Please be seated"}).status_code == 200
