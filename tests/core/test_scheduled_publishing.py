"""Scheduled publishing in the worker: `schedule_periodic_tasks` starts a chain that runs
Wagtail's `publish_scheduled` every minute, so a scheduled article goes live within a minute of
its time and an expired one leaves the site and the sitemap. The database task backend and the
django-tasks-db worker run in-process, as `make run` and compose run them."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, Revision

from admissions.tasks import (
    escalate_overdue_inquiries,
    purge_closed_inquiries,
    remind_due_callbacks,
)
from core.tasks import prune_task_results, publish_scheduled_pages
from editorial.tasks import review_digest
from tests.articles.factories import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("db_tasks")]


@pytest.fixture
def db_tasks(monkeypatch):
    # The worker drops its connection between tasks; here that connection holds the test's
    # transaction (PostgreSQL would lose it), and nothing under test depends on the reconnect.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        yield


def run_worker():
    """What `manage.py db_worker` does, until nothing due is left."""
    db_worker.Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="scheduled-publishing-test",
        excluded_queue_names=[],
    ).run()


def schedule_periodic_tasks() -> str:
    out = StringIO()
    call_command("schedule_periodic_tasks", stdout=out)
    return out.getvalue()


def a_minute_passes():
    """Moves every go-live time and every waiting task a minute back, rather than sleep."""
    minute = timedelta(minutes=1)
    for revision in Revision.objects.filter(approved_go_live_at__isnull=False):
        revision.approved_go_live_at -= minute
        revision.content["go_live_at"] = revision.approved_go_live_at.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
    for waiting in DBTaskResult.objects.filter(status=TaskResultStatus.READY):
        waiting.run_after -= minute
        waiting.save(update_fields=["run_after"])


def waiting_runs():
    return DBTaskResult.objects.filter(
        task_path=publish_scheduled_pages.module_path, status=TaskResultStatus.READY
    )


def test_a_scheduled_article_goes_live_within_a_minute_and_an_expired_one_leaves(
    client, article_index
):
    scheduled = make_article(article_index, title="Tomorrow's piece", publish=False)
    scheduled.go_live_at = timezone.now() + timedelta(seconds=30)
    scheduled.save_revision().publish()  # an editor's "Publish" with a go-live time: scheduled
    expired = make_article(article_index, title="Last winter's piece")
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    assert client.get(scheduled.url).status_code == 404
    assert f"{expired.url}</loc>" in client.get("/sitemap.xml").content.decode()

    schedule_periodic_tasks()
    run_worker()  # the first run, straight away: the expired article goes, the other waits
    assert client.get(expired.url).status_code == 404
    assert f"{expired.url}</loc>" not in client.get("/sitemap.xml").content.decode()
    assert client.get(scheduled.url).status_code == 404

    a_minute_passes()
    run_worker()
    assert client.get(scheduled.url).status_code == 200
    assert f"{scheduled.url}</loc>" in client.get("/sitemap.xml").content.decode()


def test_the_run_comes_back_every_minute_and_is_never_doubled():
    first = schedule_periodic_tasks()
    again = schedule_periodic_tasks()  # a second `make run`, or compose's migrate on a deploy
    assert "Scheduled scheduled publishing, every minute." in first
    assert "Already scheduled (or tasks run inline): scheduled publishing, every minute." in again
    chains = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    every_chain = (
        publish_scheduled_pages,
        purge_closed_inquiries,
        escalate_overdue_inquiries,
        remind_due_callbacks,
        review_digest,
        prune_task_results,
    )
    assert sorted(chains.values_list("task_path", flat=True)) == sorted(
        task.module_path for task in every_chain
    )

    for _ in range(3):
        a_minute_passes()
        run_worker()
        assert waiting_runs().count() == 1
        delay = waiting_runs().get().run_after - timezone.now()
        assert timedelta(seconds=55) < delay <= timedelta(minutes=1)
        schedule_periodic_tasks()
        assert waiting_runs().count() == 1
    finished = DBTaskResult.objects.filter(task_path=publish_scheduled_pages.module_path)
    assert finished.filter(status=TaskResultStatus.SUCCESSFUL).count() == 3  # one a minute


def test_a_failed_run_still_leaves_the_next_one_waiting(monkeypatch):
    def database_gone(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("core.tasks.call_command", database_gone)
    schedule_periodic_tasks()
    run_worker()
    runs = DBTaskResult.objects.filter(task_path=publish_scheduled_pages.module_path)
    assert runs.filter(status=TaskResultStatus.FAILED).count() == 1
    assert waiting_runs().count() == 1


def test_finished_task_results_are_pruned_after_a_week_and_failed_ones_after_a_month():
    def result_aged(days: int, status) -> DBTaskResult:
        finished = timezone.now() - timedelta(days=days)
        return DBTaskResult.objects.create(
            task_path=publish_scheduled_pages.module_path,
            status=status,
            args_kwargs={"args": [], "kwargs": {}},
            enqueued_at=finished,
            started_at=finished,
            finished_at=finished,
            priority=0,
            queue_name="default",
            backend_name="default",
        )

    old_success = result_aged(8, TaskResultStatus.SUCCESSFUL)
    recent_success = result_aged(2, TaskResultStatus.SUCCESSFUL)
    failed_last_week = result_aged(8, TaskResultStatus.FAILED)
    failed_long_ago = result_aged(31, TaskResultStatus.FAILED)

    prune_task_results.enqueue(reschedule=False)
    run_worker()

    left = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert old_success.pk not in left and failed_long_ago.pk not in left
    assert {recent_success.pk, failed_last_week.pk} <= left
