"""The parts every page repeats, cached until content changes (core/page_cache.py):
fewer queries for a page the page cache cannot keep, and never a stale crisis line, menu or
related reading after an editor's change."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import ArticleRelatedPick
from articles.tasks import refresh_related
from home.models import SiteSettings
from tests.articles.factories import ArticleIndexPageFactory, PersonFactory, make_article

pytestmark = pytest.mark.django_db
# Issue 8: an article rendered without the page cache makes at most 8 SQL queries.
ARTICLE_QUERY_BUDGET = 8


@pytest.fixture
def fragments_on(settings):
    settings.HAVEN_FRAGMENT_CACHE_SECONDS = 300


@pytest.fixture
def index(home_page):
    return ArticleIndexPageFactory(parent=home_page, show_in_menus=True)


def queries_for(client, url) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


def test_an_article_stays_within_the_query_budget_once_the_shared_parts_are_cached(
    client, fragments_on, index
):
    other = make_article(index, title="Also worth reading")
    article = make_article(index, title="Within budget")
    ArticleRelatedPick.objects.create(page=article, article=other, sort_order=0)

    first, first_html = queries_for(client, article.url)
    again, again_html = queries_for(client, article.url)

    assert again <= ARTICLE_QUERY_BUDGET < first
    assert "Also worth reading" in again_html
    assert again_html.count("Related reading") == first_html.count("Related reading") == 1


def test_a_changed_crisis_channel_shows_on_the_next_page_view(
    client, fragments_on, index, home_page
):
    article = make_article(index, title="Any article")
    settings_row = SiteSettings.for_site(home_page.get_site())
    client.get(article.url)

    channel = settings_row.crisis_channels.get(action="tel:988", in_banner=True)
    channel.label, channel.action = "Call 555-0142", "tel:5550142"
    channel.save()

    assert '<a href="tel:5550142">Call 555-0142</a>' in client.get(article.url).content.decode()


def test_an_authors_changed_name_shows_on_the_next_page_view(client, fragments_on, index):
    # The author and reviewer an article names are kept in the fragment cache.
    author = PersonFactory(name="Dana Whitfield")
    page = make_article(index, author=author, reviewer=PersonFactory())
    assert "By Dana Whitfield" in client.get(page.url).content.decode()

    author.name = "Dana Whitfield-Okafor"
    author.save()

    assert "By Dana Whitfield-Okafor" in client.get(page.url).content.decode()


def test_a_page_added_to_the_menu_shows_on_the_next_page_view(
    client, fragments_on, index, home_page
):
    article = make_article(index, title="Any article")
    assert "Resources for families" not in client.get(article.url).content.decode()

    ArticleIndexPageFactory(
        parent=home_page, title="Resources for families", slug="families", show_in_menus=True
    ).save_revision().publish()

    assert "Resources for families" in client.get(article.url).content.decode()


def test_new_related_reading_shows_on_the_next_page_view(
    client, fragments_on, index, django_capture_on_commit_callbacks
):
    from tests.related.helpers import make_article as article_with_text

    sleep = "Night shift nurses lose sleep; rotating shifts and sleep debt feed burnout."
    with django_capture_on_commit_callbacks(execute=True):  # its related reading, computed
        reader = article_with_text(index, title="Sleep after night shifts", body_text=sleep)
    neighbour = article_with_text(index, title="Night shift sleep debt", body_text=sleep)
    # Viewed between the neighbour's publish and the task that files it: cached without it.
    assert "Night shift sleep debt" not in client.get(reader.url).content.decode()

    refresh_related.call([neighbour.pk])  # the worker's task for the neighbour's publish

    assert "Night shift sleep debt" in client.get(reader.url).content.decode()


def test_a_preview_shows_its_own_picks_not_the_cached_ones(client, fragments_on, index, admin_user):
    article = make_article(index, title="Being edited")
    candidate = make_article(index, title="A pick still in draft")
    client.get(article.url)  # the live related reading, cached
    draft = article.get_latest_revision_as_object()
    draft.related_picks.add(ArticleRelatedPick(article=candidate, sort_order=0))
    draft.save_revision()

    editor = Client()
    editor.force_login(admin_user)
    preview = editor.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk]))

    assert "A pick still in draft" in preview.content.decode()


def test_a_page_made_private_leaves_the_menu_and_article_lists_at_once(
    client, fragments_on, index, home_page
):
    from wagtail.models import PageViewRestriction

    from tests.directory.factories import DirectoryPageFactory, ProgramPageFactory
    from tests.related.helpers import topic

    anxiety = topic("anxiety", "Anxiety", conditions=["anxiety"])
    article = make_article(index, title="On anxiety", topics=[anxiety])
    directory = DirectoryPageFactory(parent=home_page)
    program = ProgramPageFactory(parent=directory, title="Quiet Harbor", conditions=["anxiety"])
    staff = ArticleIndexPageFactory(
        parent=home_page, title="Staff corner", slug="staff", show_in_menus=True
    )
    page = client.get(article.url).content.decode()
    assert "Quiet Harbor" in page and "Staff corner" in page

    for private in (program, staff):
        PageViewRestriction.objects.create(page=private, restriction_type="login")

    page = client.get(article.url).content.decode()
    assert "Quiet Harbor" not in page and "Staff corner" not in page
