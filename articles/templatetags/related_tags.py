"""`{% load related_tags %}`: programs for an article, articles for a program (issue 6).

{% programs_for_article page as programs %}
{% articles_for_program page as related_articles %}
"""

from django import template

from articles import program_matching

register = template.Library()


@register.simple_tag
def programs_for_article(page, limit=program_matching.PROGRAM_LIMIT):
    if not hasattr(page, "topic_list"):  # not an article (e.g. another page type's preview)
        return []
    return program_matching.programs_for_article(page, limit=limit)


@register.simple_tag
def articles_for_program(page, limit=program_matching.PROGRAM_LIMIT):
    if not hasattr(page, "levels_of_care"):
        return []
    return program_matching.articles_for_program(page, limit=limit)
