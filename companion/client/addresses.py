"""Meeting server addresses: checked without loading the network modules (the app's start needs it)."""

from __future__ import annotations

from urllib.parse import urlsplit


def check_server_url(url: str) -> str:
    """*url* if it is an http:// or https:// address; raises ValueError otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not a server address (http://… or https://…): {url!r}")
    return url
