"""Start Meeting Companion. With no arguments: the machine's embedded server with the bundled meeting."""

import sys

from companion.launcher import main

if __name__ == "__main__":
    sys.exit(main())
