"""Retention: closed inquiries are purged after INQUIRY_RETENTION_DAYS, by command and by the
worker's daily task."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry

from admissions.choices import Status
from admissions.models import Inquiry
from admissions.tasks import purge_closed_inquiries
from tests.admissions.factories import InquiryFactory

pytestmark = pytest.mark.django_db


def make_set():
    now = timezone.now()
    return {
        "old_closed": InquiryFactory(status=Status.CLOSED, closed_at=now - timedelta(days=200)),
        "old_not_fit": InquiryFactory(status=Status.NOT_A_FIT, closed_at=now - timedelta(days=181)),
        "recent_closed": InquiryFactory(status=Status.CLOSED, closed_at=now - timedelta(days=10)),
        "old_open": InquiryFactory(status=Status.REACHED, received_at=now - timedelta(days=400)),
    }


def test_purge_command_deletes_only_closed_inquiries_past_retention():
    made = make_set()
    out = StringIO()
    call_command("purge_inquiries", stdout=out)
    assert "Deleted 2 closed inquiries older than 180 days" in out.getvalue()
    left = set(Inquiry.objects.values_list("pk", flat=True))
    assert left == {made["recent_closed"].pk, made["old_open"].pk}
    assert ModelLogEntry.objects.filter(action="admissions.purge").count() == 2


def test_retention_period_is_configurable(settings):
    settings.INQUIRY_RETENTION_DAYS = 5
    make_set()
    call_command("purge_inquiries", stdout=StringIO())
    assert Inquiry.objects.count() == 1  # only the open one


def test_the_periodic_tasks_start_one_daily_chain_that_the_worker_keeps_going():
    make_set()
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        call_command("schedule_periodic_tasks", stdout=StringIO())
        call_command("schedule_periodic_tasks", stdout=StringIO())  # idempotent
        purges = DBTaskResult.objects.filter(task_path=purge_closed_inquiries.module_path)
        waiting = purges.filter(status=TaskResultStatus.READY)
        assert waiting.count() == 1
        waiting.delete()

        assert purge_closed_inquiries.call() == 2  # what the worker runs
        following = purges.get(status=TaskResultStatus.READY)
        delay = following.run_after - timezone.now()
        assert timedelta(hours=23, minutes=59) < delay <= timedelta(days=1)
