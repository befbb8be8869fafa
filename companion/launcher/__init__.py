"""The app's entry point and the only place that starts an embedded meeting server.

``python main.py`` / ``meeting-companion``: with ``--server URL`` it opens the app on that server;
without, it uses the machine's embedded server (bundled meeting, demo personas) — the one another
app window already started, found through files in the user data dir, or a new one in its own
process, started in parallel with the window. ``ui`` never imports ``companion.server``.
"""

from __future__ import annotations

import sys

SERVE_FLAG = "--serve-embedded"
#: What the desktop app needs beyond the server (pyproject's ``app`` extra).
APP_PACKAGES = ("PySide6", "requests", "sseclient", "keyring")


def main(argv: list[str] | None = None) -> int:
    """Start the app (or, with the hidden ``--serve-embedded PORT [FD]``, be the embedded server)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == [SERVE_FLAG]:
        from .server_process import serve

        return serve(int(argv[1]), int(argv[2]) if len(argv) > 2 else None)
    from companion.ui.app_options import parse_args  # no Qt: --help, --version, a bad option first

    args = parse_args(argv)  # exits with its answer; nothing is started before
    missing = _missing_app_packages()
    if missing:  # a server-only install (`pip install .`): one line, not an ImportError's trace
        print(f"meeting-companion: the desktop app is not installed here (missing: {', '.join(missing)}); "
              "install it with: python -m pip install 'meeting-companion[app]'", file=sys.stderr)
        return 2
    embedded = None
    if args.server is None:
        from .embedded import use_or_start

        # Before Qt is imported: the server process starts while this one loads the interface.
        embedded = use_or_start()
        argv = [*argv, "--server", embedded.url, "--embedded-server"]  # ui.launch_options.EMBEDDED_FLAG
        print(f"embedded server: {'started' if embedded.started else 'shared'} pid {embedded.running.pid} "
              f"at {embedded.url}", file=sys.stderr, flush=True)
    from .lean_imports import keep_out

    keep_out()
    # The client before Qt: PySide6 looks into every module imported after it (its __feature__
    # hook); then make that look cheap for the interface's own modules.
    import companion.client  # noqa: F401

    from .qt_import_scan import install

    install()
    from companion.ui.app import main as app_main

    if embedded is not None and args.code:
        embedded.wait_ready()  # signing in needs the server; nothing cached to show before it
    return app_main(argv)


def _missing_app_packages() -> list[str]:
    """The app's packages this Python cannot import (found without importing them: no cost)."""
    from importlib.util import find_spec

    return [name for name in APP_PACKAGES if find_spec(name) is None]
