"""The sign-in form signs in where it is told, says what went wrong, and makes one session per click."""

import http.server
import json
import sqlite3
import ssl
import threading

import pytest
from live_server import LiveServer, unreachable_url

from companion.client import MeetingSync, Status
from companion.client.connection import Backoff
from companion.domain.meeting_setup import consecutive_days, meeting_payload
from companion.server.registry import add_participant, store_meeting
from companion.server.stores import open_storage
from companion.ui import sign_in
from companion.ui.main_window import CompanionWindow


@pytest.fixture
def two_meetings(db_path):
    """The demo meeting and a second one, with a delegate whose code is known."""
    from datetime import date

    storage = open_storage(f"sqlite:///{db_path}")
    days = consecutive_days(date(2026, 4, 14), 2)
    store_meeting(storage, meeting_payload("wipo-conv-13", "Thirteenth session", "Europe/Zurich", days))
    add_participant(storage, "wipo-conv-13", {"name": "Amina Diallo", "role": "delegate", "delegation": "Senegal"},
                    "AMINA-CODE-13")
    storage.close()
    server = LiveServer(db_path).start()
    yield server
    server.stop()


@pytest.fixture
def window(qtbot, two_meetings, tmp_path):
    sync = MeetingSync(two_meetings.url, "wipo-conv-12", profile="form", data_root=tmp_path / "clients",
                       backoff=Backoff(base=0.05, cap=0.3), timeout=3, stall_seconds=5)
    win = CompanionWindow(sync)
    qtbot.addWidget(win)
    win.show()
    win.show_sign_in()
    yield win
    win.close()


def form_of(window):
    return window.sign_in


def test_the_meeting_is_chosen_from_the_servers_list_and_the_server_is_remembered(qtbot, window, two_meetings):
    form = form_of(window)
    qtbot.waitUntil(lambda: form.meeting.count() == 2, timeout=10_000)
    assert form.meeting_status.text() == "2 meeting(s) on this server"
    # The same server under another name: typed by the user, so remembered for next time.
    typed = two_meetings.url.replace("127.0.0.1", "localhost")
    form.server.setText(typed)
    form.server.editingFinished.emit()  # the status says "looking…" until this address's list is in
    qtbot.waitUntil(lambda: form.meeting_status.text() == "2 meeting(s) on this server", timeout=10_000)
    assert form._listed_for == typed and form.meeting.count() == 2
    form.meeting.setCurrentIndex([form.meeting.itemData(n) for n in range(2)].index("wipo-conv-13"))
    form.code.setText("amina-code-13")
    form.button.click()
    qtbot.waitUntil(lambda: window.workspace is not None and window.sync.connection.status == Status.LIVE,
                    timeout=15_000)
    assert window.sync.meeting_id == "wipo-conv-13" and window.sync.server_url == typed
    assert window.sync.state.meeting.title == "Thirteenth session" and window.sync.me.name == "Amina Diallo"
    assert sign_in.remembered_server("http://default") == typed


def test_the_remembered_server_is_offered_instead_of_this_machines_demo_server_but_not_over_another(qtbot):
    sign_in.remember_server("https://meeting.example.org")
    assert sign_in.server_to_offer("http://127.0.0.1:8766") == "https://meeting.example.org"
    assert sign_in.server_to_offer("https://other.example.org") == "https://other.example.org"  # --server wins
    form = sign_in.SignInWidget("http://127.0.0.1:8766", "wipo-conv-12")
    qtbot.addWidget(form)
    assert form.server.text() == "https://meeting.example.org"


@pytest.mark.parametrize(
    ("server", "meeting", "code", "expected"),
    [
        ("nobody-listens", "wipo-conv-12", "demo-kenya", "Cannot reach the meeting server"),
        (None, "wipo-conv-99", "demo-kenya", "This meeting is not on the server."),
        (None, "wipo-conv-13", "demo-kenya", "That meeting and code do not match."),
        ("not a url", "wipo-conv-12", "demo-kenya", "not a valid web address"),
    ],
)
def test_a_failed_sign_in_says_what_was_wrong(qtbot, window, two_meetings, server, meeting, code, expected):
    form = form_of(window)
    with unreachable_url() as nobody:
        form.server.setText(nobody if server == "nobody-listens" else server or two_meetings.url)
        form.meeting.setEditText(meeting)
        form.code.setText(code)
        form.button.click()
        qtbot.waitUntil(lambda: expected in form.error.text(), timeout=15_000)
    assert window.workspace is None and form.button.isEnabled()  # another try is possible


def test_a_server_with_an_untrusted_certificate_is_named_as_such(qtbot, window, tmp_path):
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Meetings)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        form = form_of(window)
        form.server.setText(f"https://127.0.0.1:{httpd.server_address[1]}")
        form.server.editingFinished.emit()
        untrusted = "The server's certificate is not trusted by this computer"
        qtbot.waitUntil(lambda: untrusted in form.meeting_status.text(), timeout=10_000)
        assert not form.demo.isVisible()  # no list: no personas
        form.meeting.setEditText("m")  # nothing listed: the user types the meeting
        form.code.setText("demo-kenya")
        form.button.click()
        qtbot.waitUntil(lambda: untrusted in form.error.text(), timeout=10_000)
    finally:
        httpd.shutdown()


class _Meetings(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        body = json.dumps([{"id": "m"}]).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_double_clicking_a_persona_signs_in_once(qtbot, window, db_path):
    form = form_of(window)
    qtbot.waitUntil(lambda: form.demo.isVisible(), timeout=10_000)  # the demo server says so
    kenya = next(n for n in range(form.personas.count()) if "Kenya" in form.personas.item(n).text())
    item = form.personas.item(kenya)
    form.personas.itemActivated.emit(item)  # what a double-click sends, with itemDoubleClicked
    form.personas.itemDoubleClicked.emit(item)
    form.personas.itemActivated.emit(item)
    qtbot.waitUntil(lambda: window.workspace is not None and window.sync.connection.status == Status.LIVE,
                    timeout=15_000)
    with sqlite3.connect(db_path) as db:
        sessions = db.execute("SELECT count(*) FROM tokens WHERE participant_id = 'del-ke'").fetchone()[0]
    assert sessions == 1


@pytest.fixture
def real_server(tmp_path):
    """A server as a secretariat runs it: no --demo, two meetings of its own."""
    from datetime import date

    db = tmp_path / "real.db"
    storage = open_storage(f"sqlite:///{db}")
    days = consecutive_days(date(2026, 4, 14), 2)
    store_meeting(storage, meeting_payload("wipo-conv-13", "Thirteenth session", "Europe/Zurich", days))
    store_meeting(storage, meeting_payload("sccr-47", "Standing Committee on Copyright", "Europe/Zurich", days))
    add_participant(storage, "sccr-47", {"name": "Li Wei", "role": "delegate", "delegation": "China"}, "LIWE-ICOD-E47A-BCDE")
    storage.close()
    server = LiveServer(db, demo=False).start()
    yield server
    server.stop()


def test_a_real_server_lists_its_meetings_offers_no_personas_and_prefills_nothing_it_lacks(qtbot, real_server, tmp_path):
    sync = MeetingSync(real_server.url, "wipo-conv-12", profile="real", data_root=tmp_path / "clients",
                       backoff=Backoff(base=0.05, cap=0.3), timeout=3, stall_seconds=5)
    win = CompanionWindow(sync)
    qtbot.addWidget(win)
    win.show()
    win.show_sign_in()
    form = form_of(win)
    qtbot.waitUntil(lambda: form.meeting.count() == 2, timeout=10_000)
    assert form.meeting_status.text() == "2 meeting(s) on this server"
    listed = [form.meeting.itemData(n) for n in range(2)]
    assert sorted(listed) == ["sccr-47", "wipo-conv-13"]
    # The app's default meeting is not on this server: not left in the field; two meetings: a choice.
    assert form.meeting.currentText() == "" and form.meeting_id() == ""
    assert not form.demo.isVisible() and not form.offers_personas()
    assert form.meetings_box.isVisible() and form.listing.count() == 2  # listed where personas were
    assert form.manual.title() == "Sign in with the code the secretariat gave you"  # no "Or …"
    form.listing.setCurrentRow(listed.index("sccr-47"))  # choosing in the list chooses the meeting
    assert form.meeting_id() == "sccr-47"
    form.meeting.setCurrentIndex(-1)
    kenya = form.personas.item(0)
    form.personas.itemActivated.emit(kenya)  # even if a persona were activated: no wrong code is sent
    assert form.error.text() == "" and form.button.isEnabled()
    form.meeting.setCurrentIndex(listed.index("sccr-47"))
    form.code.setText("liwe-icod-e47a-bcde")
    form.button.click()
    qtbot.waitUntil(lambda: win.workspace is not None and win.sync.connection.status == Status.LIVE, timeout=15_000)
    assert win.sync.meeting_id == "sccr-47" and win.sync.me.name == "Li Wei"
    win.close()


def test_a_real_server_with_one_meeting_has_it_chosen_and_the_demo_server_offers_its_personas(qtbot, window, tmp_path):
    from datetime import date

    db = tmp_path / "one.db"
    storage = open_storage(f"sqlite:///{db}")
    store_meeting(storage, meeting_payload("sccr-47", "SCCR", "Europe/Zurich", consecutive_days(date(2026, 4, 14), 1)))
    storage.close()
    one = LiveServer(db, demo=False).start()
    try:
        form = form_of(window)
        qtbot.waitUntil(lambda: form.demo.isVisible(), timeout=10_000)  # the test's demo server
        assert form.meeting_id() == "wipo-conv-12" and not form.meetings_box.isVisible()
        form.server.setText(one.url)
        form.server.editingFinished.emit()
        qtbot.waitUntil(lambda: form.meeting_status.text() == "1 meeting(s) on this server", timeout=10_000)
        assert form.meeting_id() == "sccr-47" and not form.demo.isVisible()
    finally:
        one.stop()
