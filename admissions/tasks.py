"""Background work for inquiries, run by the django-tasks worker (`manage.py db_worker`).

notify_admissions: the team is told that an inquiry exists, never what it says. django-tasks
has no retries, so a failed send re-enqueues the task with `run_after` (exponential backoff:
1, 2, 4, 8, 16 and 32 minutes, about an hour in all); after the last attempt the inquiry shows
as failed in the admin, where it can be re-sent. The inquiry itself is never lost.

purge_closed_inquiries: deletes inquiries past retention (admissions/retention.py), then
re-enqueues itself for the same time tomorrow. `manage.py schedule_periodic_tasks` starts the
chain once (the worker keeps it going); `manage.py purge_inquiries` runs it by hand.

escalate_overdue_inquiries: every five minutes, one e-mail to the team's lead for each inquiry
past its first-contact target (admissions/clock.py): its number, how late and the admin link.
`escalated_at` is claimed before sending, so a second run or a second worker sends nothing; a
failed send gives the claim back and the next run tries again.

remind_due_callbacks: every five minutes, one e-mail to the assignee (or, with no address, the
team) for each callback that has fallen due: the inquiry's number and the due time only.
Claimed on `reminded_at` the same way, so each callback is reminded once.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone, translation
from django_tasks import task

from admissions import clock
from admissions.choices import Delivery
from admissions.models import Inquiry
from core.scheduling import periodic, schedule_once

logger = logging.getLogger("admissions.notify")

# What a mail server being down or refusing looks like; anything else is a bug and is raised.
DELIVERY_ERRORS = (smtplib.SMTPException, OSError)


def max_attempts() -> int:
    return getattr(settings, "INQUIRY_NOTIFY_MAX_ATTEMPTS", 7)


def backoff(attempt: int) -> timedelta:
    """Delay after the given failed attempt (1-based): 1, 2, 4, … minutes."""
    base = getattr(settings, "INQUIRY_NOTIFY_BACKOFF_SECONDS", 60)
    return timedelta(seconds=base * 2 ** (attempt - 1))


def admin_link(inquiry: Inquiry) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + inquiry.get_admin_url()


def notification_message(inquiry: Inquiry, team) -> EmailMessage:
    """Number, interest, program, team and link: nothing the person typed."""
    interest = inquiry.get_interest_display()
    program = inquiry.program.title if inquiry.program_id else "no particular program"
    subject = f"New inquiry #{inquiry.pk} for {interest}"
    body = (
        f"New inquiry #{inquiry.pk} for {interest} — open it in the admin:\n"
        f"{admin_link(inquiry)}\n\n"
        f"Program: {program}\n"
        f"Team: {team.name}\n\n"
        "This email never contains personal details. Sign in to read the inquiry.\n"
    )
    return EmailMessage(subject, body, to=[team.notification_email])


def _backend_can_defer() -> bool:
    return notify_admissions.get_backend().supports_defer


def enqueue_notification(inquiry_id: int, run_after=None) -> None:
    if run_after is not None:
        notify_admissions.using(run_after=run_after).enqueue(inquiry_id)
    else:
        notify_admissions.enqueue(inquiry_id)


@task()
def notify_admissions(inquiry_id: int) -> str:
    from admissions.routing import choose_team

    with transaction.atomic():
        inquiry = (
            Inquiry.objects.select_for_update(of=("self",))
            .select_related("program", "team")
            .filter(pk=inquiry_id)
            .first()
        )
        if inquiry is None:
            return "gone"
        if inquiry.notification_state == Delivery.SENT:
            return "already sent"  # a duplicate task never sends twice
        team = inquiry.team or choose_team(inquiry)
        inquiry.team = team
        inquiry.notification_attempts += 1
        inquiry.notification_next_attempt_at = None
        fields = [
            "team",
            "notification_attempts",
            "notification_state",
            "notification_sent_at",
            "notification_next_attempt_at",
            "notification_error",
        ]
        if team is None:
            error = "NoAdmissionsTeam"
        else:
            try:
                # In the team's language, whatever language the form was in.
                with translation.override(settings.LANGUAGE_CODE):
                    notification_message(inquiry, team).send()
            except DELIVERY_ERRORS as exc:
                error = type(exc).__name__
            else:
                inquiry.notification_state = Delivery.SENT
                inquiry.notification_sent_at = timezone.now()
                inquiry.notification_error = ""
                inquiry.save(update_fields=fields)
                return "sent"
        inquiry.notification_error = error[:100]
        attempt = inquiry.notification_attempts
        if attempt < max_attempts() and team is not None and _backend_can_defer():
            retry_at = timezone.now() + backoff(attempt)
            inquiry.notification_state = Delivery.PENDING
            inquiry.notification_next_attempt_at = retry_at
            inquiry.save(update_fields=fields)
            enqueue_notification(inquiry.pk, run_after=retry_at)
            logger.warning(
                "Notification for inquiry #%s failed (attempt %s of %s, %s); retrying at %s.",
                inquiry.pk,
                attempt,
                max_attempts(),
                error,
                retry_at.isoformat(),
            )
            return "retrying"
        inquiry.notification_state = Delivery.FAILED
        inquiry.save(update_fields=fields)
        logger.error(
            "Notification for inquiry #%s failed after %s attempts (%s); it is listed as failed "
            "in the admissions inbox.",
            inquiry.pk,
            attempt,
            error,
        )
        return "failed"


def resend(inquiry: Inquiry) -> None:
    """Start delivery again for a failed notification (the admin's re-send action)."""
    with transaction.atomic():
        Inquiry.objects.filter(pk=inquiry.pk).update(
            notification_state=Delivery.PENDING,
            notification_attempts=0,
            notification_error="",
            notification_next_attempt_at=None,
        )
        transaction.on_commit(lambda: enqueue_notification(inquiry.pk))


@task()
def purge_closed_inquiries(reschedule: bool = True) -> int:
    from admissions.retention import purge

    deleted = purge()
    if reschedule and purge_closed_inquiries.get_backend().supports_defer:
        schedule_daily_purge(timezone.now() + timedelta(days=1))
    return deleted


@periodic("the daily purge of closed inquiries", first_run_in=timedelta(minutes=1))
def schedule_daily_purge(run_after) -> bool:
    """Enqueue the next daily purge unless one is already waiting. True when one was added."""
    return schedule_once(purge_closed_inquiries, run_after)


ESCALATION_INTERVAL = timedelta(minutes=5)


def escalation_message(inquiry: Inquiry, late_by: timedelta) -> EmailMessage:
    """Number, how late and the link: nothing the person typed, not even the interest."""
    late = clock.minutes_text(late_by)
    body = (
        f"Inquiry #{inquiry.pk} is overdue for first contact by {late} of business time — "
        f"open it in the admin:\n{admin_link(inquiry)}\n\n"
        "This email never contains personal details. Sign in to read the inquiry.\n"
    )
    team = inquiry.team
    to = team.lead_email or team.notification_email
    return EmailMessage(f"Inquiry #{inquiry.pk} is overdue for first contact", body, to=[to])


def send_escalations(now=None) -> int:
    """E-mail the lead once per overdue inquiry not escalated yet. Returns how many were sent."""
    now = now or timezone.now()
    sent = 0
    for inquiry, inquiry_clock in clock.overdue(
        clock.awaiting_first_contact().filter(escalated_at=None), now
    ):
        with transaction.atomic():
            claimed = Inquiry.objects.filter(pk=inquiry.pk, escalated_at=None).update(
                escalated_at=now
            )
            if not claimed:
                continue  # another run got there first
            try:
                escalation_message(inquiry, inquiry_clock.late_by).send()
            except DELIVERY_ERRORS as exc:
                transaction.set_rollback(True)
                logger.warning(
                    "Escalation for inquiry #%s failed (%s); the next run tries again.",
                    inquiry.pk,
                    type(exc).__name__,
                )
                continue
        sent += 1
    return sent


@task()
def escalate_overdue_inquiries(reschedule: bool = True) -> int:
    try:
        return send_escalations()
    finally:
        if reschedule:
            schedule_escalations(timezone.now() + ESCALATION_INTERVAL)


@periodic("escalating overdue inquiries, every 5 minutes", first_run_in=timedelta(minutes=1))
def schedule_escalations(run_after) -> bool:
    return schedule_once(escalate_overdue_inquiries, run_after)


REMINDER_INTERVAL = timedelta(minutes=5)


def reminder_message(callback) -> EmailMessage:
    """The inquiry's number, when the callback is due (team time) and the link: nothing more."""
    from admissions.callbacks import due_text

    inquiry = callback.inquiry
    due = due_text(callback)
    body = (
        f"A callback on inquiry #{inquiry.pk} is due at {due} — open it in the admin:\n"
        f"{admin_link(inquiry)}\n\n"
        "This email never contains personal details. Sign in to read the inquiry.\n"
    )
    assignee = callback.assignee
    to = (assignee.email if assignee else "") or (
        inquiry.team.notification_email if inquiry.team_id else ""
    )
    subject = f"Callback due: inquiry #{inquiry.pk} at {due}"
    return EmailMessage(subject, body, to=[to] if to else [])


def send_callback_reminders(now=None) -> int:
    """E-mail the assignee once for each open callback that has fallen due. The claim on
    `reminded_at` comes first, as for escalations, so a reminder never goes out twice."""
    from admissions.models import Callback

    now = now or timezone.now()
    sent = 0
    due = Callback.objects.filter(done_at=None, reminded_at=None, due_at__lte=now)
    for callback in due.select_related("inquiry__team", "assignee"):
        with transaction.atomic():
            claimed = Callback.objects.filter(pk=callback.pk, reminded_at=None).update(
                reminded_at=now
            )
            if not claimed:
                continue
            message = reminder_message(callback)
            if not message.to:
                continue  # nobody to tell: the dashboard still lists it
            try:
                message.send()
            except DELIVERY_ERRORS as exc:
                transaction.set_rollback(True)
                logger.warning(
                    "Callback reminder for inquiry #%s failed (%s); the next run tries again.",
                    callback.inquiry_id,
                    type(exc).__name__,
                )
                continue
        sent += 1
    return sent


@task()
def remind_due_callbacks(reschedule: bool = True) -> int:
    try:
        return send_callback_reminders()
    finally:
        if reschedule:
            schedule_callback_reminders(timezone.now() + REMINDER_INTERVAL)


@periodic("reminding assignees of due callbacks, every 5 minutes", timedelta(minutes=1))
def schedule_callback_reminders(run_after) -> bool:
    return schedule_once(remind_due_callbacks, run_after)
