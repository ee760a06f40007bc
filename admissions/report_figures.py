"""The admissions report's figures, per team and per week received: inquiries, time to first
contact in the team's business time (median and 90th percentile), the share contacted within
the team's target, and the funnel (reached, assessment scheduled, admitted; referred out,
unreachable). Three queries (the teams, their holidays, the inquiries), then arithmetic;
admissions/reports.py shows it.

Weeks run Monday to Sunday in each team's time zone. Time to first contact is measured as the
response clock measures it (admissions/clock.py): business time from `received_at` to
`first_contact_at`, within target when it is no more than the target. An inquiry still waiting
counts against the share once its clock is overdue, and not at all before; an inquiry without
a team has no clock and appears only in the counts."""

import math
import statistics
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.db import connection
from django.utils import timezone

from admissions.choices import Status
from admissions.models import AdmissionsTeam, Inquiry, StatusChange

# The funnel's stages, in order: an inquiry that got to a later one passed the earlier ones.
STAGES = (Status.REACHED, Status.SCHEDULED, Status.ADMITTED)
RANK = {status: n + 1 for n, status in enumerate(STAGES)}
WEEK = timedelta(weeks=1)
NO_TEAM = "No team"
# The clock is overdue once its used time passes the target by any amount (Clock.overdue).
PAST = timedelta(microseconds=1)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def median(waits: list[timedelta]) -> timedelta | None:
    return statistics.median(waits) if waits else None


def percentile_90(waits: list[timedelta]) -> timedelta | None:
    """Nearest rank: the shortest wait that at least 90% of the waits do not exceed."""
    if not waits:
        return None
    return sorted(waits)[math.ceil(0.9 * len(waits)) - 1]


@dataclass
class Figures:
    """Time to first contact for a set of inquiries (a week, or the whole range)."""

    received: int = 0
    waits: list[timedelta] = field(default_factory=list)  # business time, contacted ones
    within: int = 0  # contacted within target
    missed: int = 0  # contacted late, or still waiting and already overdue

    @property
    def contacted(self) -> int:
        return len(self.waits)

    @property
    def median(self) -> timedelta | None:
        return median(self.waits)

    @property
    def p90(self) -> timedelta | None:
        return percentile_90(self.waits)

    @property
    def decided(self) -> int:
        return self.within + self.missed

    @property
    def share(self) -> float | None:
        """Within target out of those whose clock has an outcome; None when none has."""
        return self.within / self.decided if self.decided else None

    def add(self, other: "Figures") -> None:
        self.received += other.received
        self.waits += other.waits
        self.within += other.within
        self.missed += other.missed


@dataclass
class Funnel:
    received: int = 0
    reached: int = 0
    scheduled: int = 0
    admitted: int = 0
    referred: int = 0
    unreachable: int = 0

    def add(self, other: "Funnel") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class TeamReport:
    name: str
    target: timedelta | None  # None for inquiries without a team
    weeks: list[tuple[date, Figures]]
    funnel: Funnel

    @property
    def total(self) -> Figures:
        total = Figures()
        for _, figures in self.weeks:
            total.add(figures)
        return total


@dataclass
class Report:
    first_week: date
    last_week: date
    teams: list[TeamReport]

    @property
    def funnel(self) -> Funnel:
        total = Funnel()
        for team in self.teams:
            total.add(team.funnel)
        return total


def build_report(first_day: date, last_day: date, team=None, now=None) -> Report:
    """The figures for the whole weeks from the one holding `first_day` to the one holding
    `last_day`, for one team or (team None) every team, and a "No team" row when needed."""
    now = now or timezone.now()
    first_week, last_week = monday(first_day), monday(last_day)
    starts = [first_week + n * WEEK for n in range((last_week - first_week).days // 7 + 1)]
    teams = AdmissionsTeam.objects.prefetch_related("holidays")
    teams = {t.pk: t for t in (teams.filter(pk=team.pk) if team else teams)}
    hours = {pk: t.business_hours() for pk, t in teams.items()}
    # Waits are measured in a table of each team's open time from the range to a few weeks
    # after it (a later first contact is measured day by day: there are few).
    since = datetime.combine(first_week - timedelta(days=1), time(0), UTC)
    until = max(since, min(now, since + timedelta(weeks=len(starts) + 8)))
    tables = {pk: business.table(since, until) for pk, business in hours.items()}
    targets = {pk: timedelta(minutes=t.first_contact_target) for pk, t in teams.items()}
    weeks = defaultdict(lambda: [Figures() for _ in starts])
    funnels = defaultdict(Funnel)
    # Each week's first instant in each team's zone, and the end of the last week: a row's
    # week is found by a binary search rather than by converting every row to local time.
    zones = {pk: business.zone for pk, business in hours.items()}
    zones[None] = timezone.get_current_timezone()
    bounds = {
        pk: [
            datetime.combine(day, time(0), zone).astimezone(UTC)
            for day in [*starts, last_week + WEEK]
        ]
        for pk, zone in zones.items()
    }

    for team_id, received_at, contacted_at, status, furthest in _rows(first_week, starts, team):
        n = bisect_right(bounds[team_id], received_at) - 1
        if not 0 <= n < len(starts):  # inside the UTC margin, outside the range in its zone
            continue
        week = weeks[team_id][n]
        week.received += 1
        _count_funnel(funnels[team_id], status, furthest)
        if team_id in hours:
            _time(week, tables[team_id], targets[team_id], received_at, contacted_at, status, now)

    reports = [
        TeamReport(t.name, targets[pk], list(zip(starts, weeks[pk], strict=True)), funnels[pk])
        for pk, t in teams.items()
    ]
    if None in weeks:
        unrouted = list(zip(starts, weeks[None], strict=True))
        reports.append(TeamReport(NO_TEAM, None, unrouted, funnels[None]))
    return Report(first_week, last_week, reports)


# The inquiries of the range with the furthest stage each reached on its timeline, grouped by
# the inquiry alone. Written out because the ORM groups by every selected column, which made
# SQLite sort 50,000 rows: this runs in less than half the time (bench/admissions_report.py).
ROWS_SQL = """
    SELECT i.id, i.team_id, i.received_at, i.first_contact_at, i.status,
        MAX(CASE s.to_status WHEN %s THEN 1 WHEN %s THEN 2 WHEN %s THEN 3 ELSE 0 END)
    FROM {inquiries} i
    LEFT JOIN {steps} s ON s.inquiry_id = i.id
    WHERE i.received_at >= %s AND i.received_at < %s {team}
    GROUP BY i.id
"""


def _rows(first_week, starts, team):
    """(team id, received, first contact, status, furthest stage on the timeline) for the
    inquiries received in the range, with a day's margin either side in UTC so that every
    team's zone is covered; the caller places each by its local date."""
    adapt = connection.ops.adapt_datetimefield_value
    start = datetime.combine(first_week - timedelta(days=1), time(0), UTC)
    end = datetime.combine(starts[-1] + timedelta(days=8), time(0), UTC)
    params = [*(stage.value for stage in STAGES), adapt(start), adapt(end)]
    if team:
        params.append(team.pk)
    with connection.cursor() as cursor:
        sql = ROWS_SQL.format(
            inquiries=Inquiry._meta.db_table,
            steps=StatusChange._meta.db_table,
            team="AND i.team_id = %s" if team else "",
        )
        cursor.execute(sql, params)
        for _, team_id, received_at, contacted_at, status, stage in cursor.fetchall():
            yield team_id, _utc(received_at), _utc(contacted_at), status, stage


def _utc(value):
    """An instant from the bare cursor: aware from PostgreSQL, naive UTC from SQLite."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _time(figures, table, target, received_at, contacted_at, status, now) -> None:
    """Add one inquiry's time to first contact (or, still waiting, its overdue clock)."""
    if contacted_at is not None:
        wait = table.elapsed(received_at, contacted_at)
        figures.waits.append(wait)
        if wait <= target:
            figures.within += 1
        else:
            figures.missed += 1
    # Overdue once the clock has used the target and any business time after it: an
    # inquiry whose time ran out at closing is not late until the next opening.
    elif status == Status.NEW and now >= table.hours.add(received_at, target + PAST):
        figures.missed += 1


def _count_funnel(funnel: Funnel, status: str, timeline_stage: int) -> None:
    """Count the inquiry at the furthest stage it reached, by its timeline or (for rows
    older than the timeline) its current status, and in every stage before that."""
    furthest = max(RANK.get(status, 0), timeline_stage)
    funnel.received += 1
    funnel.reached += furthest >= 1
    funnel.scheduled += furthest >= 2
    funnel.admitted += furthest >= 3
    funnel.referred += status == Status.REFERRED
    funnel.unreachable += status == Status.UNREACHABLE
