"""Small helpers for the program templates."""

from django import template
from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()

FACET_OPTION = (
    '<div class="facet__option"><input type="checkbox" id="facet-{0}-{1}" name="{0}" value="{1}"'
    '{2}> <label for="facet-{0}-{1}">{3} <span class="facet__count">({4}'
    '<span class="visually-hidden"> {5}</span>)</span></label></div>'
)


@register.simple_tag
def facet_options(group):
    """The checkboxes of one facet group. A directory page has about a hundred; built here
    they cost a fraction of what a template loop does per option (issue 4's page budget)."""
    checked = mark_safe(" checked")  # noqa: S308 (a constant)
    programs = gettext("programs")
    return format_html_join(
        "\n",
        FACET_OPTION,
        (
            (
                group["name"],
                o["slug"],
                checked if o["checked"] else "",
                o["label"],
                o["count"],
                programs,
            )
            for o in group["options"]
        ),
    )


@register.filter
def facet_labels(program, facet):
    """{{ page|facet_labels:"condition" }} -> "Anxiety, Burnout"."""
    return ", ".join(program.labels(facet))


@register.filter
def report_url(program):
    return program.reverse_subpage("report_error")


@register.simple_tag(takes_context=True)
def list_toggle(context, program):
    """A card's link that saves the program to the person's list or takes it off: a plain link
    to the same page with the list in the URL changed, so it works without JavaScript."""
    title = program.title
    remove_urls = context.get("remove_urls")
    if remove_urls is not None:  # the list page itself
        return format_html(
            '<a class="program-card__remove" href="{}" rel="nofollow">'
            'Remove<span class="visually-hidden"> {}</span> from my list</a>',
            remove_urls[program.pk],
            title,
        )
    search, result = context.get("search"), context.get("result")
    if search is None or result is None:
        return ""
    saved = program.pk in search.saved
    changed = search.saved.removing(program.pk) if saved else search.saved.adding(program.pk)
    url = search.querystring(list=changed.param, page=result.page) + f"#program-{program.pk}"
    if saved:
        return format_html(
            '<span class="program-card__saved">On your list.</span> <a href="{}" rel="nofollow">'
            'Remove<span class="visually-hidden"> {}</span> from my list</a>',
            url,
            title,
        )
    return format_html(
        '<a class="program-card__save" href="{}" rel="nofollow">'
        'Save<span class="visually-hidden"> {}</span> to my list</a>',
        url,
        title,
    )


@register.simple_tag(takes_context=True)
def program_url(context, program):
    """A program's address from the results, carrying the person's list to its page."""
    search = context.get("search")
    url = program.get_url(context.get("request"))
    return f"{url}?list={search.saved.param}" if search and search.saved else url


@register.simple_tag
def directions_site():
    return settings.DIRECTORY_DIRECTIONS_SITE
