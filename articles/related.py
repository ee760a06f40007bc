"""Related reading for an article: editor picks first, then (issue 6) the automatic fill.

`related_articles(page, limit=3)` returns live, public ArticlePages, never `page` itself, in
at most two queries: the picks, then the pages they point at.
"""

from articles.queries import public_q_filter


def editor_picks(page, limit=3) -> list:
    from articles.models import ArticlePage

    # In a preview the picks live only in memory, so read them from the page, not the table.
    ids = []
    for pick in page.related_picks.all():
        if pick.article_id and pick.article_id != page.pk and pick.article_id not in ids:
            ids.append(pick.article_id)
    if not ids:
        return []
    pages = public_q_filter(ArticlePage.objects.filter(pk__in=ids))
    by_id = {article.pk: article for article in pages}
    return [by_id[pk] for pk in ids if pk in by_id][:limit]


def related_articles(page, limit=3) -> list:
    """The articles shown under `page` as related reading, best first."""
    return editor_picks(page, limit=limit)
