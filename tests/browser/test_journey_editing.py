"""Journey 5: an editor signs in to the admin, writes an article with an FAQ block, publishes
it, and finds it live with its questions and their FAQPage markup."""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.text import slugify

from articles.models import ArticlePage
from tests.browser.helpers import JOURNEY, assert_accessible

pytestmark = JOURNEY
HAVEN_PARTS = {"articles"}

# pragma: allowlist nextline secret
PASSWORD = "a-long-password-1"
TITLE = "Sleep after night shifts: what helps"
QUESTION = "Is it normal to feel wired after a night shift?"
ANSWER = "Yes. A wind-down routine and a dark room help the body catch up."


@pytest.fixture
def editor(site, django_user_model):
    """An editor: Wagtail's Moderators group (add, edit and publish pages), no staff rights."""
    user = django_user_model.objects.create_user("eddie", "eddie@example.test", PASSWORD)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def sign_in(page, username):
    page.goto(reverse("wagtailadmin_login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{reverse('wagtailadmin_home')}")


def test_editor_publishes_an_article_with_an_faq_and_sees_it_live(haven, editor, page):
    sign_in(page, "eddie")
    page.goto(reverse("wagtailadmin_explore", args=[haven.index.pk]))
    page.get_by_role("link", name="Add child page").first.click()
    page.wait_for_url("**/pages/add/articles/articlepage/**")

    page.get_by_placeholder("Page title*").fill(TITLE)
    page.locator("textarea[name=summary]").fill("Why sleep is hard after nights, and what helps.")
    page.get_by_label("Virtual IOP").check()
    page.get_by_label("Healthcare workers").check()

    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_text("Faq", exact=True).click()
    page.locator("input[name='body-0-value-items-0-value-question']").fill(QUESTION)
    answer_editor = page.locator(".Draftail-Editor [contenteditable=true]").first
    answer_editor.click()
    answer_editor.press_sequentially(ANSWER)
    # Draftail saves its content to the form's hidden input a moment after typing stops.
    page.wait_for_function(
        "(word) => document.querySelector("
        "\"input[name='body-0-value-items-0-value-answer']\").value.includes(word)",
        arg="wind-down",
    )

    page.locator("footer .w-dropdown__toggle, .footer__container .w-dropdown__toggle").first.click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(f"**{reverse('wagtailadmin_explore', args=[haven.index.pk])}")
    assert "created and published" in page.locator(".messages").inner_text()

    article = ArticlePage.objects.get(title=TITLE)
    assert article.live
    assert article.slug == slugify(TITLE)
    page.goto(article.url)
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    question = page.locator("summary", has_text=QUESTION)
    answer = page.get_by_text(ANSWER)
    assert not answer.is_visible()
    question.click()
    assert answer.is_visible()
    scripts = page.locator("script[type='application/ld+json']").all_inner_texts()
    data = [json.loads(s) for s in scripts]
    faq = next(d for d in data if d.get("@type") == "FAQPage")
    assert faq["mainEntity"][0]["name"] == QUESTION
    assert ANSWER in faq["mainEntity"][0]["acceptedAnswer"]["text"]
    assert_accessible(page, "newly published article")
