"""Feed discovery on article pages and the home page's plain WebSite markup."""

import json
import re

import pytest

from tests.articles.factories import make_article

pytestmark = pytest.mark.django_db


def alternates(html):
    return re.findall(
        r'<link rel="alternate" type="application/(rss|atom)\+xml"[^>]*href="([^"]+)"', html
    )


def test_article_and_index_pages_link_their_feeds(client, article_index):
    page = make_article(article_index, title="Rest days")
    for url in (page.url, article_index.url):
        found = dict(alternates(client.get(url).content.decode()))
        assert found == {"rss": "/articles/feed/", "atom": "/articles/atom/"}
        for feed in found.values():
            assert client.get(feed).status_code == 200


def test_home_page_website_markup_has_no_retired_search_box(client, home_page):
    html = client.get(home_page.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    things = [json.loads(block) for block in blocks]
    text = json.dumps(things)
    assert "WebSite" in text
    assert "query-input" not in text and "SearchAction" not in text
