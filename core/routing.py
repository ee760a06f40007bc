"""Page routing in a fixed number of queries, whatever the depth of the page.

Wagtail's Page.route walks the tree one level at a time, two queries a level (the child, then
its specific page), and its view-restriction check then loads the ancestors again. The site
root (HomePage) instead finds every page on the path in one query, annotated with whether it
carries a view restriction, and loads only the page that answers as its specific type.

It hands over to Wagtail's own `route` at the first page that would answer by itself (a
RoutablePageMixin page whose sub-route matches, or a type with its own `route`) and at the last
page (which checks `live`), so sub-routes, 404s for drafts and missing pages, and everything that
runs after routing behave exactly as with Wagtail's walk.
"""

from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction


def passes_through(page, page_class, remaining) -> bool:
    """Would `page` hand `remaining` (not empty) on to its child, as Page.route does?

    True for a type without a route of its own, and for a RoutablePageMixin type when none of
    its sub-routes matches (or it is not live): then RoutablePageMixin.route falls back to
    Page.route too. Tested on the class's resolver, so no specific page is loaded for it.
    """
    if page_class.route is Page.route:
        return True
    if page_class.route is not RoutablePageMixin.route:
        return False
    if not page.live:
        return True
    try:
        page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except (Resolver404, Http404):
        return True
    return False


def ancestor_paths(path: str) -> list[str]:
    """Treebeard materialised paths of a page and of every page above it."""
    step = Page.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


def deepest_page_depth() -> int:
    """No page can sit deeper than its materialised path has room for."""
    return Page._meta.get_field("path").max_length // Page.steplen


def pages_on_path(root, slugs: list[str]) -> list:
    """The site root's ancestors and every page that could be one of `slugs` below it, by
    depth, each with `restricted` (it carries a view restriction).

    Raw SQL, as search/sqlite_fts.py uses: the ORM spent longer building this query than the
    database spent running it, on every page view. tests/core/test_overrides.py holds the
    answers to Wagtail's own walk.
    """
    page_table = Page._meta.db_table
    restriction_table = PageViewRestriction._meta.db_table
    ancestors = ancestor_paths(root.path)
    where = f"p.path IN ({', '.join(['%s'] * len(ancestors))})"
    params: list = list(ancestors)
    if slugs:
        steps = " OR ".join(["(p.depth = %s AND p.slug = %s)"] * len(slugs))
        # Treebeard paths are digits and capitals: no LIKE escapes needed.
        where += f" OR (p.path LIKE %s AND ({steps}))"
        params.append(root.path + "%")
        for offset, slug in enumerate(slugs, start=1):
            params += [root.depth + offset, slug]
    sql = (
        f"SELECT p.*, EXISTS (SELECT 1 FROM {restriction_table} AS r WHERE r.page_id = p.id)"  # noqa: S608
        f" AS restricted FROM {page_table} AS p WHERE {where} ORDER BY p.depth"
    )
    return list(Page.objects.raw(sql, params))


def route_below(root, request, path_components):
    """Route `path_components` (at least one) below `root`, the site root as its specific page."""
    # Components past the deepest possible page can only be a sub-route's, never a page's:
    # leaving them out keeps a URL of a thousand segments from becoming a thousand-term query.
    could_be_pages = path_components[: deepest_page_depth() - root.depth]
    pages = pages_on_path(root, could_be_pages)
    above = [page for page in pages if root.path.startswith(page.path)]
    parent = root
    walked = []
    for index, slug in enumerate(path_components):
        child = next(
            (
                page
                for page in pages
                if page.depth == parent.depth + 1
                and page.slug == slug
                and page.path.startswith(parent.path)
            ),
            None,
        )
        if child is None:
            raise Http404
        child._cached_parent_obj = parent
        walked.append(child)
        page_class = child.specific_class
        remaining = path_components[index + 1 :]
        if page_class is None:  # its model is gone: let Wagtail decide, as it would
            return child.specific.route(request, remaining)
        if remaining and passes_through(child, page_class, remaining):
            parent = child
            continue
        page = page_class.objects.get(pk=child.pk)
        page._cached_parent_obj = parent
        page.route_ancestors = [root, *walked[:-1]]
        page.route_unrestricted = not any(
            candidate.restricted or candidate.alias_of_id for candidate in [*above, *walked]
        )
        return page.route(request, remaining)
    raise Http404  # not reached: the loop returns at the last component


class RoutedPageMixin:
    """For page types served through `route_below`: reuse what routing already knows.

    `route_ancestors` (the site root and the pages between it and this one) and
    `route_unrestricted` (no view restriction and no alias on the way) exist only on a page
    instance that routing loaded; anywhere else Wagtail's own queries run.
    """

    def get_view_restrictions(self):
        if getattr(self, "route_unrestricted", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def ancestors_below_root(self) -> list:
        """Pages between the tree root and this page, top down (breadcrumbs)."""
        known = getattr(self, "route_ancestors", None)
        if known is not None:
            return [page for page in known if page.depth > 1]
        return list(self.get_ancestors().filter(depth__gt=1).order_by("depth"))
