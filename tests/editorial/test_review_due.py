"""Review due: the interval setting, the dashboard panel, the report and the weekly digest."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from editorial.models import EditorialSettings
from editorial.review_due import due_articles
from tests.articles.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(article_index):
    today = timezone.localdate()
    return {
        "overdue": make_article(
            article_index, title="Overdue piece", last_reviewed=today - relativedelta(months=14)
        ),
        "soon": make_article(
            article_index,
            title="Soon piece",
            last_reviewed=today - relativedelta(months=12) + datetime.timedelta(days=10),
        ),
        "fresh": make_article(
            article_index, title="Fresh piece", last_reviewed=today - relativedelta(months=2)
        ),
        "draft": make_article(
            article_index,
            title="Draft piece",
            publish=False,
            last_reviewed=today - relativedelta(years=3),
        ),
    }


def test_due_list_follows_the_interval_setting(articles, home_page):
    titles = [(row.title, row.status) for row in due_articles()]
    assert titles == [("Overdue piece", "Overdue"), ("Soon piece", "Due soon")]
    settings = EditorialSettings.for_site(Site.objects.get(is_default_site=True))
    settings.review_interval_months = 1
    settings.save()
    assert {row.title for row in due_articles()} == {"Overdue piece", "Soon piece", "Fresh piece"}


def test_dashboard_panel_lists_due_articles_for_editors_and_reviewers(
    client, articles, editor, reviewer, django_user_model
):
    for user in (editor, reviewer):
        client.force_login(user)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Clinical review due" in html
        assert "Overdue piece" in html and "Soon piece" in html
        assert "Fresh piece" not in html and "Draft piece" not in html
    outsider = django_user_model.objects.create_user("otto", password="x-long-password-9")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    assert "Clinical review due" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_report_lists_last_review_dates(client, articles, reviewer):
    client.force_login(reviewer)
    response = client.get(reverse("editorial_admin:review_due"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Overdue piece" in html and "Fresh piece" not in html
    last = articles["overdue"].last_reviewed
    assert last.strftime("%B") in html or last.isoformat() in html
    assert reverse("wagtailadmin_pages:edit", args=[articles["overdue"].pk]) in html


def test_weekly_digest_goes_to_reviewers_with_titles_and_links_only(articles, reviewer, editor):
    call_command("send_review_digest")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [reviewer.email]
    assert "Overdue piece" in message.body and "Soon piece" in message.body
    assert f"/admin/pages/{articles['overdue'].pk}/edit/" in message.body
    assert articles["overdue"].summary not in message.body  # titles and links, not content


def test_no_digest_when_nothing_is_due(article_index, reviewer):
    make_article(article_index, title="Fresh", last_reviewed=timezone.localdate())
    call_command("send_review_digest")
    assert mail.outbox == []
