"""The visitor's address behind Haven's own reverse proxy (site/nginx.conf).

Behind nginx, REMOTE_ADDR is nginx's address for every visitor, so the inquiry rate limit and
the sign-in lockout would count everyone together: a few inquiries from anyone would refuse
the next person's. nginx appends the address it saw to X-Forwarded-For
($proxy_add_x_forwarded_for), so with HAVEN_PROXY_COUNT = 1 the last entry is the visitor's.
Entries further left come from the client and are never trusted: anyone can send them.
"""

import ipaddress

from django.conf import settings


def forwarded_client(meta: dict, proxy_count: int) -> str | None:
    """The address `proxy_count` hops back in X-Forwarded-For, or None if it isn't one."""
    hops = [hop.strip() for hop in meta.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    if proxy_count <= 0 or len(hops) < proxy_count:
        return None
    candidate = hops[-proxy_count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


class ProxiedClientAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        client = forwarded_client(request.META, getattr(settings, "HAVEN_PROXY_COUNT", 0))
        if client is not None:
            request.META["REMOTE_ADDR"] = client
        return self.get_response(request)
