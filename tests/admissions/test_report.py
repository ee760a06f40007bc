"""The admissions report against an independent computation on seeded data. The expected
figures are worked out here another way: business time by counting open minutes one at a time
(tests/admissions/test_business_time.py), weeks by ISO calendar week in the team's zone, the
median and 90th percentile by counting, and the funnel from the path each inquiry was given."""

import random
from datetime import UTC, date, datetime, time, timedelta
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from admissions.choices import Status
from admissions.models import StatusChange, TeamHoliday
from admissions.report_figures import NO_TEAM, build_report
from tests.admissions.factories import AdmissionsTeamFactory, InquiryFactory
from tests.admissions.test_business_time import counted

pytestmark = pytest.mark.django_db

REPORT = reverse("admissions_inbox:report")
MINUTE = timedelta(minutes=1)
# Three weeks around the March 2026 clock change (Sunday 8 March in the United States).
FIRST_DAY, LAST_DAY = date(2026, 3, 2), date(2026, 3, 22)
NOW = datetime(2026, 3, 19, 15, 0, tzinfo=UTC)  # some inquiries still wait, some are overdue
# Paths an inquiry is given: each status it moves to, in order (an empty path stays New).
PATHS = [
    [],
    [Status.ATTEMPTING],
    [Status.ATTEMPTING, Status.UNREACHABLE],
    [Status.REACHED],
    [Status.ATTEMPTING, Status.REACHED, Status.REFERRED],
    [Status.REACHED, Status.SCHEDULED],
    [Status.REACHED, Status.SCHEDULED, Status.ADMITTED],
    [Status.REACHED, Status.SCHEDULED, Status.ADMITTED, Status.CLOSED],
    [Status.REACHED, Status.NOT_A_FIT],
]
RANK = {Status.REACHED: 1, Status.SCHEDULED: 2, Status.ADMITTED: 3}


def make_teams():
    east = AdmissionsTeamFactory(name="East", time_zone="America/New_York", first_contact_target=60)
    TeamHoliday.objects.create(team=east, date=date(2026, 3, 17), name="A made-up holiday")
    west = AdmissionsTeamFactory(
        name="West",
        time_zone="America/Los_Angeles",
        weekday_opens=time(8),
        weekday_closes=time(20),
        saturday_opens=time(10),
        saturday_closes=time(14),
        first_contact_target=30,
    )
    return [east, west]


def seed(teams, per_team=45, seed_value=14):
    """Inquiries at whole minutes, a few days either side of the range, each with a path and,
    unless it stays New, a first contact some minutes to days later. Returns the plan."""
    rng = random.Random(seed_value)
    plan = []
    start = datetime(2026, 2, 27, tzinfo=UTC)
    for team in [*teams, None]:
        for _ in range(per_team if team else 5):
            received = start + rng.randrange(0, 27 * 24 * 60) * MINUTE
            path = rng.choice(PATHS)
            if not path and rng.random() < 0.7:
                path = [Status.ATTEMPTING]  # keep the waiting ones few: they are slow to count
            contact = received + rng.choice([5, 45, 61, 300, 1500, 4000]) * MINUTE if path else None
            if contact and contact > NOW:
                contact, path = None, []
            plan.append((team, received, contact, path))
    for team, received, contact, path in plan:
        inquiry = InquiryFactory(
            team=team,
            received_at=received,
            first_contact_at=contact,
            status=path[-1] if path else Status.NEW,
        )
        steps, before = [], Status.NEW
        for n, status in enumerate(path):
            at = contact + n * timedelta(hours=3)
            steps.append(StatusChange(inquiry=inquiry, at=at, from_status=before, to_status=status))
            before = status
        StatusChange.objects.bulk_create(steps)
    return plan


def iso_week(moment, zone):
    return moment.astimezone(zone).isocalendar()[:2]


def ranked(values, k):
    """The value with k values before it in order, found by counting rather than sorting."""
    return next(v for v in values if sum(w < v for w in values) <= k < sum(w <= v for w in values))


def counted_median(values):
    n = len(values)
    if not n:
        return None
    return (
        ranked(values, n // 2)
        if n % 2
        else (ranked(values, n // 2 - 1) + ranked(values, n // 2)) / 2
    )


def counted_p90(values):
    """The smallest value that at least nine in ten of the values do not exceed."""
    return min(
        (v for v in values if sum(w <= v for w in values) * 10 >= 9 * len(values)), default=None
    )


def expected_figures(teams, plan):
    """{(team name, (ISO year, week)): dict of figures}, and the funnel per team name."""
    rows, funnels = {}, {}
    first_week, last_week = FIRST_DAY.isocalendar()[:2], LAST_DAY.isocalendar()[:2]
    for team, received, contact, path in plan:
        hours = team.business_hours() if team else None
        zone = hours.zone if hours else ZoneInfo("America/New_York")  # TIME_ZONE in settings
        week = iso_week(received, zone)
        if not first_week <= week <= last_week:
            continue
        name = team.name if team else NO_TEAM
        row = rows.setdefault((name, week), {"received": 0, "waits": [], "within": 0, "missed": 0})
        row["received"] += 1
        funnel = funnels.setdefault(
            name,
            dict.fromkeys(
                ["received", "reached", "scheduled", "admitted", "referred", "unreachable"], 0
            ),
        )
        furthest = max((RANK.get(status, 0) for status in path), default=0)
        funnel["received"] += 1
        funnel["reached"] += furthest >= 1
        funnel["scheduled"] += furthest >= 2
        funnel["admitted"] += furthest >= 3
        funnel["referred"] += bool(path) and path[-1] == Status.REFERRED
        funnel["unreachable"] += bool(path) and path[-1] == Status.UNREACHABLE
        if team is None:
            continue
        target = timedelta(minutes=team.first_contact_target)
        if contact:
            wait = counted(hours, received, contact)
            row["waits"].append(wait)
            row["within" if wait <= target else "missed"] += 1
        elif counted(hours, received, NOW) > target:
            row["missed"] += 1
    return rows, funnels


def test_the_figures_match_an_independent_count():
    teams = make_teams()
    plan = seed(teams)
    report = build_report(FIRST_DAY, LAST_DAY, now=NOW)
    rows, funnels = expected_figures(teams, plan)

    assert [team.name for team in report.teams] == ["East", "West", NO_TEAM]
    assert len(report.teams[0].weeks) == 3
    seen = 0
    for team in report.teams:
        for start, figures in team.weeks:
            row = rows.get((team.name, start.isocalendar()[:2]))
            if row is None:
                assert figures.received == 0
                continue
            seen += 1
            assert figures.received == row["received"]
            assert sorted(figures.waits) == sorted(row["waits"])
            assert figures.median == counted_median(row["waits"])
            assert figures.p90 == counted_p90(row["waits"])
            assert (figures.within, figures.missed) == (row["within"], row["missed"])
        assert vars(team.funnel) == funnels[team.name]
    assert seen == len(rows) >= 7
    # The seed exercises what the figures distinguish.
    all_rows = [row for (name, _), row in rows.items() if name != NO_TEAM]
    assert all(row["within"] and row["missed"] for row in all_rows)
    assert sum(f["admitted"] for f in funnels.values()) and sum(
        f["referred"] for f in funnels.values()
    )


def test_a_weekend_arrival_contacted_monday_morning_is_within_target():
    east = make_teams()[0]
    new_york = ZoneInfo("America/New_York")
    friday = datetime(2026, 3, 6, 16, 30, tzinfo=new_york)
    monday = datetime(2026, 3, 9, 9, 30, tzinfo=new_york)  # after the clocks went forward
    InquiryFactory(team=east, received_at=friday, first_contact_at=monday)
    InquiryFactory(team=east, received_at=friday, first_contact_at=monday + 31 * MINUTE)
    (week, figures), *_ = build_report(FIRST_DAY, FIRST_DAY, team=east, now=NOW).teams[0].weeks
    # 30 business minutes on Friday, then 30 or 61 on Monday.
    assert sorted(figures.waits) == [timedelta(minutes=60), timedelta(minutes=91)]
    assert (figures.within, figures.missed, figures.share) == (1, 1, 0.5)
    assert figures.median == timedelta(minutes=75.5)
    assert figures.p90 == timedelta(minutes=91)


def test_a_waiting_inquiry_counts_only_once_overdue_and_not_overnight():
    east = make_teams()[0]
    new_york = ZoneInfo("America/New_York")
    InquiryFactory(team=east, received_at=datetime(2026, 3, 4, 16, tzinfo=new_york))
    evening = datetime(2026, 3, 4, 20, tzinfo=new_york)  # target used up exactly at closing
    morning = datetime(2026, 3, 5, 9, 1, tzinfo=new_york)
    _, figures = build_report(FIRST_DAY, FIRST_DAY, now=evening).teams[0].weeks[0]
    assert (figures.received, figures.decided, figures.share) == (1, 0, None)
    _, figures = build_report(FIRST_DAY, FIRST_DAY, now=morning).teams[0].weeks[0]
    assert (figures.missed, figures.share) == (1, 0.0)


def page(client, **params):
    response = client.get(REPORT, params)
    assert response.status_code == 200
    return unescape(response.content.decode())


def test_the_page_shows_charts_and_tables_to_admissions_staff(client, admissions_user, staff_login):
    east, west = make_teams()
    new_york = ZoneInfo("America/New_York")
    monday = datetime(2026, 3, 2, 10, tzinfo=new_york)
    for minutes in (20, 40, 90):
        InquiryFactory(
            team=east,
            received_at=monday,
            first_contact_at=monday + minutes * MINUTE,
            status=Status.REACHED,
        )
    staff_login(admissions_user)
    html = page(client, start="2026-03-02", end="2026-03-08")
    assert html.count('role="img"') == 3  # the funnel and one chart a team
    assert '<title id="funnel-title">' in html and '<desc id="share-desc-1">' in html
    assert "<script" not in html.split('role="img"', 1)[1].rsplit("</svg>", 1)[0]
    # East's week: 3 received and contacted, median 40 min, p90 1 h 30 min, 2 of 3 in target.
    assert '<th scope="row">2026-03-02</th><td>3</td><td>3</td>' in html
    assert "<td>40 min</td><td>1 h 30 min</td>" in html
    assert "67% (2 of 3)" in html
    # The chart draws the same share: a bar two thirds of the 100-unit scale high.
    assert 'height="67"' in html.split('id="share-title-1"', 1)[1].split("</svg>", 1)[0]
    assert "East: first contact within 1 h" in html and "West: first contact within 30 min" in html

    only_west = page(client, team=west.pk, start="2026-03-02", end="2026-03-08")
    assert "West" in only_west and "East:" not in only_west


def test_bad_filters_say_what_is_wrong(client, admissions_user, staff_login):
    staff_login(admissions_user)
    assert "The first week must come before the last one." in page(
        client, start="2026-03-09", end="2026-03-02"
    )
    assert "Choose at most 53 weeks" in page(client, start="2024-01-01", end="2026-03-02")
    assert "Enter a valid date." in page(client, start="March")
    assert "Select a valid choice." in page(client, team="999")
    assert "greater than or equal to 2000-01-01" in page(client, end="0001-01-01")


def test_editors_are_refused_the_report(client, editor_user):
    client.force_login(editor_user)
    assert client.get(REPORT).status_code in (302, 403)


typed = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
dates = st.one_of(typed, st.dates(date(1, 1, 1), date(9999, 12, 31)).map(str))


@hypothesis_settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(team=typed, start=dates, end=dates)
def test_any_filter_gets_a_page(client, admin_user, staff_login, team, start, end):
    staff_login(admin_user)
    response = client.get(REPORT, {"team": team, "start": start, "end": end})
    assert response.status_code == 200


@hypothesis_settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(-2 * 24 * 60, 30 * 24 * 60), min_size=2, max_size=2),
    st.sampled_from(["America/New_York", "Europe/London", "Australia/Sydney"]),
)
def test_the_report_s_table_of_open_time_agrees_with_business_hours(minutes, zone):
    # The report measures waits in a table of open time; inside or outside its range, it must
    # say what BusinessHours.elapsed says (which the minute-by-minute count checks).
    hours = AdmissionsTeamFactory.build(
        time_zone=zone, saturday_opens=time(10), saturday_closes=time(0)
    ).business_hours()
    base = datetime(2026, 3, 2, tzinfo=UTC)
    table = hours.table(base, base + timedelta(days=21))
    start, end = (base + n * MINUTE for n in minutes)
    assert table.elapsed(start, end) == hours.elapsed(start, end)
