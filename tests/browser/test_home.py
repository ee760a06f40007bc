"""The pages every reader meets first: the home page and the page-not-found page."""

import pytest

from tests.browser.helpers import JOURNEY, assert_accessible, focused

pytestmark = JOURNEY


def test_home_page_offers_crisis_help_and_search(site, page):
    response = page.goto("/")
    assert response.status == 200
    assert page.locator("h1").count() == 1
    banner = page.get_by_role("complementary", name="Crisis help")
    assert banner.get_by_role("link", name="Call 988").get_attribute("href") == "tel:988"
    assert page.get_by_role("search").get_by_label("Search Haven").is_visible()
    assert_accessible(page, "home page")


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(site, page):
    page.goto("/")
    page.keyboard.press("Tab")
    state = focused(page)
    assert state["text"] == "Skip to main content"
    assert state["visible_focus"]
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_missing_page_explains_and_offers_search(site, page):
    response = page.goto("/no-such-page-here/")
    assert response.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "We couldn't find that page"
    page.get_by_label("Search Haven").nth(1).fill("burnout")
    page.get_by_label("Search Haven").nth(1).press("Enter")
    page.wait_for_url("**/search/?q=burnout")
    assert_accessible(page, "404 page")


def test_the_accessibility_check_itself_catches_a_violation(site, page):
    # Guards against a silent no-op: zero violations elsewhere must mean something.
    page.goto("/")
    page.evaluate(
        """() => {
            const input = document.createElement('input');
            input.type = 'text';
            document.querySelector('main').appendChild(input);
        }"""
    )
    with pytest.raises(AssertionError, match=r"- label \(critical\)"):
        assert_accessible(page, "home page with an unlabelled field")
