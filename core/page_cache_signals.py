"""What purges the anonymous page cache: any change an anonymous visitor could see."""

from django.db.models.signals import post_delete, post_save
from wagtail import signals as wagtail_signals
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site

from core.page_cache import purge


def purge_if_content(sender, instance, **kwargs) -> None:
    """Sites, deleted pages, view restrictions (a page made private leaves menus and lists),
    saved settings (crisis line, footer) and snippets all show on pages."""
    from wagtail.snippets.models import get_snippet_models

    if kwargs.get("raw"):  # fixtures being loaded
        return
    if isinstance(instance, Site | PageViewRestriction):
        # A Site's hostname, port or root page: routing depends on them.
        purge()
    elif isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        # Settings rows are made with their defaults on first use: pages already show those.
        if not kwargs.get("created"):
            purge()
    elif isinstance(instance, tuple(get_snippet_models())) or (
        isinstance(instance, Page) and kwargs.get("signal") is post_delete
    ):
        purge()


def connect() -> None:
    uid = "haven-page-cache"
    wagtail_signals.page_published.connect(purge, dispatch_uid=f"{uid}-published")
    wagtail_signals.page_unpublished.connect(purge, dispatch_uid=f"{uid}-unpublished")
    wagtail_signals.post_page_move.connect(purge, dispatch_uid=f"{uid}-moved")
    wagtail_signals.published.connect(purge, dispatch_uid=f"{uid}-snippet-published")
    wagtail_signals.unpublished.connect(purge, dispatch_uid=f"{uid}-snippet-unpublished")
    post_save.connect(purge_if_content, dispatch_uid=f"{uid}-saved")
    post_delete.connect(purge_if_content, dispatch_uid=f"{uid}-deleted")
