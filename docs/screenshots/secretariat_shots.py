"""Screenshots of the sign-in form and of Meeting ▸ Participants… (1366×768), in one language:

    QT_QPA_PLATFORM=offscreen python docs/screenshots/secretariat_shots.py --language ru

The sign-in form is on a real server (started without ``--demo``, two meetings of its own): it
lists them, offers no demo persona, and leaves the meeting to choose (the app's default meeting is
not on that server). The participants dialog, on a second server with the bundled meeting, shows
the preview of a list saved as Excel's plain "CSV" (Windows-1252, ``;``) with two bad lines.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from companion.client import MeetingSync  # noqa: E402
from companion.domain.meeting_setup import consecutive_days, meeting_payload  # noqa: E402
from companion.server.registry import seed_demo, store_meeting  # noqa: E402
from companion.server.settings import Settings  # noqa: E402
from companion.server.stores import open_storage  # noqa: E402
from companion.server.threaded import ThreadedServer, free_port  # noqa: E402
from companion.ui.main_window import CompanionWindow  # noqa: E402
from companion.ui.participants_dialog import ParticipantsDialog  # noqa: E402
from companion.ui.translations import apply_language  # noqa: E402

SIZE = (1366, 768)
BAD_LINES = (
    "Jean Dupont,president,France,member_state,onsite,fr,,,\n,delegate,Peru,member_state,remote,es,,,\n"
)


def real_server(folder: Path) -> ThreadedServer:
    """A secretariat's server: two meetings of its own, no demo."""
    db = folder / "real.db"
    storage = open_storage(f"sqlite:///{db}")
    days = consecutive_days(date(2026, 4, 14), 2)
    title = "WIPO Conversation on IP and Frontier Technologies, Thirteenth Session"
    store_meeting(storage, meeting_payload("wipo-conv-13", title, "Europe/Zurich", days))
    committee = "Standing Committee on Copyright and Related Rights, Forty-Seventh Session"
    store_meeting(storage, meeting_payload("sccr-47", committee, "Europe/Zurich", days))
    storage.close()
    return ThreadedServer(Settings(db_url=f"sqlite:///{db}"), free_port()).start()


def secretariat_server(folder: Path) -> ThreadedServer:
    """The bundled meeting, where the demo secretariat signs in to open the dialog."""
    db = folder / "server.db"
    storage = open_storage(f"sqlite:///{db}")
    seed_demo(storage, lively=True)
    storage.close()
    return ThreadedServer(Settings(db_url=f"sqlite:///{db}"), free_port()).start()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_language(args.language)
    folder = Path(tempfile.mkdtemp())
    real, server = real_server(folder), secretariat_server(folder)
    out = Path(__file__).parent
    people = folder / "participants.csv"
    sample = (ROOT / "companion" / "samples" / "participants.csv").read_text(encoding="utf-8")
    people.write_bytes((sample + BAD_LINES).replace(",", ";").encode("cp1252"))

    form = CompanionWindow(MeetingSync(real.url, "wipo-conv-12", profile="form", data_root=folder / "c"))
    form.resize(*SIZE)
    form.show_sign_in()
    form.show()
    form.sign_in.code.setText("K7QM-2XHP-9TRD-M4KW")
    secretariat = CompanionWindow(
        MeetingSync(server.url, "wipo-conv-12", profile="sec", data_root=folder / "c")
    )
    secretariat.resize(*SIZE)
    secretariat.show_sign_in()
    secretariat.bridge.sign_in("demo-secretariat")
    secretariat.show()
    state = {}

    def open_dialog():
        dialog = state["dialog"] = ParticipantsDialog(secretariat)
        dialog.resize(*SIZE)
        dialog.show()
        dialog.preview(people)

    def shoot():
        form.grab().save(str(out / f"sign-in-form-{args.language}.png"))
        state["dialog"].grab().save(str(out / f"participants-{args.language}.png"))
        for widget in (state["dialog"], form, secretariat):
            widget.hide()
        secretariat.bridge.stop()  # its event stream closes before the server stops
        server.stop()
        real.stop()
        app.quit()

    QTimer.singleShot(2500, open_dialog)
    QTimer.singleShot(6000, shoot)
    app.exec()


if __name__ == "__main__":
    main()
