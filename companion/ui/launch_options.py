"""The app's command-line options checked before any window opens: a bad one is one line and exit code 2.

``--language`` must be one of the six; ``--server`` (a web address, checked by ``parse_args``) must answer as
a meeting server (holding ``--meeting`` when ``--code`` signs in at once) unless the app has this
meeting cached: then it opens at once and works offline until the server answers (the start must
not wait on the network). The launcher's embedded server is not asked: it starts beside the app.
A server on this machine may still be starting: it gets a few seconds; a remote one is asked once.
"""

from __future__ import annotations

import argparse
import sys
import time
from urllib.parse import urlparse

from companion.client.errors import ClientError, Problem
from companion.client.state_cache import StateCache
from companion.client.sync import client_folder
from companion.domain.vocabulary import LANGUAGES

from .app_options import EMBEDDED_FLAG

__all__ = ["EMBEDDED_FLAG", "exit_on_bad_options", "problem_with"]

#: How long a server on this machine may take to start answering.
LOCAL_PATIENCE_S = 10.0
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def problem_with(args: argparse.Namespace) -> str | None:
    """What is wrong with the options, in one line, or None."""
    if args.language and args.language not in LANGUAGES:
        return f"unknown --language {args.language!r} (use one of: {', '.join(LANGUAGES)})"
    if not args.server:
        return None
    if args.embedded_server or (not args.code and _cached(args)):
        return None
    try:
        meetings = _meetings(args.server, getattr(args, "ca_file", None))
    except ClientError as exc:
        if exc.code == Problem.NOT_A_MEETING_SERVER:
            return f"--server {args.server} answers, but it is not a meeting server"
        return f"cannot reach --server {args.server}: {exc}"
    ids = [str(m.get("id")) for m in meetings]
    if getattr(args, "code", None) and args.meeting not in ids:  # without --code the form offers the list
        return f"there is no meeting {args.meeting!r} on {args.server} (it has: {', '.join(ids) or 'none'})"
    return None


def _cached(args: argparse.Namespace) -> bool:
    return StateCache(client_folder(args.server, args.meeting, args.profile)).path.exists()


def _meetings(server: str, ca_file: str | None = None) -> list[dict]:
    from companion.client.http_api import list_meetings  # requests: only when the server is asked

    local = urlparse(server).hostname in LOOPBACK
    deadline = time.monotonic() + (LOCAL_PATIENCE_S if local else 0)
    while True:
        try:
            return list_meetings(server, timeout=5, ca_file=ca_file)
        except ClientError as exc:
            if exc.code != Problem.UNREACHABLE or time.monotonic() >= deadline:
                raise
        time.sleep(0.2)  # a server starting on this machine: ask again in a moment


def exit_on_bad_options(args: argparse.Namespace) -> None:
    """Print the problem with the options as one line and exit with code 2, or return."""
    problem = problem_with(args)
    if problem:
        print(f"meeting-companion: {problem}", file=sys.stderr)
        raise SystemExit(2)
