"""The app's command line, without Qt: the launcher reads it before it starts anything.

``python main.py --help``, ``--version`` and a bad option (an unknown one, a ``--language`` the
app does not speak, a ``--server`` that is no web address) answer here, at once, with no embedded
server started and no window (exit 0 for help and version, one line and exit 2 for the rest). What
needs the network (does ``--server`` answer?) is checked later, by ``launch_options``.
"""

from __future__ import annotations

import argparse

from companion import __version__
from companion.client.addresses import check_server_url
from companion.domain.vocabulary import LANGUAGES

DEFAULT_MEETING = "wipo-conv-12"
#: Set by the launcher when --server is its embedded server (starting beside the app).
EMBEDDED_FLAG = "--embedded-server"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block: the tests and users read it
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The app's options (``--server`` optional: without it the launcher uses the embedded server)."""
    parser = _Parser(
        prog="meeting-companion",
        description="Meeting Companion desktop app. Without --server: this machine's embedded server "
        "with the bundled demo meeting.",
    )
    parser.add_argument("--version", action="version", version=f"meeting-companion {__version__}")
    parser.add_argument("--server", help="the meeting server's address, e.g. https://meeting.example.org")
    parser.add_argument(
        "--meeting", default=DEFAULT_MEETING, help="the meeting to open (default: %(default)s)"
    )
    parser.add_argument("--ca-file", help="trust this CA's certificate (PEM) for an https:// server")
    parser.add_argument("--code", help="personal code: sign in directly")
    parser.add_argument(
        "--profile", default="default", help="separate sign-in and cache (e.g. a second persona)"
    )
    parser.add_argument(
        "--language",
        help="interface language: ar, zh, en, fr, ru or es (default: last chosen, or the system's)",
    )
    parser.add_argument(EMBEDDED_FLAG, action="store_true", help=argparse.SUPPRESS)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The options, or exit: 0 after --help / --version, 2 with one line for a bad one."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.language and args.language not in LANGUAGES:
        parser.exit(2, f"meeting-companion: unknown --language {args.language!r} "
                       f"(use one of: {', '.join(LANGUAGES)})\n")
    if args.server is not None:
        try:
            check_server_url(args.server)
        except ValueError as exc:
            parser.error(str(exc))
    return args
