"""Retention per status group: ended inquiries are purged INQUIRY_RETENTION_DAYS (180) after
they ended, never-ended ones INQUIRY_RETENTION_OPEN_DAYS (365) after they arrived; by command
and by the worker's daily task, with one audit entry per run."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry

from admissions.choices import CLOSING_STATUSES, Status
from admissions.models import Callback, ContactAttempt, Inquiry
from admissions.retention import purge
from admissions.tasks import purge_closed_inquiries
from tests.admissions.factories import InquiryFactory

pytestmark = pytest.mark.django_db


def ended(status, days_ago):
    now = timezone.now()
    return InquiryFactory(
        status=status,
        received_at=now - timedelta(days=days_ago + 30),
        closed_at=now - timedelta(days=days_ago),
    )


def arrived(status, days_ago):
    return InquiryFactory(status=status, received_at=timezone.now() - timedelta(days=days_ago))


def make_set():
    return {
        "old_closed": ended(Status.CLOSED, 200),
        "old_not_fit": ended(Status.NOT_A_FIT, 181),
        "recent_closed": ended(Status.CLOSED, 10),
        "old_open": arrived(Status.REACHED, 400),
        "year_old_new": arrived(Status.NEW, 364),
    }


def test_purge_command_deletes_each_group_past_its_period_with_one_audit_entry():
    made = make_set()
    out = StringIO()
    call_command("purge_inquiries", stdout=out)
    assert (
        "Deleted 3 inquiries past retention: ended over 180 days ago, or never ended and "
        "received over 365 days ago." in out.getvalue()
    )
    left = set(Inquiry.objects.values_list("pk", flat=True))
    assert left == {made["recent_closed"].pk, made["year_old_new"].pk}
    entry = ModelLogEntry.objects.get(action="admissions.purge")
    assert entry.data == {"count": 3, "ended_days": 180, "open_days": 365}
    assert entry.label == "Retention purge: 3 inquiries deleted" and entry.user is None


@pytest.mark.parametrize("status", sorted(CLOSING_STATUSES))
def test_every_ending_status_is_kept_180_days_after_it_ended(status):
    kept, gone = ended(status, 179), ended(status, 181)
    assert purge() == 1
    assert list(Inquiry.objects.values_list("pk", flat=True)) == [kept.pk]
    assert gone.pk not in Inquiry.objects.values_list("pk", flat=True)


@pytest.mark.parametrize(
    "status", sorted(set(Status.values) - {str(status) for status in CLOSING_STATUSES})
)
def test_every_other_status_is_kept_365_days_after_it_arrived(status):
    kept = arrived(status, 364)
    arrived(status, 366)
    assert purge() == 1
    assert list(Inquiry.objects.values_list("pk", flat=True)) == [kept.pk]


def test_an_ended_inquiry_without_a_closing_time_counts_from_its_arrival():
    old = InquiryFactory(status=Status.CLOSED, received_at=timezone.now() - timedelta(days=200))
    Inquiry.objects.filter(pk=old.pk).update(closed_at=None)
    assert purge() == 1


def test_an_inquiry_worked_recently_still_goes_a_year_after_it_arrived():
    inquiry = arrived(Status.SCHEDULED, 370)
    inquiry.notes = "updated today"
    inquiry.save()  # touches updated_at, as key rotation does: no reprieve
    assert purge() == 1


def test_the_purge_takes_the_inquirys_attempts_and_callbacks_with_it():
    inquiry = ended(Status.UNREACHABLE, 200)
    ContactAttempt.objects.create(inquiry=inquiry, channel="call", outcome="no-answer")
    Callback.objects.create(inquiry=inquiry, due_at=timezone.now())
    purge()
    assert not ContactAttempt.objects.exists() and not Callback.objects.exists()


def test_both_periods_are_configurable(settings):
    settings.INQUIRY_RETENTION_DAYS = 5
    settings.INQUIRY_RETENTION_OPEN_DAYS = 30
    make_set()
    call_command("purge_inquiries", stdout=StringIO())
    assert Inquiry.objects.count() == 0
    assert ModelLogEntry.objects.get(action="admissions.purge").data["count"] == 5


def test_a_run_with_nothing_to_purge_still_leaves_its_entry_readable_in_the_audit_log(
    client, admin_user, staff_login
):
    purge()
    purge()
    assert ModelLogEntry.objects.filter(action="admissions.purge").count() == 2
    staff_login(admin_user)
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    assert "Deleted 0 inquiries past retention (ended: 180 days, never ended: 365 days)" in (
        response.content.decode()
    )


def test_the_periodic_tasks_start_one_daily_chain_that_the_worker_keeps_going():
    make_set()
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        call_command("schedule_periodic_tasks", stdout=StringIO())
        call_command("schedule_periodic_tasks", stdout=StringIO())  # idempotent
        purges = DBTaskResult.objects.filter(task_path=purge_closed_inquiries.module_path)
        waiting = purges.filter(status=TaskResultStatus.READY)
        assert waiting.count() == 1
        waiting.delete()

        assert purge_closed_inquiries.call() == 3  # what the worker runs
        following = purges.get(status=TaskResultStatus.READY)
        delay = following.run_after - timezone.now()
        assert timedelta(hours=23, minutes=59) < delay <= timedelta(days=1)
