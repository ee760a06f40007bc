"""From the editor's side: an article scheduled ahead goes live when `publish_scheduled` runs
after its time (the worker runs it every minute: tests/core/test_scheduled_publishing.py)."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.articles.factories import make_article

pytestmark = pytest.mark.django_db


def test_a_scheduled_article_goes_live_once_its_time_has_passed(client, article_index):
    page = make_article(article_index, title="Tomorrow's piece", publish=False)
    page.go_live_at = timezone.now() + datetime.timedelta(minutes=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live and client.get(page.url).status_code == 404

    call_command("publish_scheduled")  # not yet: nothing changes
    page.refresh_from_db()
    assert not page.live

    # A minute later: move the schedule into the past rather than wait for it.
    revision = page.scheduled_revision
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
