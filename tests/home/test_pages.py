"""What a visitor sees on every page: the crisis line, landmarks, a working 404 and 500."""

import re
from importlib import import_module

import pytest
from django.test import override_settings
from django.urls import path

pytestmark = pytest.mark.django_db


def test_home_page_shows_crisis_banner_hero_and_landmarks(client, home_page):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert 'href="#main"' in html and 'id="main"' in html
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert 'href="tel:988"' in html and 'href="tel:911"' in html
    assert "Support for the people who support everyone else" in html
    assert "<header" in html and "<footer" in html and "<main" in html


def test_unknown_url_gets_styled_404_with_search_and_crisis_line(client, home_page):
    response = client.get("/no/such/page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "We couldn't find that page" in html
    assert 'role="search"' in html
    assert 'href="tel:988"' in html


def _boom(request):
    raise RuntimeError("secret internal detail")


# The site's own patterns follow as they are: i18n_patterns cannot sit under include().
urlpatterns = [path("boom/", _boom), *import_module("haven.urls").urlpatterns]
handler500 = "core.errors.server_error"


@override_settings(ROOT_URLCONF=__name__)
def test_server_error_page_reveals_nothing_and_shows_crisis_line(client):
    client.raise_request_exception = False
    response = client.get("/boom/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "secret internal detail" not in html
    assert "Traceback" not in html
    assert 'href="tel:988"' in html
    assert "Something went wrong" in html


def test_robots_txt_names_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_every_page_names_an_icon_and_falls_back_to_its_intro_for_a_description(client, home_page):
    home_page.hero_intro = "Plain <b>words</b> about getting help."
    home_page.save_revision().publish()
    html = client.get("/").content.decode()
    assert 'rel="icon"' in html
    assert '<meta name="description" content="Plain words about getting help.">' in html


def test_menu_lists_live_public_pages_in_menu_only(client, home_page):
    from wagtail.models import Page, PageViewRestriction

    shown = home_page.add_child(
        instance=Page(title="Find a program", slug="programs", show_in_menus=True)
    )
    home_page.add_child(
        instance=Page(title="Hidden draft", slug="draft", show_in_menus=True, live=False)
    )
    private = home_page.add_child(
        instance=Page(title="Staff notes", slug="staff", show_in_menus=True)
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    nav = client.get("/").content.decode().split('aria-label="Main"')[1].split("</nav>")[0]
    assert shown.title in nav
    assert "Hidden draft" not in nav and "Staff notes" not in nav


def test_demo_navigation_reaches_articles_directory_and_help(client):
    from io import StringIO

    from django.core.management import call_command

    call_command("load_demo", stdout=StringIO())
    nav = client.get("/").content.decode().split('aria-label="Main"')[1].split("</nav>")[0]
    for title in ("Articles", "Find a program", "Get help"):
        assert f">{title}</a>" in nav
