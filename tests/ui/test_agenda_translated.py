"""Titles loaded in another language reach each reader live, in their interface language."""

from companion.ui import translations

QUIZ = "d1-quiz"  # the bundled meeting has no Arabic title for it


def test_a_title_translated_by_the_secretariat_reaches_the_arabic_reader(qtbot, open_window, api):
    kenya = open_window("demo-kenya")
    try:
        kenya.choose_language("ar")
        model = kenya.workspace.agenda.model
        assert model.index(model.row_of(QUIZ), 3).data().endswith("⟨EN⟩\u2069")
        api("demo-secretariat").ok(
            type="agenda.translate",
            translations=[{"item_id": QUIZ, "language": "ar", "title": "ماذا نعرف عن الوسائط الاصطناعية؟"}],
        )
        qtbot.waitUntil(
            lambda: model.index(model.row_of(QUIZ), 3).data() == "ماذا نعرف عن الوسائط الاصطناعية؟", timeout=10_000
        )
        kenya.choose_language("en")
        model = kenya.workspace.agenda.model
        assert model.index(model.row_of(QUIZ), 3).data().startswith("What do we know about synthetic media?")
    finally:
        translations.apply_language("en")


def test_the_secretariat_imports_titles_in_the_app(qtbot, open_window, tmp_path):
    from companion.ui import translations_menu

    secretariat = open_window("demo-secretariat")
    secretariat.translations_action.parent().aboutToShow.emit()
    assert secretariat.translations_action.isVisible()
    status = secretariat.statusBar().currentMessage
    good = tmp_path / "titles.csv"
    good.write_text("id,title_ar,title_zh\nd1-quiz,ماذا نعرف؟,我们知道什么？\nnot-here,x,y\n", encoding="utf-8")
    translations_menu.load(secretariat, good, None)
    qtbot.waitUntil(lambda: status() == "Agenda items with titles sent: 1. Not on the agenda, left out: 1.", timeout=10_000)
    quiz = lambda: {t.language: t.title for t in secretariat.sync.state.items[QUIZ].translations}  # noqa: E731
    qtbot.waitUntil(lambda: quiz().get("zh") == "我们知道什么？", timeout=10_000)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,language,title\nd1-quiz,de,Quiz\n", encoding="utf-8")
    translations_menu.load(secretariat, bad, None)
    qtbot.waitUntil(lambda: status().startswith("Could not read the file: line 2: not a language"), timeout=10_000)
    kenya = open_window("demo-kenya")
    kenya.translations_action.parent().aboutToShow.emit()
    assert not kenya.translations_action.isVisible()
