"""The interpreter's board at 1366×768: the relay plan computed from the booths' data (each booth's
route, the pivot told who depends on it), the chair warned of a language a booth cannot get, and
the shifts with the handover cue 5 and 1 minute before (the board's clock passed in)."""

from datetime import UTC, datetime, timedelta

from ui_helpers import select_item

from companion.ui.coming_speakers import COL_LANGUAGE, COL_ROUTE
from companion.ui.queue_model import COL_LANGUAGE as CHAIR_LANGUAGE

ITEM = "d1-floor-morning"
LAPTOP = (1366, 696)  # the window's share of a 1366×768 screen


def live_with_speakers(api, *speakers):
    api("demo-chair").ok(type="agenda.set_status", item_id=ITEM, status="live")
    for code, language in speakers:
        api(code).ok(type="floor.request", item_id=ITEM, language=language)


def board_of(window):
    window.resize(*LAPTOP)
    return window.workspace.panel


def test_each_booth_sees_its_route_and_the_pivot_who_depends_on_it(qtbot, open_window, api):
    live_with_speakers(api, ("demo-japan", "zh"), ("demo-brazil", "es"))
    english, arabic = board_of(open_window("demo-booth-en")), board_of(open_window("demo-booth-ar"))
    api("demo-chair").ok(type="floor.call_next", item_id=ITEM)  # Japan speaks Chinese; Brazil next
    for board in (english, arabic):
        qtbot.waitUntil(lambda b=board: b.model.index(0, 0).data() == "Now" and b.model.rowCount() == 2, timeout=10_000)
    # Chinese on the floor: the English booth is not told to take relay — the Chinese booth gives retour.
    assert english.model.index(0, COL_LANGUAGE).data() == "中文"
    assert english.model.index(0, COL_ROUTE).data() == "retour from Chinese booth"
    assert arabic.model.index(0, COL_ROUTE).data() == "relay from Chinese booth"
    assert "Speaking: Japan – Haruka Sato in 中文 — retour from Chinese booth" in english.now_next.text()
    # Spanish next: the English booth works direct and is the pivot of the booths without Spanish.
    assert english.model.index(1, COL_ROUTE).data() == "direct; pivot for العربية, 中文, Русский"
    assert arabic.model.index(1, COL_ROUTE).data() == "relay from English booth"
    assert "pivot for العربية, 中文, Русский" in english.now_next.text()


def test_the_booths_are_data_the_plan_follows_and_the_chair_is_warned(qtbot, open_window, api):
    live_with_speakers(api, ("demo-japan", "zh"))
    chair, chinese = open_window("demo-chair"), board_of(open_window("demo-booth-zh"))
    select_item(chair, ITEM)
    console = chair.workspace.panel
    qtbot.waitUntil(lambda: console.model.rowCount() == 1, timeout=10_000)
    assert console.model.index(0, CHAIR_LANGUAGE).data() == "中文"  # the UN booths cover Chinese
    # The secretariat records that this Chinese booth gives no retour: nobody else takes Chinese.
    api("demo-secretariat").ok(type="booths.set", booth={"language": "zh", "passive": ["en", "ru"]})
    qtbot.waitUntil(lambda: "⚠" in console.model.index(0, CHAIR_LANGUAGE).data(), timeout=10_000)
    warning = console.model.index(0, CHAIR_LANGUAGE).data()
    assert warning.endswith("⚠ no interpretation into العربية, English, Français, Русский, Español")
    # …and the Chinese booth, with Russian now, takes a Russian speaker direct.
    api("demo-egypt").ok(type="floor.request", item_id=ITEM, language="ru")
    qtbot.waitUntil(lambda: chinese.model.rowCount() == 2, timeout=10_000)
    assert chinese.model.index(0, COL_ROUTE).data() == "floor (your language)"
    assert chinese.model.index(1, COL_ROUTE).data() == "direct"


def test_shifts_set_by_the_secretariat_and_the_handover_cue(qtbot, open_window, api):
    start = datetime(2025, 10, 28, 9, 0, tzinfo=UTC)  # 10:00 in Geneva
    turns = [
        {"interpreter": "Helen Carter", "start": start, "end": start + timedelta(minutes=30)},
        {"interpreter": "James Ward", "start": start + timedelta(minutes=30), "end": start + timedelta(minutes=60)},
    ]  # fmt: skip
    api("demo-secretariat").ok(
        type="shifts.set", booth="en", shifts=[{**t, "start": t["start"].isoformat(), "end": t["end"].isoformat()}
                                               for t in turns]
    )  # fmt: skip
    now = [start + timedelta(minutes=10)]
    window = open_window("demo-booth-en")
    board = board_of(window)
    board.clock = lambda: now[0]
    board.refresh()
    assert board.shifts.text() == "In the booth: Helen Carter until 10:30 (20 min left) · Next: James Ward from 10:30"
    assert board.cue.isHidden()
    now[0] = start + timedelta(minutes=26)
    board._show_shift()  # what the board's timer does
    assert board.cue.isVisible() and board.cue.text() == "Handover within 5 min: James Ward takes over at 10:30"
    now[0] = start + timedelta(minutes=29, seconds=30)
    board._show_shift()
    assert board.cue.text() == "Handover within 1 min: James Ward takes over at 10:30"
    now[0] = start + timedelta(minutes=31)
    board._show_shift()
    assert board.cue.isHidden() and board.shifts.text().startswith("In the booth: James Ward until 11:00")
    # A handover cue on the live board fits the laptop's screen: nothing is cut off.
    assert board.cue.sizeHint().width() <= board.width() or board.cue.wordWrap()


def test_a_booth_without_shifts_says_so(qtbot, open_window, api):
    api("demo-secretariat").ok(type="shifts.set", booth="fr", shifts=[])
    board = board_of(open_window("demo-booth-fr"))
    qtbot.waitUntil(lambda: board.shifts.text() == "No shift set for your booth.", timeout=10_000)


def test_the_secretariat_sets_a_booths_languages_in_the_app(qtbot, open_window):
    from companion.ui import booths_menu

    kenya = open_window("demo-kenya")
    kenya.booths_action.parent().aboutToShow.emit()  # the Meeting menu opens
    assert not kenya.booths_action.isVisible()  # a delegate has no Booths… entry
    secretariat = open_window("demo-secretariat")
    secretariat.booths_action.parent().aboutToShow.emit()
    assert secretariat.booths_action.isVisible()
    dialog = booths_menu.open_dialog(secretariat)
    assert dialog.boxes[("zh", "retour", "en")].isChecked()  # the UN defaults, as data
    assert not dialog.boxes[("zh", "passive", "zh")].isEnabled()  # never its own language
    dialog.boxes[("zh", "passive", "ru")].setChecked(True)
    dialog.boxes[("zh", "retour", "en")].setChecked(False)
    dialog.save()
    booths = lambda: secretariat.sync.state.meeting.booths  # noqa: E731
    qtbot.waitUntil(lambda: len(booths()) == 6, timeout=10_000)
    zh = next(b for b in booths() if b.language == "zh")
    assert (zh.passive, zh.retour) == (("en", "ru"), ())


SHARING = "d2-sharing-1"  # day two: its list is open long before it is live


def test_a_later_items_list_and_texts_ahead_with_times_and_a_new_text_alert(qtbot, open_window, api):
    chair = api("demo-chair")
    for n, who in enumerate(("del-ke", "del-br", "del-eg", "obs-eu")):
        chair.ok(type="floor.request", item_id=SHARING, participant_id=who, language="fr", minutes=3,
                 text=f"Déclaration {n}.")  # fmt: skip
    board = board_of(open_window("demo-booth-ar"))
    board.clock = lambda: datetime(2025, 10, 28, 9, 0, tzinfo=UTC)  # the first morning
    assert board.model.rowCount() == 0  # nothing is live
    board.ahead.choose(SHARING)
    assert board.model.rowCount() == 3  # the next three by default
    board.ahead.choose(SHARING, count=None)  # the whole list
    assert board.model.rowCount() == 4
    # 11:00 UTC on 29 October is 12:00 in Geneva; three minutes each.
    assert [board.model.index(r, 0).data() for r in range(2)] == ["Next 1 · 12:00", "Next 2 · 12:03"]
    assert board.model.index(1, COL_ROUTE).data() == "direct"  # the Arabic booth works from French
    board.table.selectRow(3)
    assert board.text.toPlainText() == "Déclaration 3."  # readable long before the item is live
    assert board.text_alert.isHidden()
    # A text arrives: an alert names whose and on which item, and its row is marked until read.
    api("demo-japan").ok(type="floor.request", item_id=SHARING, language="zh", text="日本的发言。")
    qtbot.waitUntil(lambda: board.model.rowCount() == 5, timeout=10_000)
    assert board.text_alert.isVisible() and board.text_alert.text().startswith("New text: Japan – Haruka Sato (")
    japan = 3  # a member state: before the European Union, an observer
    assert board.model.index(japan, 1).data().startswith("Japan")
    assert board.model.index(japan, 4).data() == "● new text"
    assert board.model.index(4, 4).data() == "text sent"  # the EU's, read before
    assert board.model.index(japan, COL_ROUTE).data() == "relay from Chinese booth"
    board.table.selectRow(japan)
    assert board.text.toPlainText() == "日本的发言。"
    assert board.model.index(japan, 4).data() == "text sent" and board.text_alert.isHidden()
    # The booth's choice of length holds for its next session.
    again = board_of(open_window("demo-booth-ar"))
    assert again.ahead.chosen_count() is None and again.ahead.count.currentText() == "all"


def test_the_booth_reads_the_items_documents_and_glossary(qtbot, open_window, api, tmp_path):
    secretariat = api("demo-secretariat")
    base = f"{secretariat.url}/api/v1/meetings/{secretariat.meeting}/items/{SHARING}"
    pdf = b"%PDF-1.7 the sharing session's background paper"
    for body, query, kind in ((pdf, {"title": "Background paper", "language": "en"}, "application/pdf"),
                              ("deepfake = التزييف العميق\n".encode(), {"title": "Glossary", "kind": "glossary"},
                               "text/plain")):  # fmt: skip
        answer = secretariat.http.post(f"{base}/documents", params=query, data=body, headers={"Content-Type": kind})
        assert answer.status_code == 201, answer.text
    board = board_of(open_window("demo-booth-ar"))
    board.ahead.choose(SHARING)
    documents = board.documents
    qtbot.waitUntil(lambda: documents.list.count() == 2, timeout=10_000)
    assert documents.list.item(0).text() == "Background paper · PDF · English"
    documents.list.setCurrentRow(1)
    qtbot.waitUntil(lambda: documents.glossary.toPlainText() == "deepfake — التزييف العميق", timeout=10_000)
    documents.list.setCurrentRow(0)
    target = tmp_path / "paper.pdf"
    documents.open_selected(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes() == pdf and documents.status.text() == f"Saved to {target}"
    board.ahead.choose(None)  # back to the live item: nothing is live, so no documents
    assert documents.list.count() == 0


def test_the_secretariat_adds_a_document_in_the_app_and_the_booth_finds_it(qtbot, open_window, tmp_path):
    from companion.ui import documents_menu

    secretariat = open_window("demo-secretariat")
    secretariat.documents_action.parent().aboutToShow.emit()
    assert secretariat.documents_action.isVisible()
    select_item(secretariat, SHARING)
    paper = tmp_path / "Note on the sharing session.pdf"
    paper.write_bytes(b"%PDF-1.7 note")
    status = secretariat.statusBar().currentMessage
    assert documents_menu.send(secretariat, SHARING, paper) is not None
    qtbot.waitUntil(lambda: status() == "Added Note on the sharing session.pdf to the item.", timeout=10_000)
    fake = tmp_path / "photo.pdf"
    fake.write_bytes(b"\x89PNG")
    documents_menu.send(secretariat, SHARING, fake)
    qtbot.waitUntil(lambda: status().startswith("Not done:"), timeout=10_000)
    board = board_of(open_window("demo-booth-fr"))
    board.ahead.choose(SHARING)
    qtbot.waitUntil(lambda: board.documents.list.count() == 1, timeout=10_000)
    assert board.documents.list.item(0).text() == "Note on the sharing session.pdf · PDF"


def test_a_booth_whose_shifts_are_past_says_so(qtbot, open_window):
    board = board_of(open_window("demo-booth-ru"))  # the bundled meeting's shifts are in October 2025
    board.clock = lambda: datetime(2025, 11, 1, 9, 0, tzinfo=UTC)
    board.refresh()
    assert board.shifts.text() == "Your booth's shifts are over."
    board.clock = lambda: datetime(2025, 10, 28, 9, 10, tzinfo=UTC)  # 10:10 in Geneva, day one
    board.refresh()
    assert board.shifts.text() == "In the booth: Irina Sokolova until 11:30 (80 min left) · Next: Pavel Orlov from 11:30"
