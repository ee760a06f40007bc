"""The production cache (haven/integrations.py) over a real Redis connection, and what a
visitor sees when Redis is down: the same pages, crisis line included, just uncached."""

import socket

import pytest
from django.core.cache import cache

from haven.integrations import cache_settings
from tests.articles.factories import ArticleIndexPageFactory, make_article

pytestmark = pytest.mark.django_db
LIVE_REDIS = "redis://127.0.0.1:6379/15"  # a database of its own; emptied after each test
DEAD_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def redis_is_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.fixture
def caches_on(settings):
    settings.HAVEN_PAGE_CACHE_SECONDS = 300
    settings.HAVEN_FRAGMENT_CACHE_SECONDS = 300


@pytest.fixture
def live_redis(settings, caches_on):
    if not redis_is_up():
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings.CACHES = cache_settings(LIVE_REDIS)
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def dead_redis(settings, caches_on):
    settings.CACHES = cache_settings(DEAD_REDIS)


def test_pages_are_cached_in_redis_and_purged_on_publish(client, live_redis, home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    article = make_article(index, title="Kept in Redis")

    assert client.get(article.url)["X-Page-Cache"] == "miss"
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    article.title = "Kept in Redis, edited"
    article.save_revision().publish()  # a publish makes the pages showing it stale
    response = client.get(article.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Kept in Redis, edited" in response.content.decode()


def test_with_redis_down_pages_still_show_with_the_crisis_line(client, dead_redis, home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    article = make_article(index, title="Still here")

    for url in ("/", article.url, "/search/?q=burnout"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'href="tel:988"' in response.content.decode(), url
    assert "Still here" in client.get(article.url).content.decode()


def test_a_purge_that_cannot_reach_redis_says_so_in_the_log(dead_redis, caplog):
    from core.page_cache import purge

    with caplog.at_level("WARNING", logger="core.page_cache"):
        purge()

    assert "Could not purge the page cache" in caplog.text
