"""Retention (privacy rule 4): no inquiry is kept forever. Each status group has its period:

- ended (admitted, referred elsewhere, not a fit, unreachable, closed): INQUIRY_RETENTION_DAYS
  after it ended (its `closed_at`), default 180;
- never ended (any other status): INQUIRY_RETENTION_OPEN_DAYS after it arrived, default 365.
  Counted from arrival, not from the last change: re-encrypting on key rotation touches every
  row, and must not keep an inquiry alive.

The periods are Django settings (environment variables in production), not Wagtail site
settings: they are a promise made on the privacy page and in the deployment's records, read by
a worker that has no site, and should change with a reviewed deploy, not a click in the admin.

Each run writes one audit entry with the count (never a row per inquiry: the numbers of purged
inquiries are not worth keeping either)."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import LogFormatter
from wagtail.models import ModelLogEntry

from admissions.choices import CLOSING_STATUSES
from admissions.models import Inquiry

PURGE_ACTION = "admissions.purge"


def retention_days() -> int:
    """Days an ended inquiry is kept after it ended."""
    return int(getattr(settings, "INQUIRY_RETENTION_DAYS", 180))


def open_retention_days() -> int:
    """Days an inquiry that never ended is kept after it arrived."""
    return int(getattr(settings, "INQUIRY_RETENTION_OPEN_DAYS", 365))


def expired(now=None):
    """Inquiries past their group's retention period."""
    now = now or timezone.now()
    ended_cutoff = now - timedelta(days=retention_days())
    ended = Q(status__in=CLOSING_STATUSES) & (
        Q(closed_at__lt=ended_cutoff) | Q(closed_at=None, received_at__lt=ended_cutoff)
    )
    never_ended = ~Q(status__in=CLOSING_STATUSES) & Q(
        received_at__lt=now - timedelta(days=open_retention_days())
    )
    return Inquiry.objects.filter(ended | never_ended)


@transaction.atomic
def purge(now=None) -> int:
    now = now or timezone.now()
    deleted = expired(now).count()
    if deleted:
        expired(now).delete()
    # One entry per run, with no user: "Retention purge: 3 inquiries deleted". Object 0 is no
    # inquiry (ids start at 1), so the audit log shows the entry without a link.
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(Inquiry),
        object_id="0",
        label=f"Retention purge: {deleted} inquir{'y' if deleted == 1 else 'ies'} deleted",
        action=PURGE_ACTION,
        timestamp=now,
        data={
            "count": deleted,
            "ended_days": retention_days(),
            "open_days": open_retention_days(),
        },
    )
    return deleted


class PurgeFormatter(LogFormatter):
    label = "Purge inquiries"

    def format_message(self, log_entry):
        data = log_entry.data
        return (
            f"Deleted {data.get('count', 0)} inquiries past retention (ended: "
            f"{data.get('ended_days')} days, never ended: {data.get('open_days')} days)"
        )
