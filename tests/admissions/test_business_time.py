"""Business time against an independent count: a brute-force counter that steps minute by
minute in UTC and asks, for each minute, whether the wall clock in the team's zone shows an
open hour on a working day. It shares no code with admissions/business_time.py (no spans, no
conversion of opening times), so agreement means both read the calendar the same way."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from admissions.business_time import BusinessHours

NEW_YORK = ZoneInfo("America/New_York")
MINUTE = timedelta(minutes=1)
NINE_TO_FIVE = {day: (time(9), time(17)) for day in range(5)}
INDEPENDENCE_DAY_OBSERVED = date(2026, 7, 3)  # a Friday
OFFICE = BusinessHours(NEW_YORK, NINE_TO_FIVE, frozenset({INDEPENDENCE_DAY_OBSERVED}))
# Also open in the small hours of Sunday, when the clocks change (2026-03-08, 2026-11-01).
NIGHT_DESK = BusinessHours(NEW_YORK, {**NINE_TO_FIVE, 6: (time(1), time(5))})


def open_at(hours: BusinessHours, moment: datetime) -> bool:
    local = moment.astimezone(hours.zone)
    if local.date() in hours.holidays or local.weekday() not in hours.week:
        return False
    opens, closes = hours.week[local.weekday()]
    return opens <= local.time() and (closes == time(0) or local.time() < closes)


def counted(hours: BusinessHours, start: datetime, end: datetime) -> timedelta:
    """Business time from start to end (whole minutes), a minute at a time."""
    minute, total = start.astimezone(UTC), timedelta(0)
    while minute < end:
        total += MINUTE if open_at(hours, minute) else timedelta(0)
        minute += MINUTE
    return total


def counted_deadline(hours: BusinessHours, start: datetime, minutes: int) -> datetime:
    """The end of the `minutes`-th open minute after start."""
    minute, left = start.astimezone(UTC), minutes
    while True:
        if open_at(hours, minute):
            left -= 1
            if left == 0:
                return minute + MINUTE
        minute += MINUTE


def local(*args) -> datetime:
    return datetime(*args, tzinfo=NEW_YORK)


def check_deadline(hours, received, minutes, expected):
    deadline = hours.add(received, timedelta(minutes=minutes))
    assert deadline == expected
    assert deadline == counted_deadline(hours, received, minutes)
    assert hours.elapsed(received, deadline) == timedelta(minutes=minutes)


def test_a_friday_afternoon_inquiry_is_due_on_monday_morning():
    friday = local(2026, 2, 6, 16, 30)
    check_deadline(OFFICE, friday, 60, local(2026, 2, 9, 9, 30))
    monday_noon = local(2026, 2, 9, 12)
    assert OFFICE.elapsed(friday, monday_noon) == timedelta(hours=3, minutes=30)
    assert OFFICE.elapsed(friday, monday_noon) == counted(OFFICE, friday, monday_noon)


def test_a_holiday_counts_as_closed():
    thursday = local(2026, 7, 2, 16, 45)
    # 15 minutes on Thursday; Friday is the holiday, then the weekend.
    check_deadline(OFFICE, thursday, 60, local(2026, 7, 6, 9, 45))
    tuesday = local(2026, 7, 7, 9)
    assert OFFICE.elapsed(thursday, tuesday) == timedelta(hours=8, minutes=15)
    assert OFFICE.elapsed(thursday, tuesday) == counted(OFFICE, thursday, tuesday)


def test_an_inquiry_that_arrives_at_night_waits_for_the_morning():
    check_deadline(OFFICE, local(2026, 2, 10, 23, 30), 60, local(2026, 2, 11, 10))
    check_deadline(OFFICE, local(2026, 2, 11, 3, 0), 60, local(2026, 2, 11, 10))
    night = local(2026, 2, 10, 23, 30)
    assert OFFICE.elapsed(night, local(2026, 2, 11, 8, 59)) == timedelta(0)


def test_the_weekend_the_clocks_go_forward():
    friday = local(2026, 3, 6, 16, 30)  # EST; Monday is EDT
    check_deadline(OFFICE, friday, 60, local(2026, 3, 9, 9, 30))
    assert local(2026, 3, 9, 9, 30).astimezone(UTC).hour == 13
    # The Sunday 01:00-05:00 desk loses the hour the clocks skip.
    saturday, monday = local(2026, 3, 7, 12), local(2026, 3, 9, 0)
    assert NIGHT_DESK.elapsed(saturday, monday) == timedelta(hours=3)
    assert NIGHT_DESK.elapsed(saturday, monday) == counted(NIGHT_DESK, saturday, monday)
    # 01:00 EST plus an hour is 03:00 EDT.
    check_deadline(NIGHT_DESK, saturday, 60, datetime(2026, 3, 8, 7, tzinfo=UTC))


def test_the_weekend_the_clocks_go_back():
    saturday, monday = local(2026, 10, 31, 12), local(2026, 11, 2, 0)
    assert NIGHT_DESK.elapsed(saturday, monday) == timedelta(hours=5)
    assert NIGHT_DESK.elapsed(saturday, monday) == counted(NIGHT_DESK, saturday, monday)
    # 01:00 EDT plus 90 minutes is the second 01:30, in EST.
    check_deadline(NIGHT_DESK, saturday, 90, datetime(2026, 11, 1, 6, 30, tzinfo=UTC))
    friday = local(2026, 10, 30, 16, 30)
    check_deadline(OFFICE, friday, 60, local(2026, 11, 2, 9, 30))


def test_closing_at_midnight_keeps_a_team_open_around_the_clock():
    always = BusinessHours(NEW_YORK, {day: (time(0), time(0)) for day in range(7)})
    start = local(2026, 3, 7, 22)
    end = local(2026, 3, 8, 22)  # 23 real hours: the night the clocks go forward
    assert always.elapsed(start, end) == timedelta(hours=23) == counted(always, start, end)


# Random schedules compared with the counter, around both clock changes. Opening and closing
# times between 01:00 and 03:00 are left out: on the nights the clocks change they are skipped
# or repeated, and the module reads them as zoneinfo does, where the per-minute counter reads
# the wall clock (both are documented choices; they only differ there).
edges = st.sampled_from(
    [time(h, m) for h in range(24) for m in (0, 30) if not time(1) < time(h, m) < time(3)]
)
# Each zone with a day a few days before each of its 2026 clock changes.
CHANGES = {
    "America/New_York": (date(2026, 3, 4), date(2026, 10, 28)),
    "Europe/London": (date(2026, 3, 25), date(2026, 10, 21)),
    "Australia/Sydney": (date(2026, 4, 1), date(2026, 9, 30)),
}


def day_hours(pair):
    """Any two edges make a day's hours: earlier to later, or to midnight when it says 00:00."""
    opens, closes = pair
    return (opens, closes) if closes == time(0) else tuple(sorted(pair))


@st.composite
def schedules(draw):
    """(hours, first day): random hours in a zone, holidays in the eight days after `first`."""
    zone = draw(st.sampled_from(sorted(CHANGES)))
    first = draw(st.sampled_from(CHANGES[zone]))
    days = draw(st.dictionaries(st.integers(0, 6), st.tuples(edges, edges).map(day_hours)))
    week = {
        day: hours for day, hours in days.items() if hours[0] != hours[1] or hours[1] == time(0)
    }
    holidays = draw(st.sets(st.integers(0, 8).map(lambda n: first + timedelta(days=n))))
    base = datetime.combine(first, time(0), tzinfo=UTC)
    return BusinessHours(
        ZoneInfo(zone), week or {0: (time(9), time(17))}, frozenset(holidays)
    ), base


minutes_in = st.integers(0, 8 * 24 * 60)
CAREFUL = settings(max_examples=60, deadline=None)


@CAREFUL
@given(schedules(), minutes_in, minutes_in)
def test_elapsed_agrees_with_a_minute_by_minute_count(schedule, a, b):
    hours, base = schedule
    start, end = base + a * MINUTE, base + (a + b) * MINUTE
    assert hours.elapsed(start, end) == counted(hours, start, end)


@CAREFUL
@given(schedules(), minutes_in, st.integers(1, 600))
def test_the_deadline_agrees_with_a_minute_by_minute_count(schedule, a, minutes):
    hours, base = schedule
    start = base + a * MINUTE
    assert hours.add(start, minutes * MINUTE) == counted_deadline(hours, start, minutes)


moments = st.datetimes(datetime(2026, 1, 1), datetime(2026, 12, 31), timezones=st.just(UTC))


@settings(deadline=None)
@given(schedules(), st.lists(moments, min_size=3, max_size=3).map(sorted))
def test_business_time_is_monotone_additive_and_never_more_than_real_time(schedule, moments):
    hours = schedule[0]
    a, b, c = moments
    assert hours.elapsed(a, b) <= hours.elapsed(a, c)
    assert hours.elapsed(a, c) == hours.elapsed(a, b) + hours.elapsed(b, c)
    assert hours.elapsed(a, c) <= c - a
    assert hours.elapsed(c, a) == timedelta(0)


@settings(deadline=None)
@given(schedules(), moments, st.integers(1, 5000))
def test_the_deadline_is_the_first_moment_the_target_is_used_up(schedule, start, minutes):
    hours = schedule[0]
    deadline = hours.add(start, minutes * MINUTE)
    assert hours.elapsed(start, deadline) == minutes * MINUTE
    assert hours.elapsed(start, deadline - timedelta(seconds=1)) < minutes * MINUTE
