"""The quick exit ("Leave this site"): on every page, second in the keyboard order after the
skip link (GOV.UK's order), a plain link to the neutral site chosen in settings."""

import re
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from core.errors import server_error
from home.models import SiteSettings

FOCUSABLE = {"a", "button", "input", "select", "textarea", "summary"}


class FocusOrder(HTMLParser):
    """The elements Tab reaches, in document order (no positive tabindex is used on Haven)."""

    def __init__(self):
        super().__init__()
        self.stops: list[dict] = []
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.in_body = self.in_body or tag == "body"
        if not self.in_body or attrs.get("tabindex") == "-1" or "disabled" in attrs:
            return
        if tag == "a" and "href" not in attrs:
            return
        if tag == "input" and attrs.get("type") == "hidden":
            return
        if tag in FOCUSABLE or attrs.get("tabindex") == "0":
            self.stops.append({"tag": tag, **attrs})


def focus_order(html: str) -> list[dict]:
    parser = FocusOrder()
    parser.feed(html)
    return parser.stops


def _inquiry_url(home_page):
    from tests.admissions.factories import InquiryPageFactory

    return InquiryPageFactory(parent=home_page).url


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/", "/crisis-help/", "/search/?q=burnout", "/no/such/page/", "inquiry"]
)
def test_the_quick_exit_is_the_second_stop_after_the_skip_link(client, home_page, url):
    url = _inquiry_url(home_page) if url == "inquiry" else url
    stops = focus_order(client.get(url).content.decode())
    assert stops[0]["href"] == "#main"
    assert stops[1]["class"] == "quick-exit__button"
    assert stops[1]["href"] == "https://www.google.com/"
    assert set(stops[1]["rel"].split()) >= {"noreferrer"}


def test_the_500_page_has_the_quick_exit_without_a_database():
    stops = focus_order(server_error(RequestFactory().get("/")).content.decode())
    assert [stops[0]["href"], stops[1]["href"]] == ["#main", "https://www.google.com/"]


@pytest.mark.django_db
def test_the_neutral_site_comes_from_settings_and_is_never_fetched_ahead(client, home_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.quick_exit_url = "https://weather.gov/"
    settings.save()
    html = client.get("/").content.decode()
    assert focus_order(html)[1]["href"] == "https://weather.gov/"
    # Only the link names it: no prefetch, preconnect or preload reaches the neutral site.
    assert html.count("weather.gov") == 1
    assert not re.search(r'rel="(dns-)?prefetch|rel="preconnect|rel="preload', html)


@pytest.mark.django_db
def test_without_javascript_it_is_a_plain_link_and_the_script_is_a_static_file(client, home_page):
    html = client.get("/").content.decode()
    button = re.search(r'<a class="quick-exit__button"[^>]*>(.*?)</a>', html, re.S)
    assert re.sub(r"<[^>]+>|\s+", " ", button.group(1)).split()[:3] == ["Leave", "this", "site"]
    # The Esc hint is hidden until the script that makes Esc work shows it.
    assert "data-quick-exit-hint hidden" in button.group(0)
    scripts = re.findall(r"<script\b([^>]*)>", html)
    assert '<script src="/static/js/quick-exit.js" defer>' in html
    assert all("src=" in attrs or "application/ld+json" in attrs for attrs in scripts)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["http://www.google.com/", "javascript:alert(1)", "/"])
def test_the_neutral_site_must_be_an_https_address(home_page, url):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.quick_exit_url = url
    with pytest.raises(ValidationError):
        settings.full_clean()
