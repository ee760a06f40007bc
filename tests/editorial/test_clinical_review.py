"""The Clinical review workflow, as users: an editor submits, a reviewer sends it back or
approves, and the live page names the reviewer and the date of the approval."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow

from articles.models import ArticlePage
from tests.editorial.conftest import article_form

pytestmark = pytest.mark.django_db


def submit(client, index, title):
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", index.pk])
    response = client.post(url, {**article_form(title), "action-submit": "Submit"})
    assert response.status_code == 302
    return ArticlePage.objects.get(title=title)


def act(client, page, action, comment=""):
    state = page.current_workflow_state
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment} if comment else {})


def test_the_article_index_carries_the_clinical_review_workflow(article_index):
    workflow = article_index.get_workflow()
    assert isinstance(workflow, Workflow) and workflow.name == "Clinical review"
    task = workflow.tasks.get().specific
    assert [group.name for group in task.groups.all()] == ["Clinical reviewers"]


def test_reviewer_approves_and_the_live_page_names_them(client, editor, reviewer, article_index):
    client.force_login(editor)
    page = submit(client, article_index, "Coming back after leave")
    assert page.current_workflow_state.status == "in_progress"
    assert not page.live

    client.force_login(reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Coming back after leave" in dashboard  # Wagtail's "awaiting your review" panel
    response = act(client, page, "approve")
    assert response.status_code in (200, 302)

    page.refresh_from_db()
    assert page.live
    assert page.reviewer.name == "Rosa Quill" and page.reviewer.user == reviewer
    assert page.last_reviewed == timezone.localdate()
    client.logout()
    html = client.get(page.url).content.decode()
    assert "Rosa Quill" in html
    assert page.last_reviewed.strftime("%B") in html


def test_reviewer_sends_it_back_with_a_comment(client, editor, reviewer, article_index):
    client.force_login(editor)
    page = submit(client, article_index, "Talking to your manager")
    client.force_login(reviewer)
    act(client, page, "reject", comment="Cite the source for the sleep figures.")
    page.refresh_from_db()
    assert not page.live and page.reviewer is None
    state = page.workflow_states.get()
    assert state.status == "needs_changes"
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Cite the source for the sleep figures." in edit


def test_editor_cannot_approve(client, editor, article_index):
    client.force_login(editor)
    page = submit(client, article_index, "Shift work and mood")
    response = act(client, page, "approve")
    page.refresh_from_db()
    assert response.status_code in (302, 403) and not page.live
