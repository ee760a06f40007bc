"""Notifications: the team hears that an inquiry exists, never what it says; failures retry
with backoff and end visibly, never losing the inquiry."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from admissions.choices import Delivery
from admissions.models import Inquiry
from admissions.tasks import backoff, notify_admissions
from tests.admissions.conftest import SECRET_VALUES
from tests.admissions.factories import InquiryFactory
from tests.admissions.smtp import smtp_settings, unused_port
from tests.directory.factories import ProgramPageFactory

pytestmark = pytest.mark.django_db

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def all_logs(caplog):
    """Every log record from every logger, at DEBUG, reaching caplog's root handler."""
    saved = {}
    for name in list(logging.root.manager.loggerDict):
        logger = logging.getLogger(name)
        saved[name] = (logger.level, logger.propagate, logger.disabled)
        logger.setLevel(logging.DEBUG)
        logger.propagate = True
        logger.disabled = False
    caplog.set_level(logging.DEBUG)
    yield caplog
    for name, (level, propagate, disabled) in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.propagate = propagate
        logger.disabled = disabled


def everything_logged(caplog) -> str:
    return caplog.text + "\n".join(repr(record.__dict__) for record in caplog.records)


def assert_no_personal_values(text):
    lowered = text.lower()
    for value in [*SECRET_VALUES.values(), "(215) 555-0199"]:
        assert value.lower() not in lowered, value


def test_submission_from_a_program_page_reaches_that_programs_team_without_personal_data(
    client, inquiry_page, home_page, form_data, default_team, django_capture_on_commit_callbacks
):
    program = ProgramPageFactory(
        parent=home_page, title="Harbor Virtual IOP", admissions_email="harbor@haven.invalid"
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(inquiry_page.url, form_data(program=str(program.pk)))
    inquiry = Inquiry.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["harbor@haven.invalid"]
    assert message.subject == f"New inquiry #{inquiry.pk} for Virtual IOP"
    body = message.body
    assert f"New inquiry #{inquiry.pk} for Virtual IOP — open it in the admin" in body
    assert f"http://testserver/admin/admissions/inquiries/{inquiry.pk}/" in body
    assert "Harbor Virtual IOP" in body
    assert_no_personal_values(message.subject + body + str(message.to))
    inquiry.refresh_from_db()
    assert inquiry.notification_state == Delivery.SENT
    assert inquiry.notification_attempts == 1
    assert inquiry.team.notification_email == "harbor@haven.invalid"


def test_logs_of_a_submission_and_of_a_failed_notification_hold_no_submitted_value(
    client, inquiry_page, form_data, default_team, all_logs, django_capture_on_commit_callbacks
):
    with smtp_settings(unused_port()), django_capture_on_commit_callbacks(execute=True):
        # A rejected try first (field messages), then the real one.
        client.post(inquiry_page.url, form_data(email="theodosia.q@", zip_code="00000"))
        response = client.post(inquiry_page.url, form_data())
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.notification_state == Delivery.FAILED  # inline tasks cannot wait to retry
    assert inquiry.notification_error in {"ConnectionRefusedError", "SMTPConnectError"}
    text = everything_logged(all_logs)
    assert f"inquiry #{inquiry.pk} failed" in text  # the failure itself is logged...
    assert_no_personal_values(text)  # ...but nothing the person typed


def test_failed_send_is_retried_with_exponential_backoff_then_marked_failed(settings):
    settings.INQUIRY_NOTIFY_MAX_ATTEMPTS = 3
    with override_settings(TASKS=DB_TASKS), smtp_settings(unused_port()):
        inquiry = InquiryFactory()
        from admissions.models import AdmissionsTeam

        AdmissionsTeam.objects.create(
            name="Default", notification_email="d@haven.invalid", is_default=True
        )
        started = timezone.now()
        for attempt in (1, 2):
            assert notify_admissions.call(inquiry.pk) == "retrying"
            inquiry.refresh_from_db()
            assert inquiry.notification_state == Delivery.PENDING
            assert inquiry.notification_attempts == attempt
            waiting = DBTaskResult.objects.ready()
            assert not waiting.exists()  # not before its time
            queued = DBTaskResult.objects.filter(status="READY").order_by("-enqueued_at").first()
            delay = queued.run_after - started
            assert backoff(attempt) <= delay < backoff(attempt) + timedelta(seconds=30)
        assert notify_admissions.call(inquiry.pk) == "failed"
        inquiry.refresh_from_db()
        assert inquiry.notification_state == Delivery.FAILED
        assert inquiry.notification_attempts == 3
        assert Inquiry.objects.failed_notifications().get() == inquiry


def test_backoff_spreads_retries_over_about_an_hour():
    total = sum((backoff(n) for n in range(1, 7)), timedelta())
    assert timedelta(minutes=50) <= total <= timedelta(minutes=75)


def test_a_sent_notification_is_never_sent_again(default_team):
    inquiry = InquiryFactory()
    assert notify_admissions.call(inquiry.pk) == "sent"
    assert notify_admissions.call(inquiry.pk) == "already sent"
    assert len(mail.outbox) == 1


def test_no_team_configured_fails_visibly_without_losing_the_inquiry(db):
    inquiry = InquiryFactory()
    assert notify_admissions.call(inquiry.pk) == "failed"
    inquiry.refresh_from_db()
    assert inquiry.notification_error == "NoAdmissionsTeam"
    assert Inquiry.objects.filter(pk=inquiry.pk).exists()


def test_with_the_database_queue_inquiry_and_task_commit_together_or_not_at_all(
    client, inquiry_page, form_data, default_team
):
    from django.db import transaction

    from admissions.forms import InquiryForm
    from admissions.submission import save_inquiry

    form = InquiryForm(form_data())
    assert form.is_valid(), form.errors
    with override_settings(TASKS=DB_TASKS):
        with pytest.raises(RuntimeError), transaction.atomic():
            save_inquiry(form)
            raise RuntimeError("the request fails after saving")
        assert not Inquiry.objects.exists() and not DBTaskResult.objects.exists()

        inquiry = save_inquiry(form)
        task = DBTaskResult.objects.get()  # written with the inquiry, not after it
        assert task.args_kwargs == {"args": [inquiry.pk], "kwargs": {}}
        assert task.task_path == "admissions.tasks.notify_admissions"
