"""Article querysets shared by the index, feeds, related reading, recommendations and the home
page. What the public may see is core/visibility.py's rule, the same as the directory's."""

from django.db.models import F

from core.visibility import public_q


def published_articles(under=None, topic=None):
    """Live, public articles, newest first, optionally below one index and in one topic."""
    from articles.models import ArticlePage

    queryset = ArticlePage.objects.filter(public_q())
    if under is not None:
        queryset = queryset.descendant_of(under)
    if topic is not None:
        queryset = queryset.filter(topics=topic)
    return queryset.order_by(
        F("date_published").desc(nulls_last=True), "-first_published_at", "-pk"
    )
