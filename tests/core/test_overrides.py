"""Each place Haven replaces Wagtail's own machinery answers what the stock API answers on the
same pages, so a Wagtail upgrade that changes the internals fails here instead of on the site.

routing       core/routing.py        vs Page.route (Wagtail's walk down the tree)
visibility    core/visibility.py     vs live().public() and expire_at
bulk pages    core/bulk_pages.py     vs add_child()
site lookup   core/site_lookup.py    vs Site.find_for_request
localized     home/models.py         vs Page.localized (the site root's translation)
raw SQL       search/sqlite_fts.py   vs Wagtail's database search backend
"""

import datetime

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from articles.models import ArticlePage
from core import bulk_pages
from core.routing import route_below
from core.site_lookup import KnownSiteMiddleware
from core.visibility import public_q, public_sql
from tests.articles.factories import TopicFactory, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(article_index):
    """Articles that are public, a draft, private by section and by page, expired, and due to
    expire: every case the public rule decides."""
    private_index = make_article(article_index, title="Members corner", slug="members")
    pages = {
        "public": make_article(article_index, title="Open to all", slug="open"),
        "draft": make_article(article_index, title="Not yet", slug="draft", publish=False),
        "private": make_article(article_index, title="Password page", slug="password"),
        "expired": make_article(article_index, title="Gone stale", slug="stale"),
        "expiring": make_article(article_index, title="Still fresh", slug="fresh"),
        "section": private_index,
    }
    PageViewRestriction.objects.create(
        page=pages["private"], restriction_type=PageViewRestriction.PASSWORD, password="x-y-z"
    )
    PageViewRestriction.objects.create(
        page=private_index, restriction_type=PageViewRestriction.LOGIN
    )
    # Past its expiry time but not yet unpublished by the scheduler (the minute in between).
    now = timezone.now()
    Page.objects.filter(pk=pages["expired"].pk).update(expire_at=now - datetime.timedelta(hours=1))
    Page.objects.filter(pk=pages["expiring"].pk).update(expire_at=now + datetime.timedelta(days=1))
    return pages


def stock_public_ids():
    now = timezone.now()
    return {
        page.pk
        for page in Page.objects.live().public()
        if page.expire_at is None or page.expire_at > now
    }


def test_the_public_rule_keeps_what_wagtail_keeps_minus_expired_pages(tree):
    ours = set(Page.objects.filter(public_q()).values_list("pk", flat=True))
    assert ours == stock_public_ids()
    assert tree["public"].pk in ours and tree["expiring"].pk in ours
    assert not {tree[k].pk for k in ("draft", "private", "expired", "section")} & ours


def test_for_a_search_index_the_rule_is_exactly_wagtails(tree):
    ours = set(Page.objects.filter(public_q(indexed_fields_only=True)).values_list("pk", flat=True))
    assert ours == set(Page.objects.live().public().values_list("pk", flat=True))


def test_the_public_rule_in_sql_keeps_the_same_pages(tree):
    where, params = public_sql("p")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT p.id FROM {Page._meta.db_table} AS p WHERE {where}", params)  # noqa: S608
        ours = {row[0] for row in cursor.fetchall()}
    assert ours == stock_public_ids()


def comparable(result):
    """A RouteResult as data: a routable page's view is a bound method, new on each access."""
    view_args = tuple(
        getattr(arg, "__func__", arg) if callable(arg) else arg for arg in result.args
    )
    return result.page.specific, view_args, result.kwargs


def stock_route(site_root, path):
    """What Wagtail's own Page.route answers for `path` below the site root."""
    components = [c for c in path.split("/") if c]
    request = RequestFactory().get(path)
    try:
        result = Page.route(site_root, request, components)
    except Http404:
        return None
    return comparable(result)


def our_route(site_root, path):
    components = [c for c in path.split("/") if c]
    request = RequestFactory().get(path)
    try:
        result = route_below(site_root, request, components)
    except Http404:
        return None
    return comparable(result)


def test_routing_answers_what_wagtails_walk_answers(tree, home_page, article_index):
    TopicFactory(name="Burnout", slug="burnout")
    paths = [
        "/articles/",
        "/articles/open/",
        "/articles/draft/",
        "/articles/password/",
        "/articles/members/",
        "/articles/stale/",
        "/articles/topic/burnout/",
        "/articles/topic/nothing/",
        "/articles/feed/",
        "/articles/open/deeper/",
        "/no-such-section/",
    ]
    for path in paths:
        assert our_route(home_page, path) == stock_route(home_page, path), path


def test_view_restrictions_seen_by_a_routed_page_are_wagtails(tree, home_page):
    for key in ("public", "private", "section"):
        path = tree[key].url
        routed = our_route(home_page, path)[0]
        stock = Page.objects.get(pk=tree[key].pk).specific
        assert list(routed.get_view_restrictions()) == list(stock.get_view_restrictions()), key


def test_bulk_inserted_pages_sit_in_the_tree_as_add_child_puts_them(article_index):
    make_article(article_index, title="Made by an editor", slug="by-hand")
    by_hand = ArticlePage.objects.get(slug="by-hand")
    step = bulk_pages.first_free_step(article_index)
    now = timezone.now()
    bulk = ArticlePage(
        title="Made in bulk",
        slug="in-bulk",
        summary="A page for load.",
        **bulk_pages.tree_fields(ArticlePage, article_index, step, "in-bulk", now),
    )
    bulk_pages.insert(article_index, [bulk], batch_size=10)

    after_bulk = ArticlePage.objects.get(slug="in-bulk")
    article_index.refresh_from_db()
    stock = make_article(article_index, title="Added after", slug="after")
    stock_fields = ("depth", "url_path", "locale_id", "live", "content_type_id")
    for field in stock_fields:
        if field == "url_path":
            assert after_bulk.url_path == by_hand.url_path.replace("by-hand", "in-bulk")
        else:
            assert getattr(after_bulk, field) == getattr(by_hand, field), field
    assert after_bulk.get_parent().specific == article_index
    assert stock.path > after_bulk.path > by_hand.path
    assert Page.find_problems() == ([], [], [], [], [])
    article_index.refresh_from_db()
    assert article_index.numchild == article_index.get_children().count() == 3


def test_the_cached_site_lookup_finds_the_site_wagtail_finds(home_page, settings):
    settings.ALLOWED_HOSTS = ["*"]
    other_root = Page.get_first_root_node().add_child(title="Other", slug="other")
    Site.objects.create(hostname="other.example", port=80, root_page=other_root)
    middleware = KnownSiteMiddleware(lambda request: None)
    from wagtail.views import serve

    for host in ("localhost", "other.example", "unknown.example"):
        request = RequestFactory().get("/", HTTP_HOST=host)
        middleware.process_view(request, serve, (), {})
        ours = request._wagtail_site
        stock = Site.find_for_request(RequestFactory().get("/", HTTP_HOST=host))
        assert ours == stock, host
        assert ours.root_page.specific == stock.root_page.specific, host


def test_the_site_roots_known_translations_answer_what_page_localized_answers(home_page):
    from django.utils import translation
    from wagtail.models import Locale
    from wagtail.views import serve

    spanish_locale, _ = Locale.objects.get_or_create(language_code="es")
    spanish = home_page.copy_for_translation(spanish_locale)  # a draft at first
    middleware = KnownSiteMiddleware(lambda request: None)
    for publish in (False, True):
        if publish:
            spanish.save_revision().publish()
        for language in ("en", "es"):
            with translation.override(language):
                request = RequestFactory().get("/", HTTP_HOST="localhost")
                middleware.process_view(request, serve, (), {})
                ours = request._wagtail_site.root_page.localized
                stock = Page.objects.get(pk=home_page.pk).localized
                assert ours.pk == stock.pk, (publish, language)


def test_the_sqlite_fast_path_finds_what_the_database_backend_finds(tree):
    from search import sqlite_fts

    if not sqlite_fts.available():
        pytest.skip("the FTS5 fast path runs only on SQLite's database search backend")
    from wagtail.search.backends import get_search_backend

    for word in ("open", "fresh", "stale", "password", "members"):
        ours = sqlite_fts.FTSResults(sqlite_fts.match_expression([[(word,)]], "AND"), None)
        ours_ids = {page.pk for page in ours[:50]}
        candidates = Page.objects.filter(public_q(indexed_fields_only=True), depth__gt=1)
        stock = get_search_backend().search(word, candidates)
        now = timezone.now()
        stock_ids = {p.pk for p in stock[:50] if p.expire_at is None or p.expire_at > now}
        assert ours_ids == stock_ids, word
