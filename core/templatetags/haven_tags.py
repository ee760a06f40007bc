"""Template helpers shared by every app's templates."""

from django import template
from django.apps import apps
from django.db.models import Case, When
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.templatetags.wagtailcore_tags import richtext

from core.citations import link_citations
from core.i18n import current_language, language_links
from core.page_cache import until_content_changes
from core.structured_data import json_ld_script
from core.visibility import public_q

register = template.Library()


@register.simple_tag(takes_context=True)
def page_of_type(context, model_label):
    """The first live page of a type (e.g. "directory.DirectoryPage") in the page's language
    (else in any), found by type, never by slug; cached on the request so a template can ask
    more than once."""
    request = context.get("request")
    cache = getattr(request, "_haven_pages_by_type", None) if request else None
    if cache is None:
        cache = {}
        if request is not None:
            request._haven_pages_by_type = cache
    if model_label not in cache:
        try:
            model = apps.get_model(model_label)
        except LookupError:
            cache[model_label] = None
        else:
            language = current_language()
            cache[model_label] = until_content_changes(
                request,
                "page-of-type",
                lambda: first_public(model, language),
                model_label,
                language,
                depends=[f"type:{model._meta.label}"],
            )
    return cache[model_label]


def first_public(model, language):
    """One query: a page in `language` first, then any."""
    other_language = Case(When(locale__language_code=language, then=0), default=1)
    return model.objects.filter(public_q()).order_by(other_language, "path").first()


@register.simple_tag(takes_context=True)
def languages(context, page=None):
    """The page's language, its hreflang alternates and the header's language switcher."""
    if not hasattr(page, "translation_key"):
        page = None
    return language_links(context.get("request"), page)


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """Every JSON-LD block a page describes itself with."""
    getter = getattr(page, "get_json_ld", None)
    if getter is None:
        return ""
    blocks = getter(context.get("request"))
    return mark_safe("".join(json_ld_script(block) for block in blocks))  # noqa: S308


@register.inclusion_tag("components/crisis_help.html", takes_context=True)
def crisis_help(context, heading_level=2):
    """The crisis help panel, from site settings."""
    return {"haven_settings": context.get("haven_settings"), "heading_level": heading_level}


@register.filter
def vocabulary_label(slug, vocabulary_name):
    """{{ "iop"|vocabulary_label:"LEVELS_OF_CARE" }} -> "Intensive outpatient (IOP)"."""
    from core import vocabulary

    return gettext(vocabulary.label(getattr(vocabulary, vocabulary_name, []), slug))


@register.simple_tag
def vocabulary_choices(vocabulary_name):
    from core import vocabulary

    return getattr(vocabulary, vocabulary_name, [])


@register.simple_tag(takes_context=True)
def cited(context, value, block_id=None):
    """A paragraph's HTML with each [N] linked to source N of the page's references (the page
    puts `reference_count` in the context; elsewhere the text is shown as written)."""
    html = richtext(value)
    count = context.get("reference_count") or 0
    if not count or not block_id:
        return html
    return link_citations(html, block_id, count)[0]


@register.simple_tag(takes_context=True)
def reference_entries(context, value):
    """(number, source, ids of the links citing it) for each source of a references block."""
    backlinks = context.get("citation_backlinks") or {}
    return [
        (number, source, backlinks.get(number, []))
        for number, source in enumerate(value["items"], start=1)
    ]
