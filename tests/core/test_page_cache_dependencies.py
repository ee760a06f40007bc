"""A publish makes stale only the cached pages that show what it changed
(core/cache_dependencies.py): after a typo fix, unrelated articles are still served from the
cache, and every page showing the fixed article shows the fix."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticleRelatedPick
from articles.tasks import refresh_related
from home.models import HomePageFeaturedArticle, SiteSettings
from tests.articles.factories import ArticleIndexPageFactory, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def caches_on(settings):
    settings.HAVEN_PAGE_CACHE_SECONDS = 120
    settings.HAVEN_FRAGMENT_CACHE_SECONDS = 120


@pytest.fixture
def index(home_page):
    return ArticleIndexPageFactory(parent=home_page, title="Recovery articles", slug="articles")


def visit(client, url) -> tuple[str, int, str]:
    """(X-Page-Cache, SQL queries run, HTML) of one anonymous visit."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return response["X-Page-Cache"], len(captured.captured_queries), response.content.decode()


def warm(client, *urls) -> None:
    for url in urls:
        client.get(url)
        assert visit(client, url)[0] == "hit", url


@pytest.fixture
def site_with_a_typo(client, home_page, index):
    """An article with a typo in its title, shown on the home page, in the index and in
    another article's related reading; one article that shows none of it; all cached."""
    typo = make_article(index, title="Sleep hygeine after night shifts")
    unrelated = make_article(index, title="Talking to your manager about burnout")
    reader = make_article(index, title="Rotating shifts and rest")
    ArticleRelatedPick.objects.create(page=reader, article=typo, sort_order=0)
    HomePageFeaturedArticle.objects.create(page=home_page, article=typo, sort_order=0)
    pages = {
        "typo": typo.url,
        "unrelated": unrelated.url,
        "reader": reader.url,
        "index": index.url,
        "home": home_page.url,
    }
    warm(client, *pages.values())
    assert "Sleep hygeine" in visit(client, pages["reader"])[2]
    assert "Sleep hygeine" in visit(client, pages["home"])[2]
    return typo, pages


def fix_the_typo(article) -> None:
    draft = article.get_latest_revision_as_object()
    draft.title = "Sleep hygiene after night shifts"
    draft.save_revision().publish()


def test_a_typo_fix_leaves_unrelated_articles_cached(client, site_with_a_typo):
    typo, pages = site_with_a_typo

    fix_the_typo(typo)

    state, queries, html = visit(client, pages["unrelated"])
    assert (state, queries) == ("hit", 0)
    assert "Talking to your manager" in html


@pytest.mark.parametrize("shown_on", ["typo", "reader", "index", "home"])
def test_a_typo_fix_shows_on_every_page_that_shows_the_article(client, site_with_a_typo, shown_on):
    typo, pages = site_with_a_typo

    fix_the_typo(typo)

    state, _queries, html = visit(client, pages[shown_on])
    assert state == "miss"
    assert "Sleep hygiene after night shifts" in html
    assert "hygeine" not in html
    assert visit(client, pages[shown_on])[0] == "hit"  # and is cached again


def test_a_settings_change_still_makes_every_page_stale(client, home_page, site_with_a_typo):
    _typo, pages = site_with_a_typo
    row = SiteSettings.for_site(home_page.get_site())
    row.admissions_phone = "555-0199"
    row.save()

    for url in pages.values():
        assert visit(client, url)[0] == "miss", url


def test_a_new_article_enters_the_index_and_leaves_other_articles_cached(
    client, site_with_a_typo, index
):
    _typo, pages = site_with_a_typo

    make_article(index, title="A first look at virtual IOP")

    assert "A first look at virtual IOP" in visit(client, pages["index"])[2]
    assert visit(client, pages["unrelated"])[0] == "hit"


def test_an_article_given_a_topic_enters_that_topics_list(client, site_with_a_typo, index):
    from tests.related.helpers import topic

    typo, _pages = site_with_a_typo
    sleep = topic("sleep", "Sleep")
    listing = f"{index.url}topic/sleep/"
    assert "Sleep hygeine" not in visit(client, listing)[2]
    assert visit(client, listing)[0] == "hit"

    draft = typo.get_latest_revision_as_object()
    draft.topics = [sleep]
    draft.save_revision().publish()

    assert "Sleep hygeine" in visit(client, listing)[2]


def test_an_unpublished_article_leaves_the_pages_that_listed_it(client, site_with_a_typo):
    typo, pages = site_with_a_typo

    typo.unpublish()

    for name in ("index", "home", "reader"):
        assert "Sleep hygeine" not in visit(client, pages[name])[2], name
    assert visit(client, pages["unrelated"])[0] == "hit"


def test_the_related_refresh_makes_stale_only_the_articles_whose_lists_changed(
    client, index, django_capture_on_commit_callbacks
):
    from tests.related.helpers import make_article as article_with_text

    sleep = "Night shift nurses lose sleep; rotating shifts and sleep debt feed burnout."
    money = "Paying for treatment: insurance, deductibles, copays and sliding-scale fees."
    with django_capture_on_commit_callbacks(execute=True):  # their related reading, filed
        reader = article_with_text(index, title="Sleep after night shifts", body_text=sleep)
        # More articles on paying for care than a list holds: the new article on sleep
        # cannot enter the bystander's list.
        for number in range(9):
            bystander = article_with_text(
                index,
                title=f"Paying for care, part {number + 1}",
                body_text=f"{money} Part {number + 1}.",
                audiences=("loved-ones",),
            )
    neighbour = article_with_text(index, title="Night shift sleep debt", body_text=sleep)
    warm(client, reader.url, bystander.url)

    refresh_related.call([neighbour.pk])  # the worker's task for the neighbour's publish

    state, _queries, html = visit(client, reader.url)
    assert state == "miss" and "Night shift sleep debt" in html
    assert visit(client, bystander.url)[:2] == ("hit", 0)
