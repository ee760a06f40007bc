"""Site settings and navigation for every template, including the error pages."""

import logging

from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject

logger = logging.getLogger(__name__)


def site_settings_for(request):
    """The SiteSettings of the request's site, or the built-in defaults when the database fails.

    The crisis banner must render even when nothing else can.
    """
    from home.models import SiteSettings

    try:
        return SiteSettings.for_request(request)
    except (DatabaseError, AttributeError, LookupError):
        logger.warning("Site settings unavailable; showing the default crisis line")
        return SiteSettings()


def menu_pages(request):
    from wagtail.models import Site

    try:
        site = Site.find_for_request(request)
        if site is None:
            return []
        return list(site.root_page.get_children().live().public().in_menu())
    except DatabaseError:
        return []


def haven(request):
    return {
        "haven_settings": SimpleLazyObject(lambda: site_settings_for(request)),
        "menu_pages": SimpleLazyObject(lambda: menu_pages(request)),
    }
