"""Verification as work: each "Verified today" is a Verification row (who, how, what changed,
the intake availability found), and the listing's live fields follow it. A confirmed error
report flags the listing until the next verification. Loaded by directory/models.py."""

import datetime

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

METHODS = [
    ("phone", "Phone call"),
    ("website", "Website"),
    ("portal", "Provider portal"),
    ("visit", "Site visit"),
]


class Verification(models.Model):
    program = models.ForeignKey(
        "directory.ProgramPage", on_delete=models.CASCADE, related_name="verifications"
    )
    verified_on = models.DateField(default=timezone.localdate)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    method = models.CharField("how", max_length=20, choices=METHODS)
    changes = models.TextField(
        "what changed",
        max_length=2000,
        blank=True,
        help_text="Leave empty if everything was still right.",
    )
    accepting_new_clients = models.BooleanField(default=True)
    next_intake_date = models.DateField(null=True, blank=True)
    waitlist_weeks = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-verified_on", "-pk"]
        get_latest_by = ["verified_on", "pk"]

    def __str__(self):
        return f"{self.program} verified {self.verified_on:%Y-%m-%d} ({self.get_method_display()})"


def _json_value(value):
    return value.isoformat() if isinstance(value, datetime.date) else value


def update_listing(program, **values) -> None:
    """Set fields on the live page AND its latest revision, so an editor's next publish keeps
    them (the editor opens the latest revision, not the live row)."""
    for name, value in values.items():
        setattr(program, name, value)
    program.save(update_fields=list(values))
    revision = program.latest_revision
    if revision is not None:
        revision.content.update({name: _json_value(v) for name, v in values.items()})
        revision.save(update_fields=["content"])
    from directory.signals import _enqueue  # the Elasticsearch index follows, after commit

    _enqueue(program.pk)


def record_verification(program, *, user, method, changes="", accepting_new_clients=True,
                        next_intake_date=None, waitlist_weeks=None) -> Verification:  # fmt: skip
    """ "Verified today": the history row, the listing's new state, and confirmed error
    reports about it marked fixed (the re-check has dealt with them)."""
    from directory.models import ListingReport

    today = timezone.localdate()
    with transaction.atomic():
        verification = Verification.objects.create(
            program=program,
            verified_on=today,
            verified_by=user,
            method=method,
            changes=changes,
            accepting_new_clients=accepting_new_clients,
            next_intake_date=next_intake_date,
            waitlist_weeks=waitlist_weeks,
        )
        update_listing(
            program,
            last_verified=today,
            needs_reverification=False,
            accepting_new_clients=accepting_new_clients,
            next_intake_date=next_intake_date,
            waitlist_weeks=waitlist_weeks,
            availability_as_of=today,
        )
        ListingReport.objects.filter(program=program, status=ListingReport.CONFIRMED).update(
            status=ListingReport.FIXED
        )
    return verification
