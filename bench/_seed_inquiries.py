"""A year of admissions work for bench/admissions_report.py and bench/admissions_inbox.py:
four teams in four time zones with holidays, 50,000 fictional inquiries received over the last
365 days, each moved along a path of statuses with its contact attempts and timeline steps.

Bulk inserts, seeded so every run makes the same data; kept between runs in the benchmarks'
own database file (var/bench/admissions.sqlite3) and made again only when the count differs.
"""

import os
import random
from datetime import date, time, timedelta

os.environ.setdefault("BENCH_DATABASE", "admissions")

INQUIRIES = 50_000
BATCH = 2_000
MARK = "Bench"  # every seeded inquiry's first name: fictional, and easy to find
TEAMS = [
    # name, zone, weekday hours, Saturday hours or None, target in business minutes
    ("Bench East", "America/New_York", (time(9), time(17)), None, 60),
    ("Bench Central", "America/Chicago", (time(8), time(18)), (time(9), time(13)), 30),
    ("Bench Mountain", "America/Denver", (time(9), time(17)), None, 120),
    ("Bench West", "America/Los_Angeles", (time(7), time(19)), None, 60),
]
HOLIDAYS = [(1, 1), (5, 25), (7, 3), (9, 7), (11, 26), (12, 25)]
# Paths of statuses (the last is where the inquiry is now), with how often each is taken.
PATHS = [
    (["attempting"], 6),
    (["attempting", "unreachable"], 10),
    (["reached"], 8),
    (["attempting", "reached", "referred"], 8),
    (["reached", "not-a-fit"], 8),
    (["reached", "scheduled"], 8),
    (["reached", "scheduled", "admitted"], 14),
    (["attempting", "reached", "scheduled", "admitted", "closed"], 6),
    (["closed"], 4),
]
# Minutes from arrival to first contact: mostly soon, some after a night or a weekend.
DELAYS = [3, 10, 20, 35, 50, 70, 120, 240, 600, 1200, 2900, 4400]


def seed(now) -> None:
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from admissions.models import AdmissionsTeam, Inquiry

    if Inquiry.objects.count() == INQUIRIES and (
        AdmissionsTeam.objects.filter(name__startswith="Bench ").count() == len(TEAMS)
    ):
        return
    print(f"seeding {INQUIRIES} inquiries (once; kept in var/bench/admissions.sqlite3)")
    with transaction.atomic():
        Inquiry.objects.all().delete()
        teams = _teams()
        users = [
            get_user_model().objects.get_or_create(username=f"bench-coordinator-{n}")[0]
            for n in range(6)
        ]
        _inquiries(now, teams, users)


def _teams():
    from admissions.models import AdmissionsTeam, TeamHoliday

    teams = []
    for name, zone, weekday, saturday, target in TEAMS:
        team, _ = AdmissionsTeam.objects.update_or_create(
            name=name,
            defaults={
                "notification_email": "bench@haven.invalid",
                "time_zone": zone,
                "weekday_opens": weekday[0],
                "weekday_closes": weekday[1],
                "saturday_opens": saturday[0] if saturday else None,
                "saturday_closes": saturday[1] if saturday else None,
                "first_contact_target": target,
            },
        )
        team.holidays.all().delete()
        TeamHoliday.objects.bulk_create(
            TeamHoliday(team=team, date=date(year, month, day))
            for year in (2025, 2026, 2027)
            for month, day in HOLIDAYS
        )
        teams.append(team)
    return teams


def _inquiries(now, teams, users) -> None:
    from admissions.models import ContactAttempt, Inquiry, StatusChange

    rng = random.Random(14)
    paths, weights = zip(*PATHS, strict=True)
    for first in range(0, INQUIRIES, BATCH):
        batch, plans = [], []
        for _ in range(min(BATCH, INQUIRIES - first)):
            received = now - timedelta(minutes=rng.randrange(365 * 24 * 60))
            path = list(rng.choices(paths, weights)[0])
            contact = received + timedelta(minutes=rng.choice(DELAYS))
            if contact > now:  # recent ones are still waiting
                path, contact = [], None
            status = path[-1] if path else "new"
            batch.append(
                Inquiry(
                    first_name=MARK,
                    zip_code="00000",
                    email=f"bench{first + len(batch)}@example.test",
                    preferred_contact="phone",
                    for_whom="myself",
                    interest=rng.choice(["virtual-iop", "iop", "php", "not-sure"]),
                    consent_at=received,
                    received_at=received,
                    first_contact_at=contact,
                    closed_at=contact + timedelta(days=3)
                    if status in {"admitted", "referred", "not-a-fit", "unreachable", "closed"}
                    else None,
                    status=status,
                    team=rng.choice(teams),
                    assigned_to=rng.choice(users) if path else None,
                    notification_state="sent",
                )
            )
            plans.append((path, contact))
        Inquiry.objects.bulk_create(batch)
        steps, attempts = [], []
        for inquiry, (path, contact) in zip(batch, plans, strict=True):
            before = "new"
            for n, status in enumerate(path):
                at = contact + timedelta(hours=4 * n)
                steps.append(
                    StatusChange(inquiry=inquiry, at=at, from_status=before, to_status=status)
                )
                attempts.append(
                    ContactAttempt(
                        inquiry=inquiry,
                        at=at,
                        channel="call",
                        outcome="reached" if status != "attempting" else "no-answer",
                    )
                )
                before = status
        StatusChange.objects.bulk_create(steps)
        ContactAttempt.objects.bulk_create(attempts)
