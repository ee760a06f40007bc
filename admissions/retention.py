"""Retention (privacy rule 4): closed inquiries are deleted INQUIRY_RETENTION_DAYS after they
were closed (default 180)."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from admissions.models import Inquiry


def retention_days() -> int:
    return int(getattr(settings, "INQUIRY_RETENTION_DAYS", 180))


@transaction.atomic
def purge(now=None) -> int:
    cutoff = (now or timezone.now()) - timedelta(days=retention_days())
    doomed = list(Inquiry.objects.closed_before(cutoff).only("pk"))
    for inquiry in doomed:
        # The audit log keeps "Inquiry #N was purged", with no user and no content.
        log(inquiry, "admissions.purge", user=None)
    Inquiry.objects.filter(pk__in=[inquiry.pk for inquiry in doomed]).delete()
    return len(doomed)
