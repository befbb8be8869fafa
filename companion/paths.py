"""Where the bundled files live: the app's (translations, icons) in the repository's ``resources/``;
the bundled meeting and the secretariat's sample files in the package itself, so that a server
installed without the checkout (``pip install .``) still serves it with ``--demo`` and still writes
the samples with ``meeting-server samples``."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
MEETINGS = Path(__file__).resolve().parent / "meetings"
BUNDLED_MEETING = MEETINGS / "wipo-conversation-12.json"
DEMO_PARTICIPANTS = MEETINGS / "wipo-conversation-12.demo-participants.json"
#: The sample participants list and agenda of README's "Run a real meeting".
SAMPLES = Path(__file__).resolve().parent / "samples"
SAMPLE_FILES = ("participants.csv", "schedule.xml")
