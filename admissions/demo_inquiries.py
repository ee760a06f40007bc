"""Thirty obviously fictional inquiries for `make run`, so a newcomer signed in as the printed
admin sees a realistic inbox, response clock and report: every team, every status, ages up to
two months, contact attempts, one overdue for first contact, a callback due today, a duplicate
pair and a referral out.

Made only where settings.ADMISSIONS_DEMO_INQUIRIES is on (the embedded default, dev.py) and
only into an empty inbox: never beside real inquiries. They go through the model like real ones
(encrypted fields, keyed hashes, the pipeline's own helpers), marked as already notified so the
worker sends nothing for them. Names are "Demo Person N", addresses example.com and numbers
555-01xx, which are reserved for fiction."""

import random
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from admissions import callbacks, pipeline
from admissions.choices import (
    AttemptChannel,
    AttemptOutcome,
    BestTime,
    ContactMethod,
    Delivery,
    ForWhom,
    Interest,
    Status,
)
from admissions.models import AdmissionsTeam, ContactAttempt, Inquiry, Referral

# (status, days since it arrived); the duplicate and the callback are added after these.
PLAN = [
    (Status.NEW, 6),  # overdue for first contact whatever day `make run` happens
    (Status.NEW, 0.01),
    (Status.NEW, 0.02),
    *[(Status.ATTEMPTING, days) for days in (1, 2, 3, 5)],
    *[(Status.REACHED, days) for days in (2, 4, 6, 9)],
    *[(Status.SCHEDULED, days) for days in (5, 8, 12, 15)],
    *[(Status.ADMITTED, days) for days in (14, 20, 27, 35, 48)],
    (Status.REFERRED, 11),
    (Status.REFERRED, 30),
    *[(Status.NOT_A_FIT, days) for days in (7, 19, 40)],
    (Status.UNREACHABLE, 25),
    (Status.UNREACHABLE, 44),
    (Status.CLOSED, 52),
    (Status.CLOSED, 60),
]
AFTER_REACHED = {
    Status.SCHEDULED: [Status.SCHEDULED],
    Status.ADMITTED: [Status.SCHEDULED, Status.ADMITTED],
    Status.REFERRED: [Status.REFERRED],
    Status.NOT_A_FIT: [Status.NOT_A_FIT],
    Status.CLOSED: [Status.CLOSED],
}


def enabled() -> bool:
    return bool(getattr(settings, "ADMISSIONS_DEMO_INQUIRIES", False))


def person(number, rng, received_at, team, program):
    """A fictional person's inquiry, stored through the model (encrypted like a real one)."""
    return Inquiry.objects.create(
        first_name=f"Demo Person {number}",
        email=f"demo.person{number}@example.com",
        phone=f"(215) 555-01{number:02d}",  # 555-0100 to 0199: numbers kept for fiction
        zip_code="19103",
        state="PA",
        insurance="Example Mutual (demo)",
        message="A fictional demo inquiry made by make run.",
        preferred_contact=rng.choice(ContactMethod.values),
        best_time=rng.choice(BestTime.values),
        voicemail_ok=rng.random() < 0.6,
        texts_ok=rng.random() < 0.5,
        for_whom=rng.choice(ForWhom.values),
        interest=rng.choice(Interest.values),
        program=program,
        consent_at=received_at,
        received_at=received_at,
        team=team,
        notification_state=Delivery.SENT,
        notification_attempts=1,
        notification_sent_at=received_at,
    )


def attempt(inquiry, at, outcome, user):
    channel = AttemptChannel.CALL
    if outcome == AttemptOutcome.VOICEMAIL and not inquiry.voicemail_ok:
        outcome = AttemptOutcome.NO_ANSWER  # the demo keeps the person's consent too
    pipeline.log_attempt(inquiry, ContactAttempt(channel=channel, outcome=outcome, at=at), user)


def work(inquiry, target, rng, user, now):
    """Walk the inquiry to `target` the way a coordinator would, with timestamps in the past."""
    if target == Status.NEW:
        return
    at = inquiry.received_at + timedelta(minutes=rng.randint(15, 300))
    if target == Status.UNREACHABLE:
        misses = [AttemptOutcome.NO_ANSWER, AttemptOutcome.VOICEMAIL]
        for _ in range(pipeline.unreachable_after(inquiry)):
            attempt(inquiry, min(at, now), rng.choice(misses), user)
            at += timedelta(hours=rng.randint(20, 30))
        return
    for _ in range(rng.randint(0, 2)):
        attempt(inquiry, min(at, now), AttemptOutcome.NO_ANSWER, user)
        at += timedelta(hours=rng.randint(2, 26))
    if target == Status.ATTEMPTING:
        attempt(inquiry, min(at, now), AttemptOutcome.NO_ANSWER, user)
        return
    attempt(inquiry, min(at, now), AttemptOutcome.REACHED, user)
    for status in AFTER_REACHED.get(target, []):
        at = min(at + timedelta(days=rng.randint(1, 4)), now)
        inquiry.change_status(status, user=user, now=at)
        if status == Status.REFERRED:
            refer(inquiry, at, user)


def refer(inquiry, at, user):
    from directory.models import ProgramPage

    program = ProgramPage.objects.live().exclude(pk=inquiry.program_id).order_by("pk").first()
    Referral.objects.create(
        inquiry=inquiry,
        at=at,
        user=user,
        program=program,
        elsewhere="" if program else "A fictional clinic elsewhere (demo)",
    )


def load(stdout=None) -> int:
    """Seed the demo inquiries into an empty inbox. Returns how many were made."""
    if not enabled() or Inquiry.objects.exists():
        return 0
    from directory.models import ProgramPage

    rng = random.Random(14)  # noqa: S311  (the same demo on every machine, not a secret)
    now = timezone.now()
    teams = list(AdmissionsTeam.objects.order_by("pk"))
    programs = [None, *ProgramPage.objects.live().order_by("pk")[:6]]
    admin = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    made = []
    for number, (status, days) in enumerate(PLAN, start=1):
        # Spread over the day, except the new ones, which stay within their target at seeding.
        spread = rng.randint(0, 90) if status != Status.NEW or days > 1 else 0
        received_at = now - timedelta(days=days, minutes=spread)
        inquiry = person(number, rng, received_at, rng.choice(teams), rng.choice(programs))
        if admin and status != Status.NEW and rng.random() < 0.5:
            inquiry.assigned_to = admin
            inquiry.save(update_fields=["assigned_to"])
        work(inquiry, status, rng, admin, now)
        made.append(inquiry)

    # A duplicate pair: Demo Person 5 wrote again twenty minutes ago, same phone and e-mail,
    # so the keyed hashes match when it is saved and the inbox marks it.
    person(5, rng, now - timedelta(minutes=20), made[4].team, None)

    # A callback due today: the person asked for one; it is the admin's, due shortly.
    asked = made[7]
    attempt(asked, now - timedelta(minutes=30), AttemptOutcome.CALLBACK, admin)
    asked.best_time = BestTime.ANY
    asked.assigned_to = admin
    asked.save(update_fields=["best_time", "assigned_to"])
    callbacks.schedule(asked, now + timedelta(minutes=20), admin)

    if stdout:
        stdout.write(f"Created {len(made) + 1} fictional demo inquiries.")
    return len(made) + 1
