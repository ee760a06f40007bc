"""Wagtail hooks shared by every page type."""

from wagtail import hooks

from core.cache_dependencies import depends_on


@hooks.register("before_serve_page")
def cache_depends_on_the_pages_below(page, request, serve_args, serve_kwargs):
    """A served page may list the pages below it (an index, the home page): a page entering
    or leaving those lists makes the cached copy stale (core/cache_dependencies.py)."""
    depends_on(f"below:{page.pk}")
