"""The error-report form's rate limit, built like the inquiry form's (admissions/spam.py): a
per-client count in the cache, keyed on a salted hash of the client's address (never the
address itself), IPv6 clients counted by /64. Settings: DIRECTORY_REPORT_RATE_LIMIT reports
per DIRECTORY_REPORT_RATE_WINDOW_SECONDS."""

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

from admissions.spam import counted_client


def client_key(request) -> str:
    counted = counted_client(request.META.get("REMOTE_ADDR", ""))
    return "directory:report-rate:" + salted_hmac("directory.report-rate", counted).hexdigest()


def rate_limited(request) -> bool:
    """Count this report; True when the client has sent too many within the window."""
    limit = getattr(settings, "DIRECTORY_REPORT_RATE_LIMIT", 5)
    window = getattr(settings, "DIRECTORY_REPORT_RATE_WINDOW_SECONDS", 60 * 60)
    key = client_key(request)
    if cache.add(key, 1, timeout=window):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return False
    return count is not None and count > limit
