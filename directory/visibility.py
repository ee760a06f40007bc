"""Which programs the public may see: live, and not under a page view restriction.

Wagtail's public() reads the restrictions table on every call; a search would pay that query
each time (or, written as a correlated subquery, a scan per row on PostgreSQL). Restrictions
are rare and seldom change, so their paths are cached and the cache is cleared whenever a
restriction is saved or deleted or a page moves (directory.signals)."""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

CACHE_KEY = "directory:restricted-paths"
CACHE_SECONDS = 300


def restricted_paths() -> list[str]:
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = sorted(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(CACHE_KEY, paths, CACHE_SECONDS)
    return paths


def forget_restrictions(**kwargs) -> None:
    cache.delete(CACHE_KEY)


def public_q() -> Q:
    """Live pages outside every restricted subtree."""
    q = Q(live=True)
    for path in restricted_paths():
        q &= ~Q(path__startswith=path)
    return q
