"""Where the bundled files live: the app's (translations, icons) in the repository's ``resources/``;
the bundled meeting in the package itself, so that a server installed without the checkout
(``pip install .``) still serves it with ``--demo``."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
MEETINGS = Path(__file__).resolve().parent / "meetings"
BUNDLED_MEETING = MEETINGS / "wipo-conversation-12.json"
DEMO_PARTICIPANTS = MEETINGS / "wipo-conversation-12.demo-participants.json"
