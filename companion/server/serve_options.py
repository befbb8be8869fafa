"""The ``serve`` options that set the server's limits, secrets and TLS (one place, used by the CLI)."""

from __future__ import annotations

import argparse
from typing import Any

from .connection_guard import ConnectionLimits
from .guarded_protocol import guarded
from .settings import Settings

#: File descriptors kept back from the connection cap: the database, logs, and the connections a
#: burst accepts in one turn of the event loop before the ones they replace are closed.
FD_RESERVE = 5000


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
        "--sessions-per-participant",
        type=int,
        default=10,
        metavar="N",
        help="live sign-ins per participant; a new one ends the least recently used (0 = no cap)",
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
    add_connection_options(serve)
    serve.add_argument(
        "--no-rate-limit", action="store_true", help="no command rate limits (load tests and benchmarks only)"
    )


def add_connection_options(serve: argparse.ArgumentParser) -> None:
    """The bounds on connections (connection_guard.py)."""
    serve.add_argument(
        "--connections-per-address",
        type=int,
        default=4000,
        metavar="N",
        help="open connections per client address; a venue's NAT must fit (0 = no cap; the "
        "--forwarded-allow-ips proxies are exempt)",
    )
    serve.add_argument(
        "--max-connections",
        type=int,
        default=0,
        metavar="N",
        help="open connections in total (default: the open-file limit less a reserve)",
    )
    serve.add_argument(
        "--header-timeout", type=float, default=10.0, metavar="SECONDS",
        help="a request's line and headers must arrive within this (default 10 s)",
    )
    serve.add_argument(
        "--body-timeout", type=float, default=30.0, metavar="SECONDS",
        help="a request's body must arrive within this after its headers (default 30 s)",
    )
    serve.add_argument(
        "--max-header-bytes", type=int, default=32 * 1024, metavar="BYTES",
        help="largest request line and headers; more is answered 431 (default 32768)",
    )


def settings_from_args(args: argparse.Namespace, db: str) -> Settings:
    """The Settings the options describe; raises ValueError for an impossible combination."""
    if bool(args.certfile) != bool(args.keyfile):
        raise ValueError("--certfile and --keyfile go together")
    if min(args.streams_per_token, args.streams_per_address, args.public_streams_per_address,
           args.session_ttl, args.connections_per_address, args.max_connections,
           args.header_timeout, args.body_timeout, args.sessions_per_participant) < 0:
        raise ValueError("caps, timeouts and --session-ttl must not be negative")
    if args.max_header_bytes < 1024:
        raise ValueError("--max-header-bytes must be at least 1024")
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
        sessions_per_participant=args.sessions_per_participant,
        secret_file=args.secret_file,
        certfile=args.certfile,
        keyfile=args.keyfile,
        connections_per_address=args.connections_per_address,
        max_connections=args.max_connections,
        header_timeout=args.header_timeout,
        body_timeout=args.body_timeout,
        max_header_bytes=args.max_header_bytes,
    )


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """TLS and proxy options for uvicorn: proxies are trusted by the app, never by uvicorn.

    No WebSocket protocol: the server speaks plain HTTP and SSE, and ``ws="auto"`` would import
    the ``websockets`` package at every start for nothing."""
    protocol = guarded(connection_limits(settings))
    options: dict[str, Any] = {"proxy_headers": False, "http": protocol, "ws": "none"}
    if settings.certfile:
        options.update(ssl_certfile=settings.certfile, ssl_keyfile=settings.keyfile)
    return options


def connection_limits(settings: Settings) -> ConnectionLimits:
    """The guard's limits; the total cap from the open-file limit unless set."""
    return ConnectionLimits(
        per_address=settings.connections_per_address,
        total=settings.max_connections or default_max_connections(),
        header_timeout=settings.header_timeout,
        body_timeout=settings.body_timeout,
        header_bytes=settings.max_header_bytes,
        exempt=settings.forwarded_allow_ips,
    )


def default_max_connections() -> int:
    """The open-file limit less FD_RESERVE (half of it, for a small limit); 0 where unknown."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: no such limit to keep under
        return 0
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return 0
    return soft - FD_RESERVE if soft >= 2 * FD_RESERVE else soft // 2


def raise_open_file_limit() -> int:
    """Raise this process's open-file limit to its hard limit (each connection holds one);
    returns the soft limit now in force (0 where there is none to raise)."""
    try:
        import resource
    except ImportError:  # pragma: no cover
        return 0
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):  # an infinite hard limit some systems refuse as soft
            pass
    return soft
