"""What thousands of distinct URLs (one query string each) do to the page cache."""

from django.core.cache import cache


def fill_the_page_cache(entries: int = 2_000) -> None:
    """Store as many pages as such a flood would: the cache evicts older entries to make room
    (the local-memory cache keeps 300, Redis under an evict-any policy its maxmemory)."""
    for number in range(entries):
        cache.set(f"page:/articles/?utm={number}", "<html>…</html>", timeout=300)
