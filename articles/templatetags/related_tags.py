"""`{% load related_tags %}`: programs for an article, articles for a program (issue 6).

{% programs_for_article page as programs %}
{% articles_for_program page as related_articles %}
"""

from django import template

from articles import program_matching

register = template.Library()


@register.simple_tag(takes_context=True)
def programs_for_article(context, page, limit=program_matching.PROGRAM_LIMIT):
    if not hasattr(page, "topic_list"):  # not an article (e.g. another page type's preview)
        return []
    request = context.get("request")
    return program_matching.programs_for_article(page, limit=limit, request=request)


@register.simple_tag
def articles_for_program(page, limit=program_matching.PROGRAM_LIMIT):
    if not hasattr(page, "levels_of_care"):
        return []
    return program_matching.articles_for_program(page, limit=limit)
