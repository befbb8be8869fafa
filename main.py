"""Start Meeting Companion. With no arguments: an embedded server with the bundled meeting."""

import sys

from companion.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
