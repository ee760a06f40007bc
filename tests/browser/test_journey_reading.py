"""Journeys 1 and 4: a reader finds an article through search and reads on; a reader in crisis
searches and meets the crisis panel before any result."""

from tests.articles.factories import make_article, paragraph_block
from tests.browser import content
from tests.browser.helpers import JOURNEY, assert_accessible

pytestmark = JOURNEY
HAVEN_PARTS = {"articles"}


def test_reader_searches_reads_an_faq_answer_and_follows_related_reading(haven, page):
    page.goto("/")
    assert_accessible(page, "home page")
    # The featured article the editor picked is on the home page.
    featured = page.get_by_role("region", name="Featured reading")
    assert featured.get_by_role("link", name=content.VIRTUAL_IOP_TITLE).is_visible()

    box = page.get_by_role("search").get_by_label("Search Haven")
    box.fill("virtual iop")
    box.press("Enter")
    page.wait_for_url("**/search/?q=virtual+iop")
    assert page.get_by_label("Search articles, programs and pages").input_value() == "virtual iop"
    assert page.locator(".search__status").inner_text().startswith("1 result")
    assert_accessible(page, "search results")

    page.get_by_role("link", name=content.VIRTUAL_IOP_TITLE).click()
    page.wait_for_url(f"**{haven.article.url}")
    assert page.get_by_role("heading", level=1).inner_text() == content.VIRTUAL_IOP_TITLE
    assert "Clinically reviewed by Dr. Amara Okafor" in page.locator("main").inner_text()
    assert_accessible(page, "article")

    answer = page.get_by_text(content.FAQ_ANSWER)
    assert not answer.is_visible()
    question = page.locator("summary", has_text=content.FAQ_QUESTION)
    question.click()
    assert answer.is_visible()
    assert question.locator("xpath=..").get_attribute("open") is not None
    assert_accessible(page, "article with an FAQ answer open")

    related = page.get_by_role("region", name="Related reading")
    related.get_by_role("link", name=content.RELATED_TITLE).click()
    page.wait_for_url(f"**{haven.related.url}")
    assert page.get_by_role("heading", level=1).inner_text() == content.RELATED_TITLE
    assert_accessible(page, "related article")

    # Back up the breadcrumb to everything there is to read.
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Articles").click()
    page.wait_for_url(f"**{haven.index.url}")
    main = page.locator("main")
    assert main.get_by_role("link", name=content.VIRTUAL_IOP_TITLE).is_visible()
    assert main.get_by_role("link", name=content.RELATED_TITLE).is_visible()
    assert_accessible(page, "article index")


def test_crisis_phrase_shows_the_crisis_panel_before_any_result(haven, page):
    make_article(
        haven.index,
        title="Suicide prevention on night shifts",
        slug="suicide-prevention-night-shifts",
        summary="How colleagues can notice warning signs and help someone reach support.",
        body=[paragraph_block("<p>Ask directly, listen, and stay with them.</p>")],
    )
    page.goto(haven.article.url)
    box = page.get_by_role("search").get_by_label("Search Haven")
    box.fill("suicide prevention")
    box.press("Enter")
    page.wait_for_url("**/search/?q=suicide+prevention")

    panel = page.locator("main .crisis-help")
    assert panel.is_visible()
    assert panel.get_by_role("link", name="Call 988").get_attribute("href") == "tel:988"
    assert panel.get_by_role("link", name="Call 911").get_attribute("href") == "tel:911"
    first_result = page.locator(".search-result").first
    assert first_result.is_visible(), "the crisis query should still show its results"
    # Before any result: first in the reading order, and above it on the screen.
    assert page.evaluate(
        """() => {
            const panel = document.querySelector('main .crisis-help');
            const result = document.querySelector('.search-result');
            return Boolean(panel.compareDocumentPosition(result)
                           & Node.DOCUMENT_POSITION_FOLLOWING);
        }"""
    )
    assert panel.bounding_box()["y"] < first_result.bounding_box()["y"]
    # On arrival the panel is on screen, without scrolling.
    assert panel.bounding_box()["y"] < page.viewport_size["height"]
    assert_accessible(page, "search results for a crisis phrase")
