"""Journey: with JavaScript switched off, a reader searches the directory, saves two programs,
opens the list and compares them. Every step is a plain link or a GET form; axe checks each
page the journey touches, and the printed list leaves the site's furniture out."""

import re

import pytest

from tests.browser.conftest import VIEWPORTS
from tests.browser.helpers import AXE_JS, JOURNEY, assert_accessible

pytestmark = JOURNEY
HAVEN_PARTS = {"programs"}


@pytest.fixture
def page(browser, live_server, viewport):
    """A page with JavaScript off, as the reader has it."""
    context = browser.new_context(
        base_url=live_server.url,
        viewport=VIEWPORTS[viewport],
        java_script_enabled=False,
        locale="en-US",
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def audit(browser, live_server, viewport):
    """axe needs a running script engine (it awaits timers), which a page with JavaScript off
    never gives it. So each page is audited as a twin: the same URL, with every script of
    Haven's blocked, so the twin has the no-script page's markup and axe alone runs in it."""
    context = browser.new_context(
        base_url=live_server.url, viewport=VIEWPORTS[viewport], locale="en-US"
    )
    context.set_default_timeout(10_000)
    context.route("**/*.js", lambda route: route.abort())
    twin = context.new_page()
    yield twin
    context.close()


def check(page, audit, label):
    audit.goto(page.url)
    audit.evaluate(AXE_JS.read_text())
    assert_accessible(audit, label)


def card(page, title):
    return page.locator(".program-card", has=page.get_by_role("link", name=title, exact=True))


def test_without_javascript_a_reader_saves_two_programs_and_compares_them(haven, page, audit):
    first, second = haven.programs[0], haven.programs[1]
    page.goto(f"{haven.directory.url}?zip=19103&level=iop")
    # JavaScript is off: directory.js would have moved focus to the results heading.
    assert page.evaluate("() => document.activeElement.id") != "results-heading"
    check(page, audit, "directory results")

    page.get_by_role("link", name=f"Save {first.title} to my list").click()
    page.wait_for_url(re.compile(rf"list={first.pk}#program-{first.pk}$"))
    assert "On your list." in card(page, first.title).inner_text()
    # The search is kept: same ZIP and level, same count.
    assert page.get_by_label("ZIP code", exact=True).input_value() == "19103"

    page.get_by_role("link", name=f"Save {second.title} to my list").click()
    page.wait_for_url(re.compile(rf"list={first.pk}%2C{second.pk}"))
    assert "On your list." in card(page, second.title).inner_text()
    check(page, audit, "directory results with two saved")

    page.get_by_role("link", name="My list (2 saved programs)").click()
    page.wait_for_url(f"**/programs/shortlist/?ids={first.pk},{second.pk}")
    assert page.get_by_role("heading", level=1).inner_text() == "My list of programs"
    titles = page.locator(".program-card .card__title").all_inner_texts()
    assert [t.strip() for t in titles] == [first.title, second.title]
    mailto = page.get_by_role("link", name="E-mail this list to myself").get_attribute("href")
    assert mailto.startswith("mailto:?subject=") and "shortlist%2F%3Fids%3D" in mailto
    check(page, audit, "my list")

    # On paper: the programs, without the quick exit, the header or the forms.
    page.emulate_media(media="print")
    assert not page.get_by_role("link", name="Leave this site").is_visible()
    assert not page.get_by_role("button", name="Compare").is_visible()
    assert page.locator(".print-only").is_visible()
    page.emulate_media(media="screen")

    page.get_by_role("button", name="Compare").click()
    page.wait_for_url(re.compile(r"/programs/compare/\?ids="))
    table = page.get_by_role("table")
    headers = table.get_by_role("columnheader").all_inner_texts()
    assert [h.splitlines()[0].strip() for h in headers] == [first.title, second.title]
    for row in ("Level of care", "Format", "Payment", "Availability", "Credentials"):
        assert table.get_by_role("rowheader", name=row).count() == 1
    assert table.get_by_role("rowheader", name="Verification").count() == 1
    check(page, audit, "compare")

    page.get_by_role("link", name="Back to my list").click()
    page.wait_for_url(f"**/programs/shortlist/?ids={first.pk},{second.pk}")
    page.get_by_role("link", name=f"Remove {first.title} from my list").click()
    page.wait_for_url(f"**/programs/shortlist/?ids={second.pk}")
    assert page.locator(".program-card").count() == 1
