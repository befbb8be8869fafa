"""Your time on the item's own date (the meeting falls just after a DST change), midnight crossings,
and agenda text in the reader's language with a marked fallback."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from meeting_factory import Meeting

from companion.domain.content_language import localized
from companion.domain.meeting_time import day_shift, in_meeting_zone, in_user_zone, offset_label

GENEVA = "Europe/Zurich"


def test_new_york_offset_is_that_of_the_meeting_date_not_of_today():
    opening = Meeting().state.items["d1-opening"]  # 10:00 in Geneva on 28 October 2025
    venue = in_meeting_zone(opening.start, GENEVA)
    new_york = in_user_zone(opening.start, ZoneInfo("America/New_York"))
    assert (venue.hour, offset_label(venue)) == (10, "UTC+01:00")  # Geneva left summer time on the 26th
    assert (new_york.hour, offset_label(new_york)) == (5, "UTC-04:00")  # New York only on 2 November
    in_december = in_user_zone(datetime(2025, 12, 2, 9, tzinfo=UTC), ZoneInfo("America/New_York"))
    assert in_december.hour == 4  # the same Geneva 10:00 a month later is 04:00 there


def test_an_evening_item_is_the_next_day_in_tokyo_but_stays_on_the_meetings_day():
    m = Meeting()
    evening = m.state.items["d1-floor-afternoon"]  # 17:30 in Geneva, day one
    tokyo = in_user_zone(evening.start, ZoneInfo("Asia/Tokyo"))
    assert (tokyo.hour, tokyo.minute) == (1, 30)
    assert day_shift(in_meeting_zone(evening.start, GENEVA), tokyo) == 1
    assert evening.day == m.state.meeting.days[0]  # the agenda day is the meeting's, not the reader's
    honolulu = in_user_zone(m.state.items["d1-opening"].start, ZoneInfo("Pacific/Honolulu"))
    assert day_shift(in_meeting_zone(m.state.items["d1-opening"].start, GENEVA), honolulu) == -1


def test_agenda_text_in_the_readers_language_or_the_original_marked():
    items = Meeting().state.items
    assert localized(items["d1-opening"], "ar").title == "افتتاح الدورة من قبل المدير العام"
    assert localized(items["d1-opening"], "ar").fallback is None
    assert localized(items["d1-opening"], "ar").description == items["d1-opening"].description
    quiz = localized(items["d1-quiz"], "zh")
    assert (quiz.title, quiz.fallback) == (items["d1-quiz"].title, "en")
    assert localized(items["d1-quiz"], "en").fallback is None
