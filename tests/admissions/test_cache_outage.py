"""The inquiry form's rate limit counts outside the page cache: with Redis down the form still
takes inquiries and the limit still holds, and a page cache filled to eviction forgets nothing."""

import pytest

from admissions.models import Inquiry
from haven.integrations import cache_settings
from tests.security.flood import fill_the_page_cache

pytestmark = pytest.mark.django_db
CLIENT = "203.0.113.9"


def test_inquiries_are_stored_while_redis_is_down_and_the_limit_holds(
    client, inquiry_page, form_data, default_team, settings
):
    settings.CACHES = cache_settings("redis://127.0.0.1:1/0")  # nothing listens on port 1
    settings.INQUIRY_RATE_LIMIT = 2

    for _ in range(2):
        assert client.post(inquiry_page.url, form_data(), REMOTE_ADDR=CLIENT).status_code == 302
    refused = client.post(inquiry_page.url, form_data(), REMOTE_ADDR=CLIENT)

    assert "several messages from your connection" in refused.content.decode()
    assert Inquiry.objects.count() == 2


def test_the_limit_outlives_a_page_cache_filled_to_eviction(
    client, inquiry_page, form_data, default_team, settings
):
    settings.INQUIRY_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(inquiry_page.url, form_data(), REMOTE_ADDR=CLIENT).status_code == 302

    fill_the_page_cache()
    refused = client.post(inquiry_page.url, form_data(), REMOTE_ADDR=CLIENT)

    assert "several messages from your connection" in refused.content.decode()
    assert Inquiry.objects.count() == 2
