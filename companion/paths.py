"""Where the bundled files live (the repository's ``resources/``)."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
BUNDLED_MEETING = RESOURCES / "meetings" / "wipo-conversation-12.json"
DEMO_PARTICIPANTS = RESOURCES / "meetings" / "wipo-conversation-12.demo-participants.json"
