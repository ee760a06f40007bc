"""Routing from the site root in a fixed number of queries (core/routing.py) answers exactly
what Wagtail's own walk down the tree answers."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from articles.models import ArticlePage
from tests.articles.factories import ArticleIndexPageFactory, TopicFactory, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return ArticleIndexPageFactory(parent=home_page)


def test_a_published_article_is_found_and_a_draft_or_missing_one_is_not(client, index):
    article = make_article(index, title="Found by its path")
    draft = make_article(index, title="Not yet", publish=False)

    assert client.get(article.url).status_code == 200
    assert b"Found by its path" in client.get(article.url).content
    assert client.get(f"{index.url}{draft.slug}/").status_code == 404
    assert client.get(f"{index.url}no-such-article/").status_code == 404
    assert client.get(f"{article.url}deeper/").status_code == 404


def test_a_url_of_a_thousand_segments_is_not_found_rather_than_an_error(client, index):
    assert client.get(index.url + "a/" * 1000).status_code == 404
    assert client.get("/" + "deep/" * 2000).status_code == 404


def test_a_sub_route_of_the_index_still_wins_over_the_walk(client, index):
    topic = TopicFactory(name="Burnout", slug="burnout")
    article = make_article(index, title="On burnout", topics=[topic])

    response = client.get(f"{index.url}topic/burnout/")

    assert response.status_code == 200
    assert article.title.encode() in response.content


def test_a_private_section_still_asks_visitors_to_sign_in(client, index):
    article = make_article(index, title="Members only")
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(article.url)

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_private_article_asks_for_its_password_and_opens_with_it(client, index):
    article = make_article(index, title="Behind a password", summary="Only for the team.")
    restriction = PageViewRestriction.objects.create(
        page=article,
        restriction_type=PageViewRestriction.PASSWORD,
        # pragma: allowlist nextline secret
        password="s3cret-word",
    )
    from django.urls import reverse

    form = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, article.pk])

    asked = client.get(article.url).content.decode()

    assert f'<form action="{form}" method="POST">' in asked
    assert '<input type="password" name="password"' in asked
    assert "Behind a password" not in asked and "Only for the team." not in asked
    wrong = client.post(form, {"password": "guess", "return_url": article.url})
    assert "Only for the team." not in wrong.content.decode()
    right = client.post(form, {"password": restriction.password, "return_url": article.url})
    assert right["Location"] == article.url
    assert "Only for the team." in client.get(article.url).content.decode()


def routed(url):
    """Wagtail's router for `url`: (page, queries it took, queries its restriction check took)."""
    request = RequestFactory().get(url)
    with CaptureQueriesContext(connection) as routing:
        page = Page.route_for_request(request, url)[0]
    with CaptureQueriesContext(connection) as restrictions:
        list(page.get_view_restrictions())
    return page, len(routing), len(restrictions)


def test_routing_costs_the_same_at_any_depth(index):
    article = make_article(index, title="Deep enough")

    found_index, index_queries, _ = routed(index.url)
    found_article, article_queries, restriction_queries = routed(article.url)

    assert (found_index, found_article) == (index, article)
    assert type(found_article) is ArticlePage
    # The site, its root page, every page on the path at once, then the page itself; Wagtail's
    # own walk would take two more for every level (6 for this article) and two more again to
    # check view restrictions. Called without core/site_lookup.py's cached site, as here,
    # Wagtail also asks the Locale table which language's tree to route (Page.localized).
    assert article_queries == index_queries <= 5
    assert restriction_queries == 0
    assert [p.title for p in found_article.ancestors_below_root()] == ["Haven", "Articles"]
