"""What makes cached pages stale: any change an anonymous visitor could see.

A page's publish, unpublish or move makes stale the entries that show it
(core/cache_dependencies.py); everything else an editor saves that pages show (settings,
sites, snippets, view restrictions, a deleted page) purges all of them.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail import signals as wagtail_signals
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site, get_page_models

from core.cache_dependencies import bump
from core.cache_dependencies import connect as connect_dependencies
from core.page_cache import purge
from core.routing import ancestor_paths

# Page fields that decide which lists show a page and where; a type adds its own in
# `listed_by` (e.g. an article's date and topics).
LISTING_FIELDS = ("live", "url_path", "show_in_menus", "expire_at", "first_published_at")


def listing_signature(page_class, pk) -> tuple:
    """What a page's place in lists depends on, as stored now (empty once it is gone)."""
    fields = (*LISTING_FIELDS, *getattr(page_class, "listed_by", ()))
    rows = page_class.objects.filter(pk=pk)
    plain = [name for name in fields if not page_class._meta.get_field(name).many_to_many]
    found = list(rows.values_list(*plain))
    if not found:
        return ()
    related = tuple(
        tuple(sorted(filter(None, rows.values_list(name, flat=True))))
        for name in fields
        if page_class._meta.get_field(name).many_to_many
    )
    return (found[0], related)


def note_listing_before(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    """pre_save: keep where the page was listed, to tell a typo fix from a move in the lists.
    Saves of a few bookkeeping fields (a draft's revision) cannot move it."""
    if raw or instance.pk is None or hasattr(instance, "_haven_listed_before"):
        return
    if update_fields is not None and "live" not in update_fields:
        return
    instance._haven_listed_before = listing_signature(type(instance), instance.pk)


def listing_tags(page, parent_path=None) -> list[str]:
    """Tags of every list a page could enter or leave: its parent's children, everything
    below its ancestors, and pages found by its type."""
    path = parent_path if parent_path is not None else page.path[: -Page.steplen]
    ancestors = list(Page.objects.filter(path__in=ancestor_paths(path)).values_list("pk", "path"))
    parent = next((pk for pk, found in ancestors if found == path), None)
    return [
        f"children:{parent}",
        *(f"below:{pk}" for pk, _path in ancestors),
        f"type:{page.specific_class._meta.label}" if page.specific_class else "type:unknown",
    ]


def page_published(sender, instance, **kwargs) -> None:
    before = getattr(instance, "_haven_listed_before", None)
    if hasattr(instance, "_haven_listed_before"):
        del instance._haven_listed_before
    tags = [f"page:{instance.pk}"]
    if not before or before != listing_signature(type(instance), instance.pk):
        tags += listing_tags(instance)
    bump(*tags)


def page_unpublished(sender, instance, **kwargs) -> None:
    bump(f"page:{instance.pk}", *listing_tags(instance))


def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs) -> None:
    bump(
        f"page:{instance.pk}",
        *listing_tags(instance, parent_page_before.path),
        *listing_tags(instance, parent_page_after.path),
    )


def snippet_published(sender, instance, **kwargs) -> None:
    """Wagtail sends `published` for pages too (after `page_published`): those are handled."""
    if not isinstance(instance, Page):
        purge()


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
    connect_dependencies()
    for model in get_page_models():
        label = model._meta.label
        pre_save.connect(note_listing_before, sender=model, dispatch_uid=f"{uid}-before-{label}")
    wagtail_signals.page_published.connect(page_published, dispatch_uid=f"{uid}-published")
    wagtail_signals.page_unpublished.connect(page_unpublished, dispatch_uid=f"{uid}-unpublished")
    wagtail_signals.post_page_move.connect(page_moved, dispatch_uid=f"{uid}-moved")
    wagtail_signals.published.connect(snippet_published, dispatch_uid=f"{uid}-snippet-published")
    wagtail_signals.unpublished.connect(
        snippet_published, dispatch_uid=f"{uid}-snippet-unpublished"
    )
    post_save.connect(purge_if_content, dispatch_uid=f"{uid}-saved")
    post_delete.connect(purge_if_content, dispatch_uid=f"{uid}-deleted")
