"""The anonymous page cache: hits, misses, purges on publish, and never a personal page."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home.models import SiteSettings
from tests.admissions.factories import InquiryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    with override_settings(HAVEN_PAGE_CACHE_SECONDS=120):
        yield


def test_second_anonymous_visit_is_served_from_the_cache(client, home_page):
    first = client.get(home_page.url)
    second = client.get(home_page.url)

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=120"
    # Cached pages still get every security header.
    assert "frame-ancestors 'none'" in second["Content-Security-Policy"]
    assert second["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_head_is_answered_from_the_cached_get(client, home_page):
    client.get(home_page.url)

    assert client.head(home_page.url)["X-Page-Cache"] == "hit"


def test_publishing_any_page_purges_the_cache(client, home_page):
    client.get(home_page.url)
    home_page.hero_intro = "A new welcome for spring."
    home_page.save_revision().publish()

    response = client.get(home_page.url)

    assert response["X-Page-Cache"] == "miss"
    assert "A new welcome for spring." in response.content.decode()
    assert client.get(home_page.url)["X-Page-Cache"] == "hit"


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, home_page):
    from wagtail.models import PageViewRestriction

    from tests.directory.factories import DirectoryPageFactory

    page = DirectoryPageFactory(parent=home_page)
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"

    restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get(page.url).status_code == 302  # to sign in, not the cached page

    restriction.delete()
    assert client.get(page.url)["X-Page-Cache"] == "miss"


def test_unpublishing_and_deleting_purge_the_cache(client, home_page):
    page = InquiryPageFactory(parent=home_page)  # any second page
    client.get(home_page.url)
    page.unpublish()
    assert client.get(home_page.url)["X-Page-Cache"] == "miss"

    page.delete()
    assert client.get(home_page.url)["X-Page-Cache"] == "miss"


def test_changing_a_crisis_channel_purges_the_cache(client, home_page):
    client.get(home_page.url)
    site_settings = SiteSettings.for_site(home_page.get_site())
    channel = site_settings.crisis_channels.get(action="sms:988")
    channel.label, channel.action = "Text 741741", "sms:741741"
    channel.save()

    response = client.get(home_page.url)

    assert response["X-Page-Cache"] == "miss"
    assert '<a href="sms:741741">Text 741741</a>' in response.content.decode()


def test_signed_in_visitor_is_never_served_from_or_stored_in_the_cache(
    client, home_page, admin_user
):
    client.get(home_page.url)  # an anonymous copy is stored
    client.force_login(admin_user)

    signed_in = client.get(home_page.url)

    assert "X-Page-Cache" not in signed_in
    assert signed_in["Cache-Control"] == "private, no-store"
    assert "wagtail-userbar" in signed_in.content.decode()

    client.logout()
    anonymous = client.get(home_page.url)
    assert "wagtail-userbar" not in anonymous.content.decode()


def test_pages_with_a_csrf_token_are_never_cached(client, home_page):
    page = InquiryPageFactory(parent=home_page)

    first = client.get(page.url)
    second = client.get(page.url)

    assert "csrfmiddlewaretoken" in second.content.decode()
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    assert "no-store" in second["Cache-Control"] and "private" in second["Cache-Control"]


def test_thank_you_page_is_never_cached(client, home_page):
    page = InquiryPageFactory(parent=home_page)
    url = page.url + page.reverse_subpage("thanks")

    client.get(url)
    second = client.get(url)

    assert second.status_code == 200
    assert "X-Page-Cache" not in second
    assert "public" not in second.get("Cache-Control", "")


def test_admin_and_search_queries_are_never_cached(client, home_page):
    client.get(reverse("wagtailadmin_login"))
    assert "X-Page-Cache" not in client.get(reverse("wagtailadmin_login"))

    url = reverse("search:results") + "?q=burnout"
    client.get(url)
    assert "X-Page-Cache" not in client.get(url)


def test_a_visitor_with_a_session_cookie_bypasses_the_cache(client, home_page):
    client.get(home_page.url)
    client.cookies["sessionid"] = "anything"

    assert "X-Page-Cache" not in client.get(home_page.url)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=80))
def test_any_query_string_is_cached_separately_or_not_at_all(client, home_page, query):
    from urllib.parse import quote

    cache.clear()  # hypothesis runs every example inside one test
    url = f"{home_page.url}?{quote(query)}"
    first = client.get(url)
    second = client.get(url)

    assert first.status_code == second.status_code == 200
    assert first.get("X-Page-Cache") in (None, "miss")
    if first.get("X-Page-Cache") == "miss":
        assert second["X-Page-Cache"] == "hit"
        assert second.content == first.content


def test_page_cache_is_off_when_the_setting_is_zero(client, home_page):
    with override_settings(HAVEN_PAGE_CACHE_SECONDS=0):
        client.get(home_page.url)
        response = client.get(home_page.url)

    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_page_cache_is_off_while_debug_is_on(client, home_page):
    with override_settings(DEBUG=True):
        client.get(home_page.url)
        response = client.get(home_page.url)

    assert "X-Page-Cache" not in response
