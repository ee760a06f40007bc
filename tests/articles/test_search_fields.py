"""Site search finds articles by their summary, FAQ questions and answers, and topics."""

import pytest
from wagtail.search.backends import get_search_backend

from articles.models import ArticlePage
from tests.articles.factories import TopicFactory, faq_block, make_article

pytestmark = pytest.mark.django_db


def found(query):
    return list(get_search_backend().search(query, ArticlePage.objects.live()))


def test_faq_questions_answers_summary_and_topics_are_searchable(article_index):
    topic = TopicFactory(name="Quillwort care", slug="quillwort")
    page = make_article(
        article_index,
        title="Plain title",
        summary="Mentions marmalade once.",
        topics=[topic],
        body=[faq_block(1, question="Is zephyrine allowed?", answer="<p>Only with tamarind.</p>")],
    )
    get_search_backend().add(ArticlePage.objects.get(pk=page.pk))
    for word in ("zephyrine", "tamarind", "marmalade", "quillwort"):
        assert [p.pk for p in found(word)] == [page.pk], word
    assert found("nonexistentword") == []
    assert page.search_excerpt == "Mentions marmalade once."
