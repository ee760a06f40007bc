"""What the public may see: live, not past its expiry time, and not under a view restriction.

The one rule for every list and search (related reading, programs for an article, the
directory, the article index, the menu, site search and its SQLite fast path).

Replaces Wagtail's `live().public()` because its public() reads the restrictions table on every
call, and the same test written as a correlated subquery scans per row. Restrictions are rare and
seldom change, so their paths are cached and forgotten whenever a restriction is saved or deleted
or a page moves (connected in core/apps.py). The expiry test covers the minute between a page's
`expire_at` and the scheduler unpublishing it. Serving a page still checks its own restrictions
(core/routing.py); this decides what lists show. tests/core/test_overrides.py compares both
forms with Wagtail's own on the same pages.
"""

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone
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


def public_q(*, indexed_fields_only: bool = False) -> Q:
    """Live pages, not expired, outside every restricted subtree (for any Page queryset).

    A search backend filters only on Page's indexed fields, and expire_at is not one: for a
    queryset handed to .search(), `indexed_fields_only` leaves the expiry test out. An expired
    page then stays findable until the scheduler unpublishes it, within a minute."""
    q = Q(live=True)
    if not indexed_fields_only:
        q &= Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())
    for path in restricted_paths():
        q &= ~Q(path__startswith=path)
    return q


def public_sql(alias: str) -> tuple[str, list]:
    """The same rule as SQL on a wagtailcore_page alias, for raw queries (search/sqlite_fts.py)."""
    from django.db import connection

    now = connection.ops.adapt_datetimefield_value(timezone.now())
    clauses = [f"{alias}.live = %s", f"({alias}.expire_at IS NULL OR {alias}.expire_at > %s)"]
    params: list = [True, now]
    for path in restricted_paths():  # treebeard paths are digits and capitals: no LIKE escapes
        clauses.append(f"{alias}.path NOT LIKE %s")
        params.append(path + "%")
    return " AND ".join(clauses), params


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
