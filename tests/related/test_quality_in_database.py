"""The evaluation set as real pages: the database path (StreamField text, topics, tags,
audiences -> stored neighbours -> related_articles) keeps the precision of the plain engine."""

from django.core.management import call_command

from articles.models import ArticlePage
from articles.related import related_articles
from tests.related.evaluation_set import ARTICLES
from tests.related.helpers import topic


def test_precision_at_3_through_the_database(article):
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
    hits = total = 0
    for pk, group in pages.items():
        shown = related_articles(ArticlePage.objects.get(pk=pk), 3)
        assert len(shown) == 3
        hits += sum(pages[a.pk] == group for a in shown)
        total += 3
    assert hits / total >= 0.9
