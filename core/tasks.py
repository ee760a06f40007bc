"""Site-wide background work, run by the worker (`manage.py db_worker`).

publish_scheduled_pages: Wagtail's own `publish_scheduled`, every minute. A page whose go-live
time has passed goes live; an expired one is unpublished, and so leaves search, menus and the
sitemap. `manage.py schedule_periodic_tasks` starts the chain once.
"""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone
from django_tasks import task

from core.scheduling import periodic, schedule_once

PUBLISHING_INTERVAL = timedelta(minutes=1)


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
