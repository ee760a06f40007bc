"""Suggested topics: an article saved without topics gets suggestions from the nearest topic
centroids, shown in the editor beside the Topics field and never applied by themselves."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.recommend import sync
from articles.recommend.storage import TopicSuggestion
from tests.related.evaluation_set import ARTICLES
from tests.related.helpers import topic

NEW_NURSE_ARTICLE = {
    "title": "Running on empty after a run of double shifts",
    "body_text": "After weeks of short staffing on the ward, many nurses notice exhaustion that "
    "sleep does not fix, a numb distance from patients and dread before each shift.",
}


@pytest.fixture
def filed(article):
    """The team set, published under its topics, with related reading rebuilt."""
    for data in ARTICLES:
        article(
            title=data["title"],
            summary=data["summary"],
            headings=data["headings"],
            body_text=data["body"],
            topics=[topic(slug) for slug in data["topics"]],
        )
    call_command("rebuild_related", stdout=StringIO())


def _draft(article, capture, **fields):
    with capture(execute=True):  # the worker's task, run here
        return article(publish=False, **{**NEW_NURSE_ARTICLE, **fields})


def suggested(page) -> list[str]:
    rows = TopicSuggestion.objects.filter(page=page).order_by("rank")
    return [row.topic.slug for row in rows]


@pytest.mark.parametrize("with_embeddings", [True, False], ids=["embeddings", "lexical"])
def test_a_draft_without_topics_gets_the_nearest_topic_suggested_not_applied(
    settings, filed, article, django_capture_on_commit_callbacks, with_embeddings
):
    settings.RELATED_EMBEDDINGS = with_embeddings
    sync.forget_cache()
    page = _draft(article, django_capture_on_commit_callbacks)
    assert suggested(page)[:1] == ["burnout"]
    page.refresh_from_db()
    assert not page.topics.exists()  # never applied silently
    assert not page.get_latest_revision_as_object().topics.exists()


def test_the_editor_shows_the_suggestions_with_a_button_for_each(
    filed, article, django_capture_on_commit_callbacks, staff_login, admin_user
):
    page = _draft(article, django_capture_on_commit_callbacks)
    client = staff_login(admin_user)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Suggested topics" in html
    assert "Tick “Burnout”" in html
    assert "articles/suggested_topics.js" in html


def test_an_article_with_topics_gets_no_suggestions(
    filed, article, django_capture_on_commit_callbacks, staff_login, admin_user
):
    page = _draft(article, django_capture_on_commit_callbacks, topics=[topic("anxiety")])
    assert suggested(page) == []
    client = staff_login(admin_user)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Suggested topics" not in html


def test_an_imported_article_gets_suggestions_too(
    filed, article_index, django_capture_on_commit_callbacks
):
    from pathlib import Path

    from articles.models import ArticlePage

    page_file = Path(__file__).resolve().parents[1] / "evaluation/importer/dev/wordpress-01.html"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_articles", str(page_file), stdout=StringIO())
    page = ArticlePage.objects.get(import_source="wordpress-01.html")
    assert "burnout" in suggested(page)  # "When Nurses Burn Out: ..."
    assert not page.topics.exists()
