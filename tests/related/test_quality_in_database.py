"""The evaluation set as real pages: the database path (StreamField text, topics, tags,
audiences -> stored neighbours -> related_articles) keeps the precision of the plain engine."""

from django.core.management import call_command

from articles.models import ArticlePage
from articles.recommend import sync
from articles.recommend.storage import RelatedArticle
from articles.related import related_articles
from tests.related.evaluation_set import ARTICLES
from tests.related.helpers import topic


def _evaluation_pages(article) -> dict[int, str]:
    pages = {}
    for data in ARTICLES:
        page = article(
            title=data["title"],
            summary=data["summary"],
            headings=data["headings"],
            body_text=data["body"],
            faq=data["faq"],
            topics=[topic(slug) for slug in data["topics"]],
            tags=data["tags"],
            audiences=data["audiences"],
        )
        pages[page.pk] = data["group"]
    call_command("rebuild_related", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return pages


def _stored() -> dict[int, list[tuple[int, float]]]:
    lists: dict[int, list[tuple[int, float]]] = {}
    for source, target, score in RelatedArticle.objects.order_by("source_id", "rank").values_list(
        "source_id", "target_id", "score"
    ):
        lists.setdefault(source, []).append((target, score))
    return lists


def test_precision_at_3_through_the_database(article):
    pages = _evaluation_pages(article)
    hits = total = 0
    for pk, group in pages.items():
        shown = related_articles(ArticlePage.objects.get(pk=pk), 3)
        assert len(shown) == 3
        hits += sum(pages[a.pk] == group for a in shown)
        total += 3
    assert hits / total >= 0.9


def test_a_publish_orders_each_list_it_recomputes_as_the_full_rebuild_did(article):
    # Lists are ordered by score and shared neighbours, so the stored order is not always the
    # order of the scores; republishing an unchanged article recomputes its list and the lists
    # around it, in the worker, and must order them as the rebuild did.
    _evaluation_pages(article)
    rebuilt = _stored()
    reordered = [pk for pk, found in rebuilt.items() if found != sorted(found, key=lambda f: -f[1])]
    assert reordered, "no list where shared neighbours change the order: the test shows nothing"
    for pk in reordered[:5]:
        sync.update([pk])
        assert _stored() == rebuilt, pk
