"""The ``serve`` options that set the server's limits, secrets and TLS (one place, used by the CLI)."""

from __future__ import annotations

import argparse
from typing import Any

from .send_buffer import BoundedSendBuffer
from .settings import Settings


def add_serve_options(serve: argparse.ArgumentParser) -> None:
    """Add the limit, secret and TLS options to the ``serve`` subcommand."""
    serve.add_argument("--certfile", help="serve HTTPS with this certificate chain (PEM)")
    serve.add_argument("--keyfile", help="the private key of --certfile (PEM)")
    serve.add_argument(
        "--secret-file",
        help="file holding the pepper for personal codes (default: a 0600 file in the user config "
        "dir; or set MEETING_SERVER_SECRET)",
    )
    serve.add_argument(
        "--session-ttl",
        type=float,
        default=24 * 3600.0,
        metavar="SECONDS",
        help="a sign-in ends this long after its last use (default 24 h)",
    )
    serve.add_argument(
        "--streams-per-token",
        type=int,
        default=5,
        metavar="N",
        help="open event streams per sign-in; a new one closes the oldest (0 = no cap)",
    )
    serve.add_argument(
        "--streams-per-address",
        type=int,
        default=1000,
        metavar="N",
        help="open event streams per client address (0 = no cap)",
    )
    serve.add_argument(
        "--public-streams-per-address",
        type=int,
        default=50,
        metavar="N",
        help="open public-page streams (room display, webcast) per client address (0 = no cap)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default="",
        metavar="CIDR,…",
        help="proxies whose X-Forwarded-For is believed (default: none)",
    )
    serve.add_argument(
        "--no-rate-limit", action="store_true", help="no command rate limits (load tests and benchmarks only)"
    )


def settings_from_args(args: argparse.Namespace, db: str) -> Settings:
    """The Settings the options describe; raises ValueError for an impossible combination."""
    if bool(args.certfile) != bool(args.keyfile):
        raise ValueError("--certfile and --keyfile go together")
    if min(args.streams_per_token, args.streams_per_address, args.public_streams_per_address,
           args.session_ttl) < 0:
        raise ValueError("caps and --session-ttl must not be negative")
    return Settings(
        db_url=db,
        demo=args.demo,
        keepalive_seconds=args.keepalive,
        rate_limits=not args.no_rate_limit,
        forwarded_allow_ips=args.forwarded_allow_ips,
        streams_per_token=args.streams_per_token,
        streams_per_address=args.streams_per_address,
        public_streams_per_address=args.public_streams_per_address,
        session_ttl=args.session_ttl,
        secret_file=args.secret_file,
        certfile=args.certfile,
        keyfile=args.keyfile,
    )


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """TLS and proxy options for uvicorn: proxies are trusted by the app, never by uvicorn.

    No WebSocket protocol: the server speaks plain HTTP and SSE, and ``ws="auto"`` would import
    the ``websockets`` package at every start for nothing."""
    options: dict[str, Any] = {"proxy_headers": False, "http": BoundedSendBuffer, "ws": "none"}
    if settings.certfile:
        options.update(ssl_certfile=settings.certfile, ssl_keyfile=settings.keyfile)
    return options
