"""Security headers a browser sees on public pages, the inquiry page and the admin."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text

from tests.admissions.factories import InquiryPageFactory
from tests.core.test_production_settings import realistic_environment

ROOT = Path(__file__).resolve().parents[2]
RECAPTCHA_HOSTS = ("www.google.com", "www.gstatic.com", "www.recaptcha.net")


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.mark.django_db
def test_public_page_has_a_strict_policy_and_the_other_headers(client, home_page):
    response = client.get(home_page.url)

    assert response.status_code == 200
    csp = directives(response)
    assert csp["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["style-src"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert not any(host in response["Content-Security-Policy"] for host in RECAPTCHA_HOSTS)
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "interest-cohort"):
        assert f"{feature}=()" in permissions


@pytest.mark.django_db
def test_inquiry_page_without_recaptcha_keys_allows_no_outside_host(client, home_page):
    page = InquiryPageFactory(parent=home_page)
    with override_settings(RECAPTCHA_PUBLIC_KEY="", RECAPTCHA_PRIVATE_KEY=""):
        response = client.get(page.url)

    assert response.status_code == 200
    csp = directives(response)
    assert csp["script-src"] == ["'self'"]
    assert not any(host in response["Content-Security-Policy"] for host in RECAPTCHA_HOSTS)


@pytest.mark.django_db
def test_inquiry_page_with_recaptcha_keys_allows_recaptcha_there_only(client, home_page):
    page = InquiryPageFactory(parent=home_page)
    # pragma: allowlist nextline secret
    with override_settings(RECAPTCHA_PUBLIC_KEY="site-key", RECAPTCHA_PRIVATE_KEY="secret-key"):
        inquiry = client.get(page.url)
        home = client.get(home_page.url)

    csp = directives(inquiry)
    assert inquiry.status_code == 200
    assert "'self'" in csp["script-src"]
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    for host in ("www.google.com", "www.gstatic.com"):
        assert any(host in source for source in csp["script-src"])
    assert any("www.google.com" in source for source in csp["frame-src"])
    assert "'none'" not in csp["frame-src"]
    assert csp["frame-ancestors"] == ["'none'"]
    # The same settings leave every other page without them.
    assert not any(host in home["Content-Security-Policy"] for host in RECAPTCHA_HOSTS)


@pytest.mark.django_db
def test_admin_has_its_own_policy_and_cannot_be_framed(client):
    response = client.get(reverse("wagtailadmin_login"))

    csp = directives(response)
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["frame-src"] == ["'self'"]  # the preview panel
    assert csp["connect-src"] == ["'self'"]


@pytest.mark.django_db
def test_admin_preview_renders_the_draft_framable_by_the_admin_only(client, home_page, settings):
    settings.HAVEN_REQUIRE_TWO_FACTOR = False  # the preview itself is what is tested here
    settings.HAVEN_PAGE_CACHE_SECONDS = 60
    page = InquiryPageFactory(parent=home_page)
    client.get(page.url)  # the live page is now in the page cache
    editor = get_user_model().objects.create_superuser("ed", "ed@example.test", "pw-long-enough")
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = nested_form_data(
        {
            "title": "Draft title never published",
            "slug": page.slug,
            "intro": rich_text("<p>Draft intro.</p>"),
            "privacy_notice": rich_text("<p>Privacy.</p>"),
            "thank_you_text": rich_text("<p>Thanks.</p>"),
        }
    )
    assert client.post(url, data).json()["is_valid"] is True

    response = client.get(url + "?in_preview_panel=true")

    assert response.status_code == 200
    assert "Draft title never published" in response.content.decode()  # not the cached page
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    csp = directives(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]  # the page's own, public policy
    client.logout()
    assert "Draft title never published" not in client.get(page.url).content.decode()


@pytest.mark.slow
def test_production_settings_send_hsts_secure_cookies_and_enforce_two_factor():
    script = (
        "import django; django.setup()\n"
        "from django.conf import settings as s\n"
        "from django.http import HttpResponse\n"
        "from django.middleware.security import SecurityMiddleware\n"
        "from django.test import RequestFactory\n"
        "request = RequestFactory().get('/', secure=True, HTTP_HOST='haven.example.org')\n"
        "response = SecurityMiddleware(lambda r: HttpResponse())(request)\n"
        "print(response['Strict-Transport-Security'])\n"
        "print(s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_SECURE)\n"
        "print(s.WAGTAIL_ADMIN_PATH)\n"
        "print(s.HAVEN_REQUIRE_TWO_FACTOR, s.HAVEN_PAGE_CACHE_SECONDS)\n"
    )
    base = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    environment = {**base, **realistic_environment(), "WAGTAIL_ADMIN_PATH": "staff-area/"}
    result = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", script],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    hsts, cookies, admin_path, enforced = result.stdout.strip().splitlines()
    assert hsts == "max-age=31536000; includeSubDomains; preload"
    assert cookies == "True True True"
    assert admin_path == "staff-area/"
    assert enforced == "True 300"  # two-factor on, page cache on
