"""Words for the vocabulary, translatable, and time formatting for people."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from companion.domain.content_language import localized
from companion.domain.meeting_time import day_shift, in_meeting_zone, in_user_zone, offset_minutes, same_clock
from companion.domain.speaker_queue import NewRequestRefusal
from companion.domain.standing import NOT_STATED

from .translations import RTL, current_language


def tr(text: str) -> str:
    """The text in the interface language (context "labels"; see translations.py)."""
    return QCoreApplication.translate("labels", text)


def tr_noop(text: str) -> str:
    """Marks a literal for translation where it is defined; ``tr`` it where it is shown."""
    return text


def _word(words: dict[str, str], code: str) -> str:
    """The word for *code* in the interface language (*code* itself if it has none)."""
    text = words.get(str(code))
    return tr(text) if text is not None else str(code)


#: Translated one at a time, when shown: a list of 200 requests asks for these for every row.
_ROLE_NAMES = {
    "delegate": tr_noop("Delegate"),
    "chair": tr_noop("Chair"),
    "interpreter": tr_noop("Interpreter"),
    "secretariat": tr_noop("Secretariat"),
}


def role_name(role: str) -> str:
    return _word(_ROLE_NAMES, role)


LANGUAGE_NAMES = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}


def channel_name(code: str) -> str:
    return tr("Floor (original)") if code == "floor" else LANGUAGE_NAMES.get(code, code)


_KIND_NAMES = {
    "statement": tr_noop("Statement"),
    "question": tr_noop("Question"),
    "presentation": tr_noop("Presentation"),
    "point_of_order": tr_noop("Point of order"),
    "right_of_reply": tr_noop("Right of reply"),
    "opening": tr_noop("Opening"),
    "keynote": tr_noop("Keynote"),
    "panel": tr_noop("Panel"),
    "sharing_session": tr_noop("Sharing session"),
    "open_floor": tr_noop("Open floor"),
    "break": tr_noop("Break"),
    "closing": tr_noop("Closing"),
}


def kind_name(kind: str) -> str:
    return _word(_KIND_NAMES, kind)


_STATUS_NAMES = {
    "scheduled": tr_noop("Scheduled"),
    "live": tr_noop("Live now"),
    "done": tr_noop("Done"),
    "postponed": tr_noop("Postponed"),
    "waiting": tr_noop("Waiting"),
    "speaking": tr_noop("Speaking"),
    "withdrawn": tr_noop("Withdrawn"),
    "declined": tr_noop("Declined"),
    "onsite": tr_noop("In the room"),
    "remote": tr_noop("Remote"),
    "member_state": tr_noop("Member state"),
    "observer": tr_noop("Observer"),
    "igo": tr_noop("IGO"),
    "ngo": tr_noop("NGO"),
    "other": tr_noop("Other"),
}


def status_name(status: str) -> str:
    return _word(_STATUS_NAMES, status)


def isolate_ltr(text: str) -> str:
    """Bidi-isolate left-to-right text (times, ranges) so it reads correctly inside Arabic."""
    return f"\u2066{text}\u2069"


def isolate(text: str) -> str:
    """A name (delegation, group, person) bidi-isolated in a right-to-left interface (FSI…PDI).

    A Latin name inside an Arabic sentence otherwise drags the punctuation around it to the
    wrong side; in left-to-right interfaces the text is returned as it is.
    """
    return f"\u2068{text}\u2069" if text and current_language() in RTL else text


def sep() -> str:
    """The separator between parts of a line: " · ", but "، " in Arabic (where a middle dot
    reads as the Arabic-Indic zero)."""
    return tr(" · ")


def listing(parts) -> str:
    """Parts of an enumeration joined as the interface language joins them ("، " in Arabic)."""
    return tr(", ").join(parts)


def _sign(value: int) -> str:
    """The locale's sign without its bidi mark (Arabic's is a strong right-to-left letter mark that
    moves the sign behind the digits inside an isolated left-to-right offset)."""
    sign = QLocale().negativeSign() if value < 0 else QLocale().positiveSign()
    return sign.strip("\u061c\u200e\u200f") or ("-" if value < 0 else "+")


def signed(value: int) -> str:
    """``+1``/``-1`` in the locale's digits and signs."""
    return _sign(value) + number(abs(value))


def offset_text(local: datetime) -> str:
    """``UTC+01:00`` for an aware local time, in the locale's digits (isolated left to right in a
    right-to-left interface, where the sign would otherwise jump to the other side)."""
    minutes = offset_minutes(local)
    sign = _sign(minutes)
    hours_minutes = QLocale().toString(QTime(abs(minutes) // 60, abs(minutes) % 60), "HH:mm")
    text = f"UTC{sign}{hours_minutes}"
    return isolate_ltr(text) if current_language() in RTL else text


def zone_abbreviation(local: datetime) -> str:
    """The zone's letters ("CET"), isolated; empty where the zone has only numbers ("+04")."""
    name = local.tzname() or ""
    return isolate(name) if name.isalpha() else ""


def isolate_always(text: str) -> str:
    """*text* bidi-isolated in every interface (an Arabic language name in an English list)."""
    return f"\u2068{text}\u2069"


def person_name(participant, fallback: str = "") -> str:
    """A participant's "Country – Name", isolated for right-to-left sentences."""
    return isolate(participant.display_name if participant else fallback)


def number(value: int) -> str:
    """An integer in the digits of the interface locale (Arabic-Indic in Arabic)."""
    return QLocale().toString(int(value))


def short_date(day: date) -> str:
    """A date as the interface locale writes it briefly (``28 Oct``, ``28 окт.``, ``٢٨ أكتوبر``)."""
    # The pattern is the translators' (Chinese writes "10月28日"), the month names the locale's.
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("d MMM"))


def booth_name(code: str) -> str:
    """A booth by its language: "French booth", in the interface language."""
    names = {
        "ar": tr("Arabic booth"),
        "zh": tr("Chinese booth"),
        "en": tr("English booth"),
        "fr": tr("French booth"),
        "ru": tr("Russian booth"),
        "es": tr("Spanish booth"),
    }
    return names.get(code, code)


def gender_name(value: str) -> str:
    """A gender as recorded in the participant list, in the interface language."""
    names = {
        "female": tr("female"),
        "male": tr("male"),
        "other": tr("other gender"),
        "unknown": tr("not given"),
        NOT_STATED: tr("not stated"),  # the domain's word for no gender registered (gender_label)
    }
    return names.get(str(value), str(value))


def clock_text(local: datetime) -> str:
    """A wall-clock time as the interface locale writes it, on the 24-hour clock meetings use."""
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def meeting_clock(moment: datetime, zone: str) -> str:
    return clock_text(in_meeting_zone(moment, zone))


_user_zone: dict[str, ZoneInfo | None] = {"zone": None}


def set_user_zone(name: str | None) -> str | None:
    """The zone "your time" is shown in: an IANA name, or None for the system's; returns what is used."""
    try:
        _user_zone["zone"] = ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        _user_zone["zone"] = None
    return name if _user_zone["zone"] else None


def user_clock(moment: datetime, zone: str) -> str:
    """The user's own time, with "+1 day" when their date is not the venue's."""
    venue, mine = in_meeting_zone(moment, zone), in_user_zone(moment, _user_zone["zone"])
    shift = day_shift(venue, mine)
    suffix = " " + tr("({n} d)").format(n=signed(shift)) if shift else ""
    return clock_text(mine) + suffix


def user_clock_differs(moments: Iterable[datetime], zone: str) -> bool:
    """Whether the user's clock reads otherwise than the venue's (*zone*) at any of *moments*."""
    return not same_clock(moments, zone, _user_zone["zone"])


def user_zone_clock(moment: datetime) -> str:
    """An instant on the clock of the user's chosen zone (the system's when none was chosen)."""
    return clock_text(in_user_zone(moment, _user_zone["zone"]))


def both_clocks(moment: datetime, zone: str) -> str:
    """``10:00 CET (UTC+01:00) · 04:00 your time``; without "your time" where it reads the same."""
    venue = in_meeting_zone(moment, zone)
    fields = {"venue": clock_text(venue), "abbr": zone_abbreviation(venue), "offset": offset_text(venue)}
    if user_clock_differs([moment], zone):
        mine = user_clock(moment, zone)
        text = tr("{venue} {abbr} ({offset}) · {mine} your time").format(mine=mine, **fields)
    else:
        text = tr("{venue} {abbr} ({offset})").format(**fields)
    return text.replace("  (", " (")  # a zone with no letters leaves no gap


def duration(seconds: float) -> str:
    """``2:57`` (``-0:12`` once overrun, ``1:30:00`` from an hour: as the public pages write it),
    in the digits of the interface locale."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(int(round(seconds)))
    hours, minutes = divmod(seconds // 60, 60)
    if hours:
        return f"{sign}{number(hours)}:{_two(minutes)}:{_two(seconds % 60)}"
    return f"{sign}{number(minutes)}:{_two(seconds % 60)}"


def _two(value: int) -> str:
    return f"{number(value // 10)}{number(value % 10)}"


def item_title(item) -> str:
    """An agenda item's title in the interface language, or the original where it has none
    (isolated in right-to-left sentences, where an original in Latin script may stand)."""
    return isolate(localized(item, current_language()).title)


def list_deadline_note(item, zone: str) -> str:
    """`` · list closes at 10:00`` for an open list with a deadline; empty otherwise."""
    if item.list_deadline is None or item.list_state != "open":
        return ""
    return sep() + tr("list closes at {t}").format(t=meeting_clock(item.list_deadline, zone))


def refusal_words(refusal) -> str | None:
    """Why a list refuses a new request (a ``NewRequestRefusal``), in the interface language."""
    if refusal is None:
        return None
    names = {
        NewRequestRefusal.ITEM_DONE: tr("the item is done"),
        NewRequestRefusal.ITEM_POSTPONED: tr("the item is postponed"),
        NewRequestRefusal.LIST_CLOSED: tr("the list of speakers is closed (points of order only)"),
        NewRequestRefusal.LIST_NOT_OPEN: tr("the list of speakers for this item is not open"),
    }
    return names[refusal]
