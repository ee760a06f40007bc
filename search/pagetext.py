"""The words a page is found by, read the way the search index reads them: from the page
type's `search_fields`. Used for the results' excerpts and for the vocabulary."""

import logging

from django.db.models import Manager
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from modelsearch import index
from wagtail.blocks import StreamValue

from core.body_text import body_text

logger = logging.getLogger(__name__)

# What a reader is told each result is; any other page type is a "Page".
TYPE_LABELS = {"articles.articlepage": "Article", "directory.programpage": "Program"}


def type_label(page) -> str:
    model = page.specific_class or type(page)  # the content type is cached: no query
    return TYPE_LABELS.get(f"{model._meta.app_label}.{model._meta.model_name}", "Page")


def _flatten(value) -> str:
    if value is None:
        return ""
    if isinstance(value, StreamValue):
        return body_text(value)  # its words, without rendering every block to HTML
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    return force_str(value)


def _field_texts(obj, fields, *, follow_relations: bool):
    for field in fields:
        if isinstance(field, index.RelatedFields):
            if not follow_relations:
                continue
            related = field.get_value(obj)
            if related is None:
                continue
            items = related.all() if isinstance(related, Manager) else [related]
            for item in items:
                yield from _field_texts(item, field.fields, follow_relations=False)
        elif isinstance(field, index.SearchField) and field.field_name != "title":
            try:
                yield _flatten(field.get_value(obj))
            except Exception:  # one odd field must not break the results page
                logger.warning(
                    "Could not read %s.%s for search",
                    type(obj).__name__,
                    field.field_name,
                    exc_info=True,
                )


def texts(page):
    """The same texts as page_text, one at a time and lazily: a caller that finds what it
    wants in the summary never parses the StreamField body."""
    seen = set()
    parts = [page.search_description or ""]
    for part in _chain(parts, _field_texts(page, page.get_search_fields(), follow_relations=False)):
        text = " ".join(strip_tags(part).split())
        if text and text not in seen:
            seen.add(text)
            yield text


def kept_texts(page, request) -> list[str]:
    """All of `texts(page)`, kept in the fragment cache until the page changes: a page found
    again by the next search is not read from its body again (core/page_cache.py)."""
    from core.page_cache import until_content_changes

    return until_content_changes(
        request, "search-texts", lambda: list(texts(page)), page.pk, depends=[f"page:{page.pk}"]
    )


def _chain(*iterables):
    for iterable in iterables:
        yield from iterable


def page_text(page, *, follow_relations: bool = False) -> str:
    """Everything but the title, as plain text: search description first, then the page
    type's searchable fields in their order. Relations are followed only when asked
    (the vocabulary refresh does; the results page does not, to stay at a fixed query count)."""
    parts = [page.search_description or ""]
    parts += _field_texts(page, page.get_search_fields(), follow_relations=follow_relations)
    seen, unique = set(), []
    for part in parts:
        text = " ".join(strip_tags(part).split())
        if text and text not in seen:
            seen.add(text)
            unique.append(text)
    return " ".join(unique)
