"""Small helpers for the program templates."""

from django import template
from django.utils.html import format_html_join
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
