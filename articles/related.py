"""Related reading for an article: editor picks first, then the automatic fill (issue 6).

`related_articles(page, limit=None)` returns live, public, unexpired ArticlePages, never
`page` itself, picks in the editor's order, then the neighbours stored by
articles.recommend (best first) up to `limit` (default: the configured count). It costs at
most two queries whatever the count: one for a saved page (picks and suggestions together),
two for a preview (its picks are read from the page itself first).
"""

from django.conf import settings
from django.db.models import OuterRef, Q, Subquery

from core.visibility import public_q

DEFAULT_COUNT = 3
MIN_COUNT, MAX_COUNT = 3, 6


def related_count() -> int:
    """settings.RELATED_ARTICLES_COUNT, kept between 3 and 6 (default 3)."""
    try:
        count = int(getattr(settings, "RELATED_ARTICLES_COUNT", DEFAULT_COUNT))
    except (TypeError, ValueError):
        count = DEFAULT_COUNT
    return min(MAX_COUNT, max(MIN_COUNT, count))


def _pick_ids(page) -> list[int]:
    # In a preview the picks live only in memory, so read them from the page, not the table.
    ids = []
    for pick in page.related_picks.all():
        if pick.article_id and pick.article_id != page.pk and pick.article_id not in ids:
            ids.append(pick.article_id)
    return ids


def related_articles(page, limit=None) -> list:
    """The articles shown under `page` as related reading, best first."""
    from articles.models import ArticlePage, ArticleRelatedPick
    from articles.recommend.storage import RelatedArticle

    limit = related_count() if limit is None else limit
    if not page.pk or _picks_in_memory(page):
        ids = _pick_ids(page)
        wanted = Q(pk__in=ids)
        pick_order = None
    else:
        # A saved page: its picks join the one query instead of being read first.
        picks = ArticleRelatedPick.objects.filter(page_id=page.pk)
        wanted = Q(pk__in=picks.values("article_id"))
        first_pick = picks.filter(article_id=OuterRef("pk")).order_by("sort_order", "pk")
        pick_order = {
            "pick_sort": Subquery(first_pick.values("sort_order")[:1]),
            "pick_id": Subquery(first_pick.values("pk")[:1]),
        }
    if page.pk:
        stored = RelatedArticle.objects.filter(source_id=page.pk)
        wanted |= Q(pk__in=stored.values("target_id"))
        rank = stored.filter(target_id=OuterRef("pk")).values("rank")[:1]
    else:
        rank = None
    articles = ArticlePage.objects.filter(public_q()).filter(wanted).exclude(pk=page.pk)
    if rank is not None:
        articles = articles.annotate(suggested_rank=Subquery(rank))
    if pick_order is not None:
        articles = articles.annotate(**pick_order)
    by_id = {article.pk: article for article in articles}
    if pick_order is not None:
        picked = sorted(
            (a for a in by_id.values() if a.pick_id is not None),
            key=lambda a: (a.pick_sort is None, a.pick_sort or 0, a.pick_id),
        )
        ids = [article.pk for article in picked]
    picks = [by_id[pk] for pk in ids if pk in by_id]
    fill = sorted(
        (a for a in by_id.values() if a.pk not in ids and getattr(a, "suggested_rank", None)),
        key=lambda a: a.suggested_rank,
    )
    return (picks + fill)[:limit]


def _picks_in_memory(page) -> bool:
    """True when the picks live only on this object (a preview, a revision being viewed)."""
    return "related_picks" in getattr(page, "_cluster_related_objects", {})
