"""Small helpers for the program templates."""

from django import template

register = template.Library()


@register.filter
def facet_labels(program, facet):
    """{{ page|facet_labels:"condition" }} -> "Anxiety, Burnout"."""
    return ", ".join(program.labels(facet))


@register.filter
def report_url(program):
    return program.reverse_subpage("report_error")
