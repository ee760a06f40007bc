"""Freshness as a rule: how long ago a listing was verified decides its label, its rank among
equals and whether it stays in the public results. The ages live in settings
(DIRECTORY_VERIFIED_RECENTLY_DAYS, DIRECTORY_OUT_OF_DATE_DAYS). A confirmed error report sets
ProgramPage.needs_reverification, which counts as "not verified recently" until someone
verifies the listing again. Imports no model, so engines, models and templates can share it."""

import datetime

from django.conf import settings
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone

RECENT = "recent"
NOT_RECENT = "not-recent"
OUT_OF_DATE = "out-of-date"
LABELS = {
    RECENT: "Verified recently",
    NOT_RECENT: "Not verified recently",
    OUT_OF_DATE: "Out of date",
}


def recent_days() -> int:
    return int(getattr(settings, "DIRECTORY_VERIFIED_RECENTLY_DAYS", 90))


def out_of_date_days() -> int:
    return int(getattr(settings, "DIRECTORY_OUT_OF_DATE_DAYS", 365))


def today() -> datetime.date:
    return timezone.localdate()


def recent_cutoff(day: datetime.date | None = None) -> datetime.date:
    """The oldest verification date that still counts as recent."""
    return (day or today()) - datetime.timedelta(days=recent_days())


def out_of_date_cutoff(day: datetime.date | None = None) -> datetime.date:
    """The oldest verification date that still keeps a listing in the public results."""
    return (day or today()) - datetime.timedelta(days=out_of_date_days())


def state(
    last_verified: datetime.date | None, flagged: bool = False, day: datetime.date | None = None
) -> str:
    """RECENT, NOT_RECENT or OUT_OF_DATE. Never verified counts as not recent (not out of
    date: a listing with no date at all is left for staff to verify, not hidden)."""
    if last_verified is not None and last_verified < out_of_date_cutoff(day):
        return OUT_OF_DATE
    if flagged or last_verified is None or last_verified < recent_cutoff(day):
        return NOT_RECENT
    return RECENT


def listed_q(day: datetime.date | None = None) -> Q:
    """Listings that stay in public results: not out of date."""
    return Q(last_verified__isnull=True) | Q(last_verified__gte=out_of_date_cutoff(day))


def stale_q(day: datetime.date | None = None) -> Q:
    """Listings labelled "not verified recently" (or worse)."""
    return (
        Q(needs_reverification=True)
        | Q(last_verified__isnull=True)
        | Q(last_verified__lt=recent_cutoff(day))
    )


def stale_rank(day: datetime.date | None = None) -> Case:
    """0 for a recently verified listing, 1 otherwise: the tie-breaker after distance."""
    return Case(When(stale_q(day), then=Value(1)), default=Value(0), output_field=IntegerField())
