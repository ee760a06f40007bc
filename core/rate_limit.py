"""Per-client rate limits for the public forms (the inquiry and the listing report): a count in
the counters cache (haven/integrations.py), keyed on a salted hash of what the client is counted
as, never the address itself. IPv6 clients are counted by /64, by the sign-in lockout too."""

import ipaddress

from django.core.cache import caches
from django.utils.crypto import salted_hmac


def counted_client(address: str) -> str:
    """What a rate limit counts for an address: an IPv4 address as it is, an IPv6 client's
    /64, since one subscriber is handed a whole /64 and could send each form from a new
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


def counted_address(request) -> str:
    """The client a request is counted as (django-axes's AXES_CLIENT_IP_CALLABLE too).
    REMOTE_ADDR only: a forwarded header is trivially forged. Behind site/'s nginx,
    core/client_address.py has already put the visitor's address there."""
    return counted_client(request.META.get("REMOTE_ADDR", ""))


def client_key(request, scope: str) -> str:
    counted = counted_address(request)
    return f"{scope}:" + salted_hmac(f"{scope}.rate-limit", counted).hexdigest()


def over_limit(request, scope: str, limit: int, window: int) -> bool:
    """Count this request in `scope`; True when the client has sent more than `limit` within
    `window` seconds."""
    cache = caches["counters"]
    key = client_key(request, scope)
    if cache.add(key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)
            count = 1
    return count is not None and count > limit
