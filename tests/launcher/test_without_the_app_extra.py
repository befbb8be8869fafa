"""On a server-only install (`pip install .`, no `app` extra) the app's command says what to install."""

import subprocess
import sys

# PySide6 made unimportable, as on a machine that never installed it (find_spec then finds nothing).
WITHOUT_QT = "import sys; sys.modules['PySide6'] = None; from companion.launcher import main; sys.exit(main([]))"


def test_the_app_without_its_packages_says_how_to_install_them_in_one_line():
    done = subprocess.run([sys.executable, "-c", WITHOUT_QT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "meeting-companion: the desktop app is not installed here (missing: PySide6); "
        "install it with: python -m pip install 'meeting-companion[app]'"
    ]  # one line, no trace, and no embedded server started for an app that cannot open
