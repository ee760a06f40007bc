"""The shortcuts of an uncached render (issue 19) change no byte of what a reader gets.

Every live demo page is fetched twice: through Haven's routing (one raw query for the path) with
each article's stored word count and tags, and through Wagtail's own walk down the tree with
those counts emptied, so that each is worked out afresh from the body and the tags table, as
before the shortcuts. Caches are emptied before each fetch; only a form's per-request tokens
are masked.
"""

import io
import re

import pytest
from django.core.cache import caches
from django.core.management import call_command
from wagtail.models import Page

from articles.models import ArticlePage
from home.models import HomePage

pytestmark = pytest.mark.django_db


# A form's CSRF token and its signed start time are new on every request, by design.
PER_REQUEST = re.compile(rb'(name="(?:csrfmiddlewaretoken|started)" value=")[^"]*"')


def fetch_all(client, pages):
    bodies = {}
    for page in pages:
        for cache in caches.all():
            cache.clear()
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        bodies[page.url] = PER_REQUEST.sub(rb'\1(per request)"', response.content)
    return bodies


def test_every_demo_page_is_byte_identical_with_and_without_the_shortcuts(client, monkeypatch):
    call_command("load_demo", stdout=io.StringIO())
    tagged = ArticlePage.objects.live().order_by("path").first()
    tagged.tags.add("night shift", "nurses")  # the demo articles carry no tags of their own
    tagged.save_revision().publish()
    pages = list(Page.objects.live().public().filter(depth__gt=1).order_by("path"))
    articles = ArticlePage.objects.live()
    assert len(pages) >= 20 and articles.count() >= 8
    assert all(article.stored_counts.get("words") for article in articles)
    assert ArticlePage.objects.get(pk=tagged.pk).stored_counts["tags"] == ["night shift", "nurses"]

    fast = fetch_all(client, pages)

    ArticlePage.objects.update(stored_counts={})
    monkeypatch.setattr(HomePage, "route", Page.route)
    reference = fetch_all(client, pages)

    differing = [url for url in fast if fast[url] != reference[url]]
    assert not differing, differing
