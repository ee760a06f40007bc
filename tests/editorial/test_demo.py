"""The editorial demo: each state of the process is where an editor would look."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles import demo as articles_demo
from articles.models import ArticlePage
from editorial import demo
from home import demo as home_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(admin_user):
    for _ in range(2):  # safe to run twice
        home_demo.load()
        articles_demo.load()
        demo.load()
    return {
        spec["slug"]: ArticlePage.objects.get(slug=spec["slug"])
        for spec in (demo.AWAITING, demo.OVERDUE, demo.SCHEDULED, demo.FLAGGED)
    }


def test_each_editorial_state_is_in_the_demo(loaded):
    awaiting = loaded[demo.AWAITING["slug"]]
    assert awaiting.current_workflow_state.status == "in_progress" and not awaiting.live
    scheduled = loaded[demo.SCHEDULED["slug"]]
    revision = scheduled.scheduled_revision
    assert not scheduled.live and revision.approved_go_live_at.date() > timezone.localdate()
    flagged = loaded[demo.FLAGGED["slug"]]
    assert flagged.live and flagged.has_unpublished_changes
    from editorial.checker import page_findings

    draft_findings = page_findings(flagged.get_latest_revision_as_object())
    assert any(f.text == "committed suicide" for f in draft_findings)
    assert not any(f.text == "committed suicide" for f in page_findings(flagged))
    assert ArticlePage.objects.filter(slug=demo.OVERDUE["slug"]).count() == 1


def test_newcomer_sees_the_overdue_article_and_the_review_queue(
    client, loaded, staff_login, admin_user
):
    client = staff_login(admin_user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Clinical review due" in html and demo.OVERDUE["title"] in html
    assert demo.AWAITING["title"] in html  # Wagtail's "Awaiting your review"


def test_load_demo_command_includes_the_editorial_demo(admin_user):
    call_command("load_demo")
    assert ArticlePage.objects.filter(slug=demo.OVERDUE["slug"], live=True).exists()
