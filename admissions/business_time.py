"""Business time: how much of an interval a team is open, and when a number of business minutes
runs out. Pure (no Django), so the response clock, the escalation and the report share it.

A team's open time is a list of spans, one per local date at most: that day's opening to its
closing time in the team's zone, skipped on a holiday or a closed weekday. Each span is turned
into UTC before any arithmetic, so a daylight-saving change is counted as the clock on the
wall shows it (a 01:00-05:00 span is 3 hours in March, 5 in November), and the arithmetic never
subtracts two local times. Closing at 00:00 means midnight, the end of that day. An opening or
closing time that a DST change skips or repeats is read as zoneinfo reads it (fold=0)."""

from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MIDNIGHT = time(0)
ZERO = timedelta(0)


@dataclass(frozen=True)
class BusinessHours:
    zone: ZoneInfo
    # Weekday (Monday 0) -> (opens, closes); a weekday left out is closed.
    week: Mapping[int, tuple[time, time]]
    holidays: frozenset[date] = field(default_factory=frozenset)

    def spans(self, since: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Open spans in UTC, in order, from the local date of `since` on (the first may have
        ended before `since`). Endless unless the team is never open."""
        if not self.week:
            return
        day = _aware(since).astimezone(self.zone).date()
        while True:
            hours = self.week.get(day.weekday())
            if hours and day not in self.holidays:
                opens, closes = hours
                end_day = day + timedelta(days=1) if closes == MIDNIGHT else day
                yield self._instant(day, opens), self._instant(end_day, closes)
            day += timedelta(days=1)

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        """Business time between two instants (zero when `end` is not after `start`)."""
        start, end = _aware(start), _aware(end)
        total = ZERO
        for opens, closes in self.spans(start):
            if opens >= end:
                break
            total += max(ZERO, min(closes, end) - max(opens, start))
        return total

    def add(self, start: datetime, business: timedelta) -> datetime:
        """The instant `business` time after `start` has passed: the earliest `t` with
        elapsed(start, t) == business. A deadline that uses up a day's hours exactly is that
        day's closing time, not the next opening."""
        start = _aware(start)
        if business <= ZERO:
            return start
        left = business
        for opens, closes in self.spans(start):
            opens = max(opens, start)
            if closes <= opens:
                continue
            if opens + left <= closes:
                return opens + left
            left -= closes - opens
        raise ValueError("These business hours are never open.")

    def table(self, start: datetime, end: datetime) -> "BusinessTimeTable":
        """The open spans from `start` to `end` counted once, for measuring many intervals."""
        return BusinessTimeTable(self, _aware(start), _aware(end))

    def _instant(self, day: date, at: time) -> datetime:
        return datetime.combine(day, at, tzinfo=self.zone).astimezone(UTC)


class BusinessTimeTable:
    """The open time before each span of a range, summed once, so that the business time
    between two instants inside the range takes two binary searches instead of a walk over the
    days between them (the report measures tens of thousands of waits). Outside the range it
    asks BusinessHours.elapsed, so the answer is always the same."""

    def __init__(self, hours: BusinessHours, start: datetime, end: datetime):
        self.hours, self.start, self.end = hours, start, end
        self.opens, self.closes, self.before = [], [], []
        total = ZERO
        for opens, closes in hours.spans(start):
            if opens >= end:
                break
            if closes <= opens:  # a day a clock change left without hours
                continue
            self.opens.append(opens)
            self.closes.append(closes)
            self.before.append(total)
            total += closes - opens

    def _counted(self, moment: datetime) -> timedelta:
        """Open time from the first span's opening to `moment`."""
        n = bisect_right(self.opens, moment) - 1
        if n < 0:
            return ZERO
        return self.before[n] + min(moment, self.closes[n]) - self.opens[n]

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        start, end = _aware(start), _aware(end)
        if not (self.start <= start <= self.end and self.start <= end <= self.end):
            return self.hours.elapsed(start, end)
        return max(ZERO, self._counted(end) - self._counted(start))


def _aware(moment: datetime) -> datetime:
    # A naive datetime would silently be read in the server's zone.
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Business time needs aware datetimes.")
    return moment.astimezone(UTC)
