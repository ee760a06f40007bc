"""Leaving quickly: "Leave this site" is the second Tab stop, and with JavaScript on it (or Esc
pressed three times) swaps this page for the neutral site without a new history entry or a
Referer. The neutral site is answered by the test browser, never fetched from the internet."""

from home.models import SiteSettings
from tests.browser.helpers import JOURNEY, assert_accessible, focused

pytestmark = JOURNEY

NEUTRAL = "https://neutral.invalid/"


def _neutral_site(site, page) -> list[dict]:
    settings = SiteSettings.for_site(site.get_site())
    settings.quick_exit_url = NEUTRAL
    settings.save()
    requests = []

    def answer(route):
        requests.append(route.request.headers)
        route.fulfill(body="<!doctype html><title>Weather</title><h1>Weather</h1>")

    page.context.route(NEUTRAL + "**", answer)
    return requests


def test_the_quick_exit_is_the_second_tab_stop(site, page):
    page.goto("/")
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Skip to main content"
    page.keyboard.press("Tab")
    state = focused(page)
    assert state["text"].startswith("Leave this site")
    assert state["visible_focus"]
    button = page.get_by_role("link", name="Leave this site (or press Esc three times)")
    assert button.is_visible()


def test_esc_three_times_leaves_in_place_of_this_page(site, page):
    requests = _neutral_site(site, page)
    page.goto("/")
    page.goto("/crisis-help/")
    entries = page.evaluate("() => history.length")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    assert "1 more time" in page.locator("[data-quick-exit-status]").inner_text()
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL)
    assert page.evaluate("() => history.length") == entries  # replaced, not added
    assert "referer" not in requests[0]
    page.go_back()
    assert page.url.endswith("/") and not page.url.endswith("/crisis-help/")


def test_the_button_leaves_without_a_referrer(site, page):
    requests = _neutral_site(site, page)
    page.goto("/crisis-help/")
    assert_accessible(page, "the crisis help page")
    page.get_by_role("link", name="Leave this site").click()
    page.wait_for_url(NEUTRAL)
    assert "referer" not in requests[0]


def test_without_javascript_the_button_is_a_plain_link(site, browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        requests = _neutral_site(site, page)
        page.goto("/")
        page.get_by_role("link", name="Leave this site").click()
        page.wait_for_url(NEUTRAL)
        assert "referer" not in requests[0]  # rel="noreferrer"
    finally:
        context.close()
