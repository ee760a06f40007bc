"""With Redis down the inquiry form still takes inquiries: the rate limit pauses, the
inquiry is stored and its notification queued, and nobody is turned away."""

import pytest

from admissions.models import Inquiry
from haven.integrations import redis_cache

pytestmark = pytest.mark.django_db


def test_inquiries_are_stored_while_the_cache_is_down(
    client, inquiry_page, form_data, default_team, settings
):
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")  # nothing listens on port 1
    settings.INQUIRY_RATE_LIMIT = 1

    for _ in range(3):
        response = client.post(inquiry_page.url, form_data(), REMOTE_ADDR="203.0.113.9")
        assert response.status_code == 302

    assert Inquiry.objects.count() == 3
