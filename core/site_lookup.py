"""The request's Wagtail Site, with its root page as its own type, from the fragment cache.

Wagtail looks the site up by host and port on every request (one query), then loads the root
page as a HomePage to route from (another), and its translation in the active language (a third,
for Wagtail's Page.localized). They change only when an editor changes them, and every such
change purges (core/page_cache_signals.py). Wagtail reads the site from
`request._wagtail_site`, which its Site.find_for_request documents as its per-request cache.
"""

from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.views import serve

from core.page_cache import until_content_changes


def site_with_root(request):
    site = Site.find_for_request(request)
    if site is not None:
        # The root as its own type, with its live translations by language (one query), so
        # Wagtail's `site.root_page.localized` needs none (HomePage.localized).
        root = site.root_page = site.root_page.specific
        translations = (
            type(root)
            .objects.live()
            .filter(translation_key=root.translation_key)
            .select_related("locale")
        )
        root.known_translations = {page.locale.language_code: page for page in translations}
    return site


def needs_site(view):
    """Marks a view that looks its site up (site search): it gets the cached one too."""
    view.haven_needs_site = True
    return view


class KnownSiteMiddleware:
    """For Wagtail's page view and views marked `needs_site` only: other views may not need a
    site, nor a database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        wanted = view_func is serve or getattr(view_func, "haven_needs_site", False)
        if not wanted or hasattr(request, "_wagtail_site"):
            return None
        try:
            hostname = split_domain_port(request.get_host())[0]
        except DisallowedHost:
            return None  # Wagtail's own lookup raises it as usual
        request._wagtail_site = until_content_changes(
            request, "site", lambda: site_with_root(request), hostname, request.get_port()
        )
        return None
