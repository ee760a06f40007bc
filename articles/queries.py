"""Article querysets shared by the index, feeds, related reading and the home page."""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def public_q_filter(queryset):
    """Live pages outside any private section, in ONE query.

    Wagtail's `.public()` first loads every view restriction (an extra query); this does the
    same test inside the main query: a page is private when a restricted page's path is a
    prefix of its own.
    """
    restricted = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(prefix=F("page__path"))
    return queryset.live().exclude(Exists(restricted))


def published_articles(under=None, topic=None):
    """Live, public articles, newest first, optionally below one index and in one topic."""
    from articles.models import ArticlePage

    queryset = public_q_filter(ArticlePage.objects.all())
    if under is not None:
        queryset = queryset.descendant_of(under)
    if topic is not None:
        queryset = queryset.filter(topics=topic)
    return queryset.order_by(
        F("date_published").desc(nulls_last=True), "-first_published_at", "-pk"
    )
