"""The agenda in the meeting's six languages: ``agenda.translate`` sets items' titles and
descriptions in other languages than the original, matched by item id.

``agenda.translate`` {translations: [{item_id, language, title, description?}]} -> one
``agenda.translated`` {item_id, texts: [{language, title, description}]} per item changed. A text
for a language replaces that language's; the original (``title``, ``description``) is untouched.
Readers see the item in their interface language (``content_language.localized``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from .codec import from_plain, to_plain
from .command_fields import Fields
from .commands import Context, Draft, register_command
from .content_language import ORIGINAL_LANGUAGE
from .entities import ItemText
from .errors import Invalid
from .events import Event
from .limits import MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS, check_item
from .reducer import register_handler, with_item
from .state import MeetingState

#: Six languages for a long agenda fit: 500 items × 5 translations.
MAX_TRANSLATIONS = 3000


def _text(raw: Any, n: int, state: MeetingState) -> tuple[str, ItemText]:
    if not isinstance(raw, Mapping):
        raise Invalid("invalid_field", f"Translation {n} must be an object: item_id, language, title.")
    item_id, language = raw.get("item_id"), raw.get("language")
    if item_id not in state.items:
        raise Invalid("unknown_item", f"Translation {n}: there is no agenda item {item_id!r}.")
    if language not in state.meeting.languages or language == ORIGINAL_LANGUAGE:
        raise Invalid("unknown_language", f"Translation {n}: {language!r} is no language to translate into.")
    title, description = raw.get("title"), raw.get("description") or ""
    if not isinstance(title, str) or not title.strip() or not isinstance(description, str):
        raise Invalid("missing_field", f"Translation {n} needs a title (and, if any, a text description).")
    if len(title.strip()) > MAX_TITLE_CHARS or len(description.strip()) > MAX_DESCRIPTION_CHARS:
        raise Invalid("too_long", f"Translation {n}: the title or description is too long.")
    return item_id, ItemText(language, title.strip(), description.strip())


def merged(texts: tuple[ItemText, ...], new: list[ItemText], languages: tuple[str, ...]):
    """*texts* with *new* put in (one per language, the later winning), in the meeting's order."""
    by_language = {t.language: t for t in (*texts, *new)}
    return tuple(by_language[code] for code in languages if code in by_language)


@register_command("agenda.translate")
def _translate(state: MeetingState, f: Fields, ctx: Context) -> list[Draft]:
    given: dict[str, list[ItemText]] = {}
    for n, raw in enumerate(f.sequence("translations", MAX_TRANSLATIONS), 1):
        item_id, text = _text(raw, n, state)
        given.setdefault(item_id, []).append(text)
    drafts = []
    for item_id, new in given.items():
        item = state.items[item_id]
        texts = merged(item.translations, new, state.meeting.languages)
        if texts != item.translations:
            check_item(replace(item, translations=texts))
            data = {"item_id": item_id, "texts": [to_plain(t) for t in texts]}
            drafts.append(Draft("agenda.translated", data))
    if not drafts:
        raise Invalid("unchanged", "The agenda already has these texts.")
    return drafts


@register_handler("agenda.translated")
def _translated(state: MeetingState, e: Event) -> MeetingState:
    item = state.items[e.data["item_id"]]
    texts = tuple(from_plain(ItemText, t) for t in e.data["texts"])
    return with_item(state, replace(item, translations=texts, revision=item.revision + 1))
