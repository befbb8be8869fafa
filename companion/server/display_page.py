"""The public pages' one HTML document: template, style, script and labels from ``static/display``.

Plain HTML, CSS and JavaScript, no build step and nothing fetched from elsewhere (rooms are often
offline). The page arrives with the current public view inside, so it shows the room at once.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from companion.domain.display import PageView, Theme, direction
from companion.domain.reconnection import (
    FIRST_WAIT_SECONDS,
    MAX_WAIT_SECONDS,
    QUICK_TRIES,
    QUICK_WAIT_SECONDS,
)

#: A slot of the template, ``{{name}}``.
_SLOT = re.compile(r"\{\{(\w+)\}\}")

_TITLES = {
    PageView.ROOM: "title_room",
    PageView.LOWER_THIRD: "title_lower_third",
    PageView.SPEAKERS: "title_speakers",
}


@cache
def asset(name: str) -> str:
    """A file of ``static/display``, read once."""
    return files("companion.server").joinpath("static", "display", name).read_text(encoding="utf-8")


@cache
def labels() -> dict[str, dict[str, str]]:
    """The pages' words: ``{language: {key: text}}``, every key in each of the six languages."""
    return json.loads(asset("labels.json"))


@cache
def content_security_policy() -> str:
    """Only the page's own script and style (by their hashes) run, it connects only to its server,
    and nothing else loads: were a meeting's text ever read as markup, it could still do nothing."""
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src '{_sha256(asset('display.js'))}' '{_sha256(asset('boot.js'))}'",
            f"style-src '{_sha256(asset('display.css'))}'",
            "connect-src 'self'",
            "worker-src 'self'",  # the service worker (sw.js) that gets the page on a failing link
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def script_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element (no ``</script>`` or comment opener can appear)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_boot(document: dict[str, Any], frame_id: str) -> dict[str, Any]:
    """What a page starts from: the public *document* (its ``now`` sets the page's clock), the id of
    the stream frame that carries the same view, and how long to wait between reconnections."""
    view = {key: value for key, value in document.items() if key != "now"}
    return {
        "now": document["now"],
        "view": view,
        "frame_id": frame_id,
        "reconnect": {
            "first_ms": FIRST_WAIT_SECONDS * 1000,
            "max_ms": MAX_WAIT_SECONDS * 1000,
            "quick_tries": QUICK_TRIES,
            "quick_ms": QUICK_WAIT_SECONDS * 1000,
        },
    }


def render_page(view: PageView, theme: Theme, language: str, boot: dict[str, Any]) -> str:
    """The page for *view* in *language*, with *boot* (the public view, its frame id, the server's now)."""
    words = labels()[language]
    parts = {
        "lang": language,
        "dir": direction(language),
        "view": view.value,
        "theme": theme.value,
        "title": html.escape(words[_TITLES[view]]),
        "connecting": html.escape(words["connecting"]),
        "boot": asset("boot.js"),
        "css": asset("display.css"),
        "labels": script_json(words),
        "initial": script_json(boot),
        "js": asset("display.js"),
    }
    # One pass over the template: a value (a name, a message) that contains "{{js}}" stays text.
    return _SLOT.sub(lambda slot: parts[slot.group(1)], asset("display.html"))


@cache
def service_worker() -> str:
    """The pages' service worker (``static/display/sw.js``) with the word "connecting" in the six
    languages, for the one page it makes itself."""
    words = {language: text["connecting"] for language, text in labels().items()}
    return asset("sw.js").replace("{{connecting}}", script_json(words))
