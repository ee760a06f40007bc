"""What each cached page or fragment shows, so a publish makes stale only what showed it.

Every entry of the page and fragment caches (core/page_cache.py) is stored with the tags it
depends on and the tick of a cache-wide clock read when its request began. A change bumps its
tags to a new tick; an entry is fresh while none of its tags is newer than the entry. A tag
missing from the cache (evicted) counts as changed, so nothing stale can come back.

Tags, recorded while a page renders:
- `page:<pk>`: every page loaded from the database (a post_init receiver), so the page itself,
  its crumbs, the menu's items, listed, featured and related articles and matched programs;
- `below:<pk>`: the pages below a served page (its listings), and `children:<pk>` (the menu);
- `type:<app.Model>`: a page found by type (page_of_type, programs for an article);
- `related:<pk>`: an article's stored related reading, bumped by the worker's refresh.

A typo fix on a live page bumps `page:<pk>` only. A change that can move a page into or out of a
list (published for the first time, unpublished, moved, deleted, renamed in its URL, moved in
or out of the menu, redated or given other topics) also bumps `children:` of its parent,
`below:` of its ancestors and `type:` of its model (core/page_cache_signals.py). Settings,
sites, crisis channels, snippets and view restrictions still make everything stale at once.
"""

import contextvars
import time
from contextlib import contextmanager

from django.core.cache import cache
from django.db import connection, transaction

CLOCK_KEY = "haven:dependency-clock"
TAG_PREFIX = "haven:dependency:"
TAG_SECONDS = 24 * 3600  # longer than any entry lives; an evicted tag counts as changed

_open: contextvars.ContextVar[tuple] = contextvars.ContextVar("haven_dependencies", default=())


def depends_on(*tags: str) -> None:
    """Note that what is being rendered shows these (no-op outside a cached render)."""
    for collected in _open.get():
        collected.update(tags)


@contextmanager
def collecting():
    """Collect the tags of what renders inside; an enclosing collection gets them too."""
    collected: set[str] = set()
    token = _open.set((*_open.get(), collected))
    try:
        yield collected
    finally:
        _open.reset(token)


def record_page(sender, instance, **kwargs) -> None:
    """post_init receiver for every page model: whatever is loaded may be shown."""
    if _open.get() and instance.pk is not None:
        depends_on(f"page:{instance.pk}")


def _clock_start() -> int:
    """Wall-clock microseconds: later than any tick an evicted clock handed out, and within
    2**53 (django-redis counts through Lua, whose numbers are doubles)."""
    return time.time_ns() // 1000


def _tick_now() -> int:
    tick = cache.get(CLOCK_KEY)
    if tick is None:
        cache.add(CLOCK_KEY, _clock_start(), timeout=None)
        tick = cache.get(CLOCK_KEY)
    return int(tick or 0)


def request_tick(request) -> int:
    """The clock when this request began reading content (read once per request)."""
    if request is None:
        return _tick_now()
    tick = getattr(request, "_haven_dependency_tick", None)
    if tick is None:
        tick = request._haven_dependency_tick = _tick_now()
    return tick


def _keys(tags) -> dict[str, str]:
    return {TAG_PREFIX + tag: tag for tag in tags}


def is_fresh(tick: int, tags, request=None) -> bool:
    """Was nothing an entry made at `tick` shows changed since? Tag ticks read once per
    request: the parts of one page share most of their tags."""
    if not tags:
        return True
    known = getattr(request, "_haven_tag_ticks", None) if request is not None else None
    if known is None:
        known = {}
        if request is not None:
            request._haven_tag_ticks = known
    wanted = [tag for tag in tags if tag not in known]
    if wanted:
        found = cache.get_many([TAG_PREFIX + tag for tag in wanted])
        for tag in wanted:
            known[tag] = found.get(TAG_PREFIX + tag)
    return all(known[tag] is not None and int(known[tag]) <= tick for tag in tags)


def register(tags, tick: int) -> None:
    """Before storing an entry: give tags never bumped (or evicted) the entry's tick, so a later
    bump is newer than it. `add` never overwrites a bump made meanwhile."""
    keys = _keys(tags)
    present = cache.get_many(list(keys))
    for key in keys.keys() - present.keys():
        cache.add(key, tick, timeout=TAG_SECONDS)


def _bump_now(tags) -> None:
    try:
        tick = cache.incr(CLOCK_KEY)
    except ValueError:  # no clock yet (or evicted): start past every earlier tick
        cache.add(CLOCK_KEY, _clock_start(), timeout=None)
        tick = cache.incr(CLOCK_KEY)
    if tick is None:  # the cache is unreachable (django-redis IGNORE_EXCEPTIONS)
        return
    cache.set_many({key: tick for key in _keys(tags)}, timeout=TAG_SECONDS)


def bump(*tags: str) -> None:
    """Make every entry showing any of `tags` stale: now, and again when the transaction
    commits (a page rendered between the two read the old rows)."""
    tags = tuple(dict.fromkeys(tags))
    if not tags:
        return
    _bump_now(tags)
    if connection.in_atomic_block:
        transaction.on_commit(lambda: _bump_now(tags))


def connect() -> None:
    from django.db.models.signals import post_init
    from wagtail.models import get_page_models

    for model in get_page_models():
        post_init.connect(record_page, sender=model, dispatch_uid=f"haven-deps-{model._meta.label}")
