"""The weekly review digest: one e-mail to the Clinical reviewers group listing the articles
due or overdue for review, with titles and admin links only. `manage.py schedule_periodic_tasks`
starts the weekly chain once; `manage.py send_review_digest` sends it now."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from core.scheduling import periodic, schedule_once

WEEK = timedelta(days=7)


def digest_text(rows) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    lines = [
        f"{len(rows)} article(s) are due or overdue for clinical review:",
        "",
    ]
    for row in rows:
        url = base + reverse("wagtailadmin_pages:edit", args=[row.pk])
        lines += [f"- {row.title} ({row.status.lower()})", f"  {url}"]
    lines += ["", "The full list: " + base + reverse("editorial_admin:review_due")]
    return "\n".join(lines)


def send_digest() -> int:
    """Send the digest now; returns the number of recipients (0 when nothing is due)."""
    from django.contrib.auth import get_user_model

    from editorial.models import REVIEWERS_GROUP
    from editorial.review_due import due_articles

    rows = due_articles()
    recipients = sorted(
        get_user_model()
        .objects.filter(groups__name=REVIEWERS_GROUP, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    if not rows or not recipients:
        return 0
    subject = f"Haven: {len(rows)} article(s) due for clinical review"
    send_mail(subject, digest_text(rows), None, recipients)
    return len(recipients)


@task()
def review_digest(reschedule: bool = False) -> int:
    sent = send_digest()
    if reschedule:
        schedule_weekly_digest(timezone.now() + WEEK)
    return sent


@periodic("the weekly review digest", first_run_in=timedelta(minutes=5))
def schedule_weekly_digest(run_after) -> bool:
    """Enqueue the next weekly digest unless one is already waiting. True when one was added."""
    return schedule_once(review_digest, run_after)
