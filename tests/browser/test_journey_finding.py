"""Journey 2: a reader looks for a program near a ZIP code, narrows it by level of care and by
who it serves, pages on, opens a program and asks about it: with a mouse, and by keyboard alone."""

import re

from tests.browser import content
from tests.browser.helpers import JOURNEY, assert_accessible, field_named, tab_to, text_has

pytestmark = JOURNEY
HAVEN_PARTS = {"programs", "inquiry"}


def results_count(page) -> str:
    return page.locator(".directory-results__count").inner_text()


def assert_asking_about(page, program_title, program_id):
    """The inquiry form names the program and will send it with the inquiry."""
    page.wait_for_url(re.compile(r"/get-help/\?program=\d+$"))
    assert page.locator(".inquiry__program").inner_text() == f"You're asking about {program_title}."
    assert page.locator("input[name=program]").input_value() == str(program_id)
    assert_accessible(page, "inquiry form for a program")


def test_reader_finds_a_program_by_zip_level_and_population_and_asks_about_it(haven, page):
    # A first try finds nothing nearby: the page says so and offers ways out, never a blank.
    page.goto(f"{haven.directory.url}?zip=19103&level=residential")
    assert results_count(page).startswith("No programs match this search")
    assert page.locator(".directory-empty").get_by_role("link").count() >= 1
    assert_accessible(page, "directory with no results")

    page.goto("/")
    quick = page.get_by_role("region", name="Find a program near you")
    quick.get_by_label("ZIP code").fill("19103")
    quick.get_by_label("Level of care").select_option(label="Intensive outpatient (IOP)")
    quick.get_by_role("button", name="Find programs").click()
    page.wait_for_url("**/programs/?zip=19103&level=iop")
    # 13 Harbor Light programs and the Phoenix IOP is out of range.
    assert results_count(page).startswith("13 programs found, page 1 of 2")
    assert_accessible(page, "directory results")

    page.locator("summary", has_text="Who it serves").click()
    page.get_by_label(re.compile(r"^Healthcare workers")).check()
    page.get_by_role("button", name="Show programs").click()
    page.wait_for_url(re.compile(r"population=healthcare-workers"))
    assert results_count(page).startswith("13 programs found, page 1 of 2")
    assert "within 25 miles of 19103" in results_count(page)
    # The filters the reader chose stay chosen.
    assert page.get_by_label(re.compile(r"^Healthcare workers")).is_checked()
    assert page.get_by_label(re.compile(r"^Intensive outpatient")).is_checked()
    assert page.get_by_label("ZIP code", exact=True).input_value() == "19103"
    assert_accessible(page, "directory results filtered")

    page.get_by_role("navigation", name="Result pages").get_by_role("link", name="Next").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert results_count(page).startswith("13 programs found, page 2 of 2")
    cards = page.locator(".program-card")
    assert cards.count() == 3
    assert "Maple Teen" not in page.locator("main").inner_text()
    assert_accessible(page, "directory results, page 2")

    link = cards.first.locator(".card__title a")
    title = link.inner_text()
    link.click()
    assert page.get_by_role("heading", level=1).inner_text() == title
    program = next(p for p in haven.programs if p.title == title)
    assert_accessible(page, "program page")

    page.get_by_role("link", name="Ask about this program").click()
    assert_asking_about(page, title, program.pk)


def test_keyboard_alone_finds_a_program_and_asks_about_it(haven, page):
    page.goto("/")
    tab_to(page, field_named("zip"))
    page.keyboard.type("19103")
    tab_to(page, text_has("Find programs"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/programs/?zip=19103**")
    # directory.js moves focus to the results heading after a search.
    assert page.evaluate("() => document.activeElement.id") == "results-heading"

    # Back up into the filters: open each group with Enter, tick with Space.
    tab_to(page, text_has("Level of care"), backwards=True)
    page.keyboard.press("Enter")
    tab_to(page, field_named("level", "iop"))
    page.keyboard.press("Space")
    tab_to(page, text_has("Who it serves"))
    page.keyboard.press("Enter")
    tab_to(page, field_named("population", "healthcare-workers"))
    page.keyboard.press("Space")
    tab_to(page, text_has("Show programs"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"level=iop.*population=healthcare-workers|population=.*level="))
    assert results_count(page).startswith("13 programs found, page 1 of 2")

    tab_to(page, lambda s: s["tag"] == "a" and s["text"] == "Next")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"page=2"))
    assert results_count(page).startswith("13 programs found, page 2 of 2")

    state = tab_to(page, lambda s: s["tag"] == "a" and s["text"].startswith("Harbor Light"))
    title = state["text"]
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/programs/harbor-light-iop-\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == title
    program = next(p for p in haven.programs if p.title == title)

    tab_to(page, text_has("Ask about this program"))
    page.keyboard.press("Enter")
    assert_asking_about(page, title, program.pk)
    assert content.MATCHING_PROGRAMS == 13
