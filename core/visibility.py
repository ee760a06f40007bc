"""Which pages the public may see in lists: live, and not under a page view restriction.

One rule for every list (related reading, programs for an article, the directory, the article
index, recommendations). Wagtail's public() reads the restrictions table on every call, and
the same test written as a correlated subquery scans per row. Restrictions are rare and
seldom change, so their paths are cached and forgotten whenever a restriction is saved or
deleted or a page moves (connected in home/apps.py). Serving a page still checks its own
restrictions (core/routing.py); this only decides what lists show."""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

CACHE_KEY = "haven:restricted-paths"
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


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import post_page_move

    for signal in (post_save, post_delete):
        signal.connect(
            forget_restrictions,
            sender=PageViewRestriction,
            dispatch_uid=f"haven_restrictions_{signal is post_save}",
        )
    post_page_move.connect(forget_restrictions, dispatch_uid="haven_restrictions_move")
