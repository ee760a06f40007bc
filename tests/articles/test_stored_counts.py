"""An article's word count and tag names are counted when it is saved, not on every render,
and what a reader or an editor sees still follows the latest text (issue 19)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticlePage
from tests.articles.factories import make_article, paragraph_block
from tests.articles.test_article_page import json_ld, of_type

pytestmark = pytest.mark.django_db


def article_facts(html) -> dict:
    return of_type(json_ld(html), "Article")[0]


def test_an_article_without_tags_is_served_without_asking_for_tags(client, article_index):
    page = make_article(article_index, title="No tags here")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    assert "keywords" not in article_facts(response.content.decode())
    assert not [q["sql"] for q in queries.captured_queries if "taggit_tag" in q["sql"]]


def test_tags_and_words_added_in_a_publish_show_after_it(client, article_index):
    page = make_article(article_index, title="Short", body=[paragraph_block("<p>Few words.</p>")])
    before = article_facts(client.get(page.url).content.decode())
    assert "keywords" not in before

    page.tags.add("night shift", "nurses")
    page.body = [paragraph_block("<p>" + "many more words " * 400 + "</p>")]
    page.save_revision().publish()

    html = client.get(page.url).content.decode()
    after = article_facts(html)
    assert after["keywords"] == "night shift, nurses"
    assert after["wordCount"] == before["wordCount"] - 2 + 1200
    assert "6 min read" in html  # 1,200+ words at 225 a minute


def test_a_preview_counts_the_editors_unsaved_text(article_index):
    page = make_article(article_index, title="Draft", body=[paragraph_block("<p>Two words.</p>")])
    saved_words = page.word_count

    draft = ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    draft.body = [paragraph_block("<p>" + "added " * 500 + "</p>")]
    response = draft.make_preview_request()
    response.render()

    facts = article_facts(response.content.decode())
    assert facts["wordCount"] == saved_words - 2 + 500
    assert facts["timeRequired"] == "PT3M"
