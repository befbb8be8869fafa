"""Meeting ▸ Participants…: the secretariat previews a list, applies it, exports the codes once."""

import stat

import pytest
from live_server import Api

from companion.ui import translation_tools as tools
from companion.ui import translations
from companion.ui.participants_dialog import COL_EMAIL, COL_NAME, ParticipantsDialog

GOOD = (
    "name,role,delegation,delegation_kind,attendance,language,gender,email\n"
    "Amina Diallo,delegate,Senegal,member_state,remote,fr,female,amina@example.org\n"
    "Ana Souza,delegate,Brazil,member_state,onsite,es,female,ana@example.org\n"
)


def names(dialog):
    model = dialog.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def back_to_english():
    yield
    translations.apply_language("en")


def test_only_the_secretariat_sees_the_entry(qtbot, open_window):
    secretariat = open_window("demo-secretariat")
    kenya = open_window("demo-kenya")
    for window, visible in ((secretariat, True), (kenya, False)):
        window.menuBar().actions()[0].menu().aboutToShow.emit()
        assert window.participants_action.isVisible() is visible


def test_preview_then_apply_then_export_the_codes_0600(qtbot, open_window, tmp_path, server):
    window = open_window("demo-secretariat")
    dialog = ParticipantsDialog(window)
    qtbot.addWidget(dialog)
    assert "Ana Souza" in names(dialog) and "Amina Diallo" not in names(dialog)
    people = tmp_path / "people.csv"
    people.write_text(GOOD, encoding="utf-8")
    dialog.preview(people)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10_000)
    assert "This list would add 1, update 1; 0 unchanged." in dialog.report.toPlainText()
    assert "Amina Diallo" not in names(dialog)  # a preview changes nothing
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)
    assert "shown only once" in dialog.report.toPlainText()
    qtbot.waitUntil(lambda: "Amina Diallo" in names(dialog), timeout=10_000)  # the stream brought her
    emails = {dialog.model.index(r, COL_NAME).data(): dialog.model.index(r, COL_EMAIL).data()
              for r in range(dialog.model.rowCount())}
    assert emails["Amina Diallo"] == "amina@example.org"
    codes = tmp_path / "codes.csv"
    assert dialog.export_codes(codes)
    assert stat.S_IMODE(codes.stat().st_mode) == 0o600
    lines = codes.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name,delegation,email,code" and lines[1].startswith("Amina Diallo,Senegal,amina@example.org,")
    assert Api(server.url).sign_in(lines[1].split(",")[3]).participant["name"] == "Amina Diallo"
    assert not dialog.export_button.isEnabled() and dialog.codes == []


def test_a_bad_list_is_explained_line_by_line_in_the_interface_language(qtbot, open_window, tmp_path, back_to_english):
    window = open_window("demo-secretariat")
    window.choose_language("fr")
    dialog = ParticipantsDialog(window)
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD + "X,president,France,,,,,\n,delegate,Peru,,,,,\n", encoding="utf-8")
    dialog.preview(bad)
    qtbot.waitUntil(lambda: "4" in dialog.report.toPlainText(), timeout=10_000)
    text = dialog.report.toPlainText()
    french = tools.read_ts("fr")
    assert french["Nothing was imported; correct these lines and try again:"][0] in text
    role = french["“{value}” is not a role (delegate, chair, interpreter, secretariat)"][0].format(value="president")
    assert french["Line {line}: {reason}"][0].format(line=4, reason=role) in text
    assert french["Line {line}: {reason}"][0].format(line=5, reason=french["the name is missing"][0]) in text
    assert not dialog.apply_button.isEnabled()


def test_a_new_code_for_the_selected_participant(qtbot, open_window, tmp_path, server):
    window = open_window("demo-secretariat")
    dialog = ParticipantsDialog(window)
    qtbot.addWidget(dialog)
    row = names(dialog).index("Ana Souza")
    dialog.table.selectRow(dialog.table.model().mapFromSource(dialog.model.index(row, 0)).row())
    dialog.reissue_button.click()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10_000)
    code = dialog.codes[0]["code"]
    assert code in dialog.report.toPlainText()
    assert Api(server.url).sign_in(code).participant["id"] == "del-br"
    assert dialog.export_codes(tmp_path / "one.csv")


def test_closing_with_codes_not_exported_asks_first(qtbot, open_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = open_window("demo-secretariat")
    dialog = ParticipantsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.codes = [{"name": "Ana", "delegation": "Brazil", "email": "", "code": "K7QM-2XHP-9TRD"}]
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    answers.append(QMessageBox.No)
    dialog.reject()
    assert dialog.isVisible()  # kept: the codes would be lost
    answers.append(QMessageBox.Yes)
    dialog.reject()
    assert not dialog.isVisible()


def test_excels_plain_csv_is_previewed_with_its_notes_and_a_busy_bar_while_the_server_works(
    qtbot, open_window, tmp_path, back_to_english
):
    window = open_window("demo-secretariat")
    window.choose_language("ru")
    dialog = ParticipantsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    people = tmp_path / "people.csv"  # "CSV (semicolon delimited)": Windows-1252, ";", an extra column
    people.write_bytes("Full name;Role;Delegation;E-mail;Badge\r\nJosé Müller;delegate;Spain;jose@example.org;17\r\n"
                       .encode("cp1252"))
    dialog.preview(people)
    assert dialog.progress.isVisible()  # the server says nothing until it is done
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10_000)
    assert not dialog.progress.isVisible()
    text = dialog.report.toPlainText()
    russian = tools.read_ts("ru")
    line = russian["Line {line}: {reason}"][0]
    ignored = russian["columns this app does not use were ignored: {value}"][0].format(value="Badge")
    assert line.format(line=1, reason=ignored) in text
    guessed = russian[
        "the file is not UTF-8, so it was read as Windows-1252 (Excel's “CSV”); check the accented names "
        "(the first is “{value}”) and, if one looks wrong, save the list as “CSV UTF-8”"
    ][0].format(value="José")
    assert line.format(line=2, reason=guessed) in text


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_an_interpreters_own_languages_are_previewed_and_a_misplaced_one_explained(
    qtbot, open_window, tmp_path, back_to_english, language
):
    window = open_window("demo-secretariat")
    window.choose_language(language)
    dialog = ParticipantsDialog(window)
    qtbot.addWidget(dialog)
    words = tools.read_ts(language) if language != "en" else None

    def say(source):
        return words[source][0] if words else source

    people = tmp_path / "people.csv"
    people.write_text("name,role,language,works_from,retour\nZhou Min,interpreter,zh,en|ru,en\n", encoding="utf-8")
    dialog.preview(people)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=10_000)
    assert say("Interpreters' own languages set in the booths: {names}").split("{")[0] in dialog.report.toPlainText()
    people.write_text("name,role,language,works_from\nAna Lima,delegate,es,en\n", encoding="utf-8")
    dialog.preview(people)
    reason = say("“{value}” is in the “{column}” column, which only an interpreter has: empty the cell, or make "
                 "this person an interpreter").format(value="en", column="works_from")
    line = say("Line {line}: {reason}").format(line=2, reason=reason)
    qtbot.waitUntil(lambda: line in dialog.report.toPlainText(), timeout=10_000)
    assert not dialog.apply_button.isEnabled()
