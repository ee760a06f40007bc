"""Site settings and navigation for every template, including the error pages."""

import logging

from django.db import DatabaseError
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from core.page_cache import until_content_changes

logger = logging.getLogger(__name__)


def site_settings_for(request):
    """The SiteSettings of the request's site with its crisis channels, or the built-in
    defaults when the database fails: the crisis banner must render even when nothing else can.
    """
    from wagtail.models import Site

    from home.models import SiteSettings

    try:
        site = Site.find_for_request(request)
        if site is None:
            return SiteSettings.for_request(request).with_channels_loaded()
        return until_content_changes(
            request,
            "site-settings",
            lambda: SiteSettings.for_site(site).with_channels_loaded(),
            site.pk,
        )
    except (DatabaseError, AttributeError, LookupError):
        logger.warning("Site settings unavailable; showing the default crisis channels")
        return SiteSettings.fallback()


def menu_pages(request):
    from wagtail.models import Site

    try:
        site = Site.find_for_request(request)
        if site is None:
            return []
        language = translation.get_language()
        return until_content_changes(
            request,
            "menu",
            lambda: top_level_pages(site),
            site.pk,
            language,
            depends=[f"children:{site.root_page_id}"],
        )
    except DatabaseError:
        return []


def top_level_pages(site) -> list:
    from core.visibility import public_q

    # The rule every list follows (core/visibility.py): one query, restrictions read from the
    # cache where .public() would fetch every one of them first.
    # The home page of the request's language (Spanish under /es/), as Wagtail routes from it.
    home = site.root_page.localized
    return list(home.get_children().in_menu().filter(public_q()))


def haven(request):
    return {
        "haven_settings": SimpleLazyObject(lambda: site_settings_for(request)),
        "menu_pages": SimpleLazyObject(lambda: menu_pages(request)),
    }
