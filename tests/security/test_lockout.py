"""Repeated wrong passwords lock the admin sign-in for that account from that address."""

import pytest
from django.urls import reverse

from tests.security.conftest import PASSWORD


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


@pytest.mark.django_db
def test_five_wrong_passwords_lock_out_even_the_right_one(client, editor, home_page):
    for _ in range(4):
        response = sign_in(client, "eddie", "wrong-password")
        assert response.status_code == 200  # the login form again, with its error
        assert b"Your username and password didn" in response.content

    fifth = sign_in(client, "eddie", "wrong-password")
    assert fifth.status_code == 429
    locked = sign_in(client, "eddie", PASSWORD)

    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Sign-in is paused for this account" in page
    assert "15 minutes" in page
    assert '<aside class="crisis-banner" aria-label="Crisis help">' in page  # like every page
    assert 'href="tel:988"' in page
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_lockout_is_keyed_on_the_account_and_the_address(client, editor, home_page):
    for _ in range(5):
        sign_in(client, "eddie", "wrong-password")

    from_elsewhere = sign_in(client, "eddie", PASSWORD, address="198.51.100.20")

    assert from_elsewhere.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


@pytest.mark.django_db
def test_a_successful_sign_in_resets_the_count(client, editor, home_page):
    for _ in range(4):
        sign_in(client, "eddie", "wrong-password")
    assert sign_in(client, "eddie", PASSWORD).status_code == 302
    client.logout()

    for _ in range(4):
        assert sign_in(client, "eddie", "wrong-password").status_code == 200
    assert sign_in(client, "eddie", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_behind_the_proxy_the_lockout_is_keyed_on_the_visitor(client, editor, home_page, settings):
    settings.HAVEN_PROXY_COUNT = 1
    nginx = "172.18.0.5"
    for _ in range(5):
        client.post(
            reverse("wagtailadmin_login"),
            # pragma: allowlist nextline secret
            {"username": "eddie", "password": "wrong-password"},
            REMOTE_ADDR=nginx,
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )

    colleague = client.post(
        reverse("wagtailadmin_login"),
        {"username": "eddie", "password": PASSWORD},
        REMOTE_ADDR=nginx,
        HTTP_X_FORWARDED_FOR="198.51.100.20",
    )

    assert colleague.status_code == 302
