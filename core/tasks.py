"""Site-wide background work, run by the worker (`manage.py db_worker`).

publish_scheduled_pages: Wagtail's own `publish_scheduled`, every minute. A page whose go-live
time has passed goes live; an expired one is unpublished, and so leaves search, menus and the
sitemap. `manage.py schedule_periodic_tasks` starts the chain once.

prune_task_results: once a day, django-tasks-db's own `prune_db_task_results`. Every task
leaves a row (publishing alone, 1,440 a day); finished ones go after a week, failed ones after
30 days, long enough to look into (`/healthz` counts them; an inquiry's own delivery state is
on the inquiry, not here).
"""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone
from django_tasks import task

from core.scheduling import periodic, schedule_once

PUBLISHING_INTERVAL = timedelta(minutes=1)
PRUNING_INTERVAL = timedelta(days=1)
FINISHED_KEPT_DAYS = 7
FAILED_KEPT_DAYS = 30


@task()
def publish_scheduled_pages(reschedule: bool = True) -> None:
    try:
        call_command("publish_scheduled")
    finally:
        # A failed run (a database hiccup) must not end scheduled publishing for good.
        if reschedule:
            schedule_publishing(timezone.now() + PUBLISHING_INTERVAL)


@periodic("scheduled publishing, every minute", first_run_in=timedelta(0))
def schedule_publishing(run_after) -> bool:
    """Enqueue the next run unless one is already waiting. True when one was added."""
    return schedule_once(publish_scheduled_pages, run_after)


@task()
def prune_task_results(reschedule: bool = True) -> None:
    try:
        call_command(
            "prune_db_task_results",
            queue_name="*",
            min_age_days=FINISHED_KEPT_DAYS,
            failed_min_age_days=FAILED_KEPT_DAYS,
            verbosity=0,
        )
    finally:
        if reschedule:
            schedule_pruning(timezone.now() + PRUNING_INTERVAL)


@periodic("pruning finished task results, daily", first_run_in=timedelta(minutes=10))
def schedule_pruning(run_after) -> bool:
    return schedule_once(prune_task_results, run_after)
