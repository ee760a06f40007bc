"""Spam defences that need no third party: a honeypot, a minimum fill time carried in a signed
hidden field that sends one inquiry only, and a per-client rate limit (core/rate_limit.py: a
salted hash of the client address, never the address itself)."""

import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import caches

from core.rate_limit import over_limit

STARTED_SALT = "admissions.inquiry-started"
# A form left open longer than this is stale: ask for a fresh one rather than trust it.
STARTED_MAX_AGE = 60 * 60 * 24


def min_fill_seconds() -> float:
    return getattr(settings, "INQUIRY_MIN_FILL_SECONDS", 3)


def started_token(at: float | None = None) -> str:
    """The signed time the form was rendered at, with a nonce that makes it usable once."""
    started = {"at": at if at is not None else time.time(), "once": secrets.token_urlsafe(12)}
    return signing.dumps(started, salt=STARTED_SALT)


def _started(token: str) -> dict | None:
    try:
        started = signing.loads(token or "", salt=STARTED_SALT, max_age=STARTED_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(started, dict) or not isinstance(started.get("at"), int | float):
        return None
    return started


def seconds_since_started(token: str) -> float | None:
    """Seconds since the form was rendered, or None when the token is missing or forged."""
    started = _started(token)
    return None if started is None else time.time() - started["at"]


def claim_started(token: str) -> bool:
    """Use up the token of an inquiry about to be saved; False when it was already used. Kept
    in the counters cache as long as the token itself is valid."""
    started = _started(token)
    if started is None:
        return False
    return caches["counters"].add(f"admissions:started:{started['once']}", 1, STARTED_MAX_AGE)


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
