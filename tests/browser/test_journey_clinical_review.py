"""Journey: an editor adds an author and a topic, writes an article with a phrase the content
checks flag, sees the finding in the preview's Checks panel and submits it for clinical
review; a reviewer approves it and the live page names the reviewer and the date."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from articles.models import ArticlePage
from tests.browser.helpers import JOURNEY, assert_accessible

pytestmark = JOURNEY
HAVEN_PARTS = {"articles"}

PASSWORD = "a-long-password-1"  # pragma: allowlist secret
TITLE = "When tiredness will not lift"
TEXT = "Burnout rarely comes out of nowhere. Rest helps, and so does talking to someone."


@pytest.fixture
def people(site, django_user_model):
    editor = django_user_model.objects.create_user("edna", "edna@example.test", PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    reviewer = django_user_model.objects.create_user(
        "rosa", "rosa@example.test", PASSWORD, first_name="Rosa", last_name="Quill"
    )
    reviewer.groups.add(Group.objects.get(name="Clinical reviewers"))
    return editor, reviewer


def sign_in(page, username):
    page.context.clear_cookies()
    page.goto(reverse("wagtailadmin_login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{reverse('wagtailadmin_home')}")


def footer_action(page, name):
    page.locator("footer .w-dropdown__toggle, .footer__container .w-dropdown__toggle").first.click()
    page.get_by_role("button", name=name, exact=True).click()


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_editor_submits_reviewer_approves_page_names_reviewer(haven, people, page):
    sign_in(page, "edna")
    page.goto(reverse("wagtailsnippets_articles_person:add"))
    page.locator("input[name=name]").fill("Lena Brooks")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/snippets/articles/person/")
    page.goto(reverse("wagtailsnippets_articles_topic:add"))
    page.locator("input[name=name]").fill("Fatigue")
    page.locator("input[name=slug]").fill("fatigue")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/snippets/articles/topic/")

    page.goto(reverse("wagtailadmin_pages:add", args=["articles", "articlepage", haven.index.pk]))
    page.get_by_placeholder("Page title*").fill(TITLE)
    page.locator("textarea[name=summary]").fill("Why rest is not always enough, and what helps.")
    page.get_by_label("Fatigue").check()
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_text("Paragraph", exact=True).first.click()
    editor = page.locator(".Draftail-Editor [contenteditable=true]").first
    editor.click()
    editor.press_sequentially(TEXT)
    page.wait_for_function(
        "() => [...document.querySelectorAll(\"input[name$='-value']\")]"
        ".some(i => i.value.includes('nowhere'))"
    )
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url("**/edit/")

    page.get_by_role("button", name="Toggle checks").click()
    finding = page.get_by_text("Safe messaging: “out of nowhere”")
    finding.wait_for(timeout=20_000)
    assert "Name the warning signs" in page.locator("[data-side-panel='checks']").inner_text()

    footer_action(page, "Submit to Clinical review")
    page.wait_for_load_state()
    article = ArticlePage.objects.get(title=TITLE)
    assert article.current_workflow_state.status == "in_progress" and not article.live

    sign_in(page, "rosa")
    page.goto(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    footer_action(page, "Approve and Publish")
    page.wait_for_load_state()
    article.refresh_from_db()
    assert article.live and article.reviewer.name == "Rosa Quill"

    page.goto(article.url)
    reviewed = page.locator(".article__reviewed").inner_text()
    assert "Rosa Quill" in reviewed
    assert timezone.localdate().strftime("%B") in reviewed
    assert_accessible(page, "article approved by a clinical reviewer")
    page.goto(haven.index.url)
    assert_accessible(page, "article index")
