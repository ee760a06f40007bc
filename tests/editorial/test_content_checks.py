"""The content checks in the editor: findings in the preview's checker configuration, and the
crisis-help gate on submitting or publishing, with the override reason in the history."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import rich_text, streamfield

from articles.models import ArticlePage
from tests.articles.factories import TopicFactory
from tests.editorial.conftest import article_form

pytestmark = pytest.mark.django_db


def axe_config(html):
    match = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    return json.loads(match.group(1))


def preview(client, index, data):
    url = reverse("wagtailadmin_pages:preview_on_add", args=["articles", "articlepage", index.pk])
    assert client.post(url, data).json()["is_valid"] is True
    return client.get(url + "?in_preview_panel=true").content.decode()


def test_preview_checker_names_the_phrase_says_why_and_suggests(client, editor, article_index):
    client.force_login(editor)
    html = preview(
        client,
        article_index,
        article_form(
            "After a loss", "<p>Her colleague committed suicide last year. Our IOP can help.</p>"
        ),
    )
    messages = axe_config(html)["messages"]
    names = {m["error_name"]: m["help_text"] for m in messages.values()}
    assert "Safe messaging: “committed suicide”" in names
    assert "died by suicide" in names["Safe messaging: “committed suicide”"]
    assert "Plain language: “IOP”" in names
    assert "Safe messaging: “No crisis-help block”" in names


def test_clean_article_has_only_the_stock_checks(client, editor, article_index):
    client.force_login(editor)
    html = preview(client, article_index, article_form("Rest", "<p>We can help you rest.</p>"))
    assert not any(key.startswith("haven-finding") for key in axe_config(html)["messages"])


def suicide_article(title, **extra):
    return article_form(title, "<p>Talking about suicide can save a life.</p>", **extra)


def test_submitting_without_the_crisis_block_needs_a_reason(client, editor, article_index):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", article_index.pk])
    response = client.post(url, {**suicide_article("Asking directly"), "action-submit": "1"})
    assert response.status_code == 200
    assert "has no crisis-help block" in response.content.decode()
    assert not ArticlePage.objects.filter(title="Asking directly").exists()
    # A draft can always be saved.
    assert client.post(url, suicide_article("Asking directly")).status_code == 302


def test_the_override_reason_goes_into_the_history(client, editor, article_index):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", article_index.pk])
    reason = "The crisis line appears in the site banner and the first paragraph."
    data = {**suicide_article("Asking again", crisis_block_override=reason), "action-submit": "1"}
    assert client.post(url, data).status_code == 302
    page = ArticlePage.objects.get(title="Asking again")
    entry = PageLogEntry.objects.get(page=page, action="haven.crisis_block_override")
    assert entry.data["reason"] == reason and entry.user == editor
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert reason in history


def test_with_the_crisis_block_no_reason_is_needed(client, editor, article_index):
    client.force_login(editor)
    topic = TopicFactory(name="Self-harm", slug="self-harm")
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", article_index.pk])
    data = article_form("When a friend self-harms", "<p>Stay close.</p>")
    data.update({"topics": [topic.pk], "action-submit": "1"})
    assert client.post(url, data).status_code == 200  # topic alone makes it about self-harm
    body = streamfield([("crisis_help", ""), ("paragraph", rich_text("<p>Stay close.</p>"))])
    data = article_form("When a friend self-harms", body=body)
    data.update({"topics": [topic.pk], "action-submit": "1"})
    assert client.post(url, data).status_code == 302
