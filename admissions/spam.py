"""Spam defences that need no third party: a honeypot, a minimum fill time carried in a signed
hidden field, and a per-client rate limit (core/rate_limit.py: a salted hash of the client
address, never the address itself)."""

import time

from django.conf import settings
from django.core import signing

from core.rate_limit import over_limit

STARTED_SALT = "admissions.inquiry-started"
# A form left open longer than this is stale: ask for a fresh one rather than trust it.
STARTED_MAX_AGE = 60 * 60 * 24


def min_fill_seconds() -> float:
    return getattr(settings, "INQUIRY_MIN_FILL_SECONDS", 3)


def started_token(at: float | None = None) -> str:
    """The signed time the form was rendered at."""
    return signing.dumps(at if at is not None else time.time(), salt=STARTED_SALT)


def seconds_since_started(token: str) -> float | None:
    """Seconds since the form was rendered, or None when the token is missing or forged."""
    try:
        started = signing.loads(token or "", salt=STARTED_SALT, max_age=STARTED_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(started, int | float):
        return None
    return time.time() - started


def rate_limited(request) -> bool:
    """Count this submission; True when the client has sent too many within the window."""
    limit = getattr(settings, "INQUIRY_RATE_LIMIT", 10)
    window = getattr(settings, "INQUIRY_RATE_WINDOW_SECONDS", 60 * 60)
    return over_limit(request, "admissions:inquiry", limit, window)


def recaptcha_enabled() -> bool:
    return bool(
        getattr(settings, "RECAPTCHA_PUBLIC_KEY", "")
        and getattr(settings, "RECAPTCHA_PRIVATE_KEY", "")
    )
