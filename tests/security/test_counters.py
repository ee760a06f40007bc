"""The sign-in lockout keeps counting when the page cache fills up,
when Redis is down, and when an IPv6 client moves around its own /64."""

import pytest
from django.urls import reverse

from haven.integrations import cache_settings
from tests.security.conftest import PASSWORD
from tests.security.flood import fill_the_page_cache

pytestmark = pytest.mark.django_db
DEAD_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def sign_in(client, password, address="203.0.113.7"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": "eddie", "password": password},
        REMOTE_ADDR=address,
    )


def test_the_lockout_outlives_a_full_page_cache(client, editor, home_page):
    for _ in range(5):
        sign_in(client, "wrong-password")

    fill_the_page_cache()

    assert sign_in(client, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_with_redis_down_wrong_passwords_still_lock_and_nothing_fails(
    client, editor, home_page, settings
):
    settings.CACHES = cache_settings(DEAD_REDIS)
    for _ in range(4):
        assert sign_in(client, "wrong-password").status_code == 200  # the form, not a 500
    assert sign_in(client, "wrong-password").status_code == 429

    assert sign_in(client, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_an_ipv6_client_cannot_rotate_around_the_lockout_within_its_64(client, editor, home_page):
    for host in range(1, 6):
        sign_in(client, "wrong-password", address=f"2001:db8:1:2::{host:x}")

    assert sign_in(client, PASSWORD, address="2001:db8:1:2:ffff::99").status_code == 429
    # A different /64 is a different subscriber.
    assert sign_in(client, PASSWORD, address="2001:db8:1:3::1").status_code == 302
