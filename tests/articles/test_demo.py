"""The demo articles: enough to make a real-looking site, original, and safe to load twice."""

import re
from pathlib import Path

import pytest

from articles import demo as articles_demo
from articles import demo_content
from articles.models import ArticlePage
from articles.snippets import Topic
from home import demo as home_demo
from home.models import HomePage

SEEDS = Path("/work/shared/seeds")


@pytest.mark.django_db
def test_demo_articles_load_once_with_faqs_authors_and_reviewers(client):
    # The articles part of `load_demo` (the other apps' demos have their own tests).
    for _ in range(2):
        home_demo.load()
        articles_demo.load()
    articles = ArticlePage.objects.live()
    assert articles.count() == len(demo_content.ARTICLES) >= 8
    topics_used = Topic.objects.filter(articles__in=articles).distinct()
    assert topics_used.count() >= 5
    assert sum(1 for page in articles if page.faq_items) >= 3
    assert all(page.author_id and page.reviewer_id and page.last_reviewed for page in articles)
    home = HomePage.objects.get()
    assert home.featured_articles.count() == 3
    assert client.get("/articles/").status_code == 200
    for page in articles:
        assert client.get(page.url).status_code == 200


def _shingles(text, size=7):
    words = re.findall(r"[a-z']+", text.lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed articles not present")
def test_demo_text_is_original():
    folder = Path(demo_content.__file__).parent
    demo_text = "\n".join(p.read_text(encoding="utf-8") for p in folder.glob("*.py"))
    ours = _shingles(demo_text)
    for seed in SEEDS.iterdir():
        shared = ours & _shingles(seed.read_text(encoding="utf-8"))
        assert not shared, (seed.name, sorted(shared)[:3])
