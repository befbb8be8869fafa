"""Your time on the item's own date (the meeting falls just after a DST change), midnight crossings,
and agenda text in the reader's language with a marked fallback."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from meeting_factory import Meeting

from companion.domain.content_language import localized
from companion.domain.meeting_time import day_shift, in_meeting_zone, in_user_zone, offset_label, same_clock

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


def test_offsets_are_labelled_whole_and_signed():
    from datetime import UTC, datetime, timedelta, timezone

    from companion.domain.meeting_time import offset_label, offset_minutes

    at = datetime(2025, 10, 28, 9, tzinfo=UTC)
    assert (offset_minutes(at), offset_label(at)) == (0, "UTC+00:00")
    for hours, minutes, label in ((5, 30, "UTC+05:30"), (-3, -30, "UTC-03:30"), (0, -30, "UTC-00:30")):
        local = at.astimezone(timezone(timedelta(hours=hours, minutes=minutes)))
        assert (offset_minutes(local), offset_label(local)) == (hours * 60 + minutes, label)
    assert offset_minutes(datetime(2025, 10, 28, 9)) == 0  # a time without a zone: no offset known


def test_a_moment_shown_in_the_users_zone_or_the_machines():
    from datetime import UTC, datetime, timedelta, timezone

    from companion.domain.meeting_time import in_user_zone

    at = datetime(2025, 10, 28, 9, tzinfo=UTC)
    tokyo = timezone(timedelta(hours=9))
    assert in_user_zone(at, tokyo).hour == 18
    assert in_user_zone(at).utcoffset() == at.astimezone().utcoffset()  # none chosen: the machine's


def test_the_same_clock_is_judged_at_each_instant_not_today():
    """Lagos keeps UTC+01:00 all year; Geneva has it only in winter. The meeting's late-October days
    read the same on both clocks, a spring session does not: "your time" shows only then."""
    october = [datetime(2025, 10, 28, 9, tzinfo=UTC), datetime(2025, 10, 29, 16, tzinfo=UTC)]
    spring = [datetime(2026, 3, 27, 9, tzinfo=UTC), datetime(2026, 3, 30, 9, tzinfo=UTC)]  # summer time on the 29th
    lagos, zurich = ZoneInfo("Africa/Lagos"), ZoneInfo("Europe/Zurich")
    assert same_clock(october, "Europe/Zurich", lagos) and same_clock(october + spring, "Europe/Zurich", zurich)
    assert not same_clock(spring, "Europe/Zurich", lagos)
    assert not same_clock(october[:1], "Europe/Zurich", ZoneInfo("Europe/London"))
    assert same_clock([], "Europe/Zurich", lagos)  # nothing to show: nothing differs


def test_the_meeting_city_is_the_venues_last_part_else_the_zones_city():
    from companion.domain.meeting_time import meeting_city

    assert meeting_city("WIPO Headquarters, Geneva", "Europe/Zurich") == "Geneva"
    assert meeting_city("Palais des Nations, Avenue de la Paix, Geneva ", "Europe/Zurich") == "Geneva"
    assert meeting_city("Geneva", "Europe/Zurich") == "Geneva"
    assert meeting_city("", "America/New_York") == "New York"
    assert meeting_city("Hall A,", "America/Argentina/Buenos_Aires") == "Buenos Aires"
    assert meeting_city("", "UTC") == "UTC"
