"""A translation Qt Linguist marks unfinished is not a translation, even when it has text."""

import pytest

from companion.ui import translation_files
from companion.ui import translation_tools as translations

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>labels</name>
    <message><source>Done</source><translation>Fait</translation></message>
    <message><source>Draft</source><translation type="unfinished">Brouillon</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>Gone</source><translation type="vanished">Parti</translation></message>
  </context>
</TS>
"""


@pytest.fixture
def french_ts(tmp_path, monkeypatch):
    monkeypatch.setattr(translation_files, "SOURCES", tmp_path)
    (tmp_path / "companion_fr.ts").write_text(TS, "utf-8")


def test_unfinished_empty_and_vanished_entries_are_not_translated(french_ts):
    entries = translations.read_ts("fr")
    assert entries["Done"] == ("Fait", True)
    assert entries["Draft"] == ("Brouillon", False)
    assert entries["Empty"][1] is False and entries["Gone"][1] is False
    assert translations.problems("fr", ["Done", "Draft", "Empty", "Gone"]) == ["Draft", "Empty", "Gone"]


def test_update_keeps_an_unfinished_entry_unfinished(french_ts, monkeypatch):
    monkeypatch.setattr(translations, "extract_messages", lambda: ["Done", "Draft"])
    translations.update()
    assert translations.read_ts("fr")["Draft"] == ("Brouillon", False)
    assert 'type="unfinished">Brouillon<' in (translation_files.SOURCES / "companion_fr.ts").read_text("utf-8")
