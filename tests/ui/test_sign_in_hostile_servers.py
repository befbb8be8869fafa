"""The sign-in form against servers that are not meeting servers or misbehave: an HTML page, a 500,
a redirect to another host, a server that trickles its answer forever. Each is a sentence in the
form (in the user's language), never a traceback, never a hang, and the code never goes elsewhere."""

import hostile_http
import pytest

from companion.client import MeetingSync
from companion.client.connection import Backoff
from companion.ui import messages
from companion.ui.main_window import CompanionWindow
from companion.ui.translation_tools import read_ts

NOT_A_SERVER = "This address answers, but it is not a meeting server."
UNREADABLE = "The server sent an answer this app cannot read."
REDIRECTED = "This address sends the app on to another one; enter the meeting server's own address."
SLOW = "The server did not answer in time."
CASES = {  # mode: (what the meeting list says, what the sign-in says)
    "html": (NOT_A_SERVER, UNREADABLE),
    "error500": (NOT_A_SERVER, "The server had a problem (error 500)"),
    "redirect": (REDIRECTED, REDIRECTED),
    "slow": (SLOW, SLOW),
    # a meeting server that cannot record now: its own sentence, not "error 503"
    "storage503": ("1 meeting(s) on this server", "The meeting's database cannot record anything right now"),
}


@pytest.fixture
def elsewhere():
    other = hostile_http.start("meetings")
    yield other
    hostile_http.stop(other)


@pytest.fixture
def window(qtbot, tmp_path, elsewhere):
    sync = MeetingSync(elsewhere.url, "wipo-conv-12", profile="hostile", data_root=tmp_path / "clients",
                       backoff=Backoff(base=0.05, cap=0.3), timeout=2, stall_seconds=5)
    win = CompanionWindow(sync)
    qtbot.addWidget(win)
    win.show()
    win.show_sign_in()
    yield win
    win.close()


@pytest.mark.parametrize("mode", list(CASES))
def test_a_hostile_server_is_named_in_words_and_another_try_is_possible(qtbot, window, elsewhere, mode):
    listed, signing_in = CASES[mode]
    hostile = hostile_http.start(mode, elsewhere=elsewhere.url)
    try:
        form = window.sign_in
        form.server.setText(hostile.url)
        form.server.editingFinished.emit()
        qtbot.waitUntil(lambda: listed in form.meeting_status.text(), timeout=15_000)
        form.meeting.setEditText("wipo-conv-12")
        form.code.setText("MY-SECRET-CODE")
        form.button.click()
        qtbot.waitUntil(lambda: signing_in in form.error.text(), timeout=15_000)
        assert window.workspace is None and form.button.isEnabled()
        assert "Traceback" not in form.error.text() + form.meeting_status.text()
        assert elsewhere.bodies == []  # a redirect never carries the code to another host
    finally:
        hostile_http.stop(hostile)


def test_the_redirect_sentence_is_translated_in_every_language():
    sentence = messages.PROBLEMS[messages.Problem.REDIRECTED]
    for language in ("ar", "zh", "fr", "ru", "es"):
        translated = read_ts(language)[sentence][0]
        assert translated and translated != sentence, language


def test_a_participants_upload_is_never_sent_on_to_another_host(elsewhere):
    from companion.client.errors import Problem, ServerTrouble
    from companion.client.http_api import MeetingApi
    from companion.client.participant_upload import send_participants

    hostile = hostile_http.start("redirect", elsewhere=elsewhere.url)
    try:
        api = MeetingApi(hostile.url, "wipo-conv-12", timeout=5)
        api.set_token("a-secretariat-token")
        with pytest.raises(ServerTrouble) as refused:
            send_participants(api, b"name,role,email\nAmina Diallo,delegate,amina@example.org\n", dry_run=False)
        assert refused.value.code == Problem.REDIRECTED
        assert len(hostile.bodies) == 1 and elsewhere.bodies == []  # the list went nowhere else
    finally:
        hostile_http.stop(hostile)


def test_markup_from_a_server_is_shown_as_text_never_as_a_link(qtbot, window, elsewhere):
    from PySide6.QtCore import Qt

    hostile = hostile_http.start("markup")
    try:
        form = window.sign_in
        form.server.setText(hostile.url)
        form.server.editingFinished.emit()  # the status says "looking…" until this server's list is in
        qtbot.waitUntil(lambda: form.meeting_status.text() == "1 meeting(s) on this server", timeout=15_000)
        assert form.meeting.count() == 1 and hostile_http.TRAP in form.meeting.itemText(0)  # a combo box shows text only
        form.code.setText("MY-SECRET-CODE")
        form.button.click()
        qtbot.waitUntil(lambda: hostile_http.TRAP in form.error.text(), timeout=15_000)
        for label in (form.error, form.meeting_status):
            assert label.textFormat() == Qt.TextFormat.PlainText  # the tags show; nothing is a link
    finally:
        hostile_http.stop(hostile)
