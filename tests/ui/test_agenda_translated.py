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
