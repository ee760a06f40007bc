"""Spam defences that need no third party: a honeypot, a minimum fill time carried in a signed
hidden field, and a per-client rate limit keyed on a salted hash of the client address (the
address itself is never stored, not even in the cache)."""

import ipaddress
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import salted_hmac

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


def counted_client(address: str) -> str:
    """What the rate limit counts for an address: an IPv4 address as it is, an IPv6 client's
    /64, since one subscriber is handed a whole /64 and could send each inquiry from a new
    address in it. Anything that is not an address is counted as it is."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 4:
        return str(ip)
    if ip.ipv4_mapped is not None:  # ::ffff:203.0.113.9 is 203.0.113.9
        return str(ip.ipv4_mapped)
    return str(ipaddress.IPv6Network((int(ip), 64), strict=False))


def client_key(request) -> str:
    # REMOTE_ADDR only: a forwarded header is trivially forged. Behind site/'s nginx,
    # core/client_address.py has already put the visitor's address there.
    counted = counted_client(request.META.get("REMOTE_ADDR", ""))
    return "admissions:rate:" + salted_hmac("admissions.rate-limit", counted).hexdigest()


def rate_limited(request) -> bool:
    """Count this submission; True when the client has sent too many within the window."""
    limit = getattr(settings, "INQUIRY_RATE_LIMIT", 10)
    window = getattr(settings, "INQUIRY_RATE_WINDOW_SECONDS", 60 * 60)
    key = client_key(request)
    if cache.add(key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)
            count = 1
    # None: the cache is down (haven/integrations.py). Let the inquiry through rather than
    # refuse someone asking for help; the honeypot and the timing check still apply.
    return count is not None and count > limit


def recaptcha_enabled() -> bool:
    return bool(
        getattr(settings, "RECAPTCHA_PUBLIC_KEY", "")
        and getattr(settings, "RECAPTCHA_PRIVATE_KEY", "")
    )
