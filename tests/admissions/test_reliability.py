"""A mail outage loses nothing and sends nothing twice: a real SMTP server (aiosmtpd) on
127.0.0.1, the database task backend and the django-tasks-db worker run in-process."""

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from admissions.choices import Delivery
from admissions.models import Inquiry
from admissions.tasks import notify_admissions
from tests.admissions.conftest import SECRET_VALUES
from tests.admissions.smtp import smtp_settings, unused_port

INQUIRIES = 100


class Recorder:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
        return "250 Message accepted for delivery"


def run_worker():
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="reliability-test",
        excluded_queue_names=[],
    ).run()


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_smtp_outage_then_recovery_delivers_each_notification_exactly_once(
    client, inquiry_page, form_data, default_team, settings
):
    settings.INQUIRY_RATE_LIMIT = INQUIRIES * 2
    port = unused_port()
    smtp = smtp_settings(port, TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
    with smtp:
        # The mail server is down: every inquiry is still stored, its task queued.
        for _ in range(INQUIRIES):
            assert client.post(inquiry_page.url, form_data()).status_code == 302
        assert Inquiry.objects.count() == INQUIRIES
        assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == INQUIRIES

        run_worker()  # every send is refused; each task re-enqueues itself with a backoff
        assert (
            Inquiry.objects.filter(
                notification_state=Delivery.PENDING, notification_attempts=1
            ).count()
            == INQUIRIES
        )
        waiting = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
        assert waiting.count() == INQUIRIES
        assert all(task.run_after > timezone.now() for task in waiting)

        recorder = Recorder()
        controller = Controller(recorder, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            run_worker()  # the server is up, but the retries are not due yet: they wait
            assert recorder.messages == []

            # The backoff elapses (moved forward rather than slept through).
            waiting.update(run_after=timezone.now())
            run_worker()
            assert len(recorder.messages) == INQUIRIES

            # A stray duplicate task and another worker pass send nothing more.
            notify_admissions.enqueue(Inquiry.objects.first().pk)
            run_worker()
        finally:
            controller.stop()

    assert len(recorder.messages) == INQUIRIES
    numbers = sorted(
        int(content.split("New inquiry #", 1)[1].split(" ", 1)[0])
        for _, content in recorder.messages
    )
    assert numbers == sorted(Inquiry.objects.values_list("pk", flat=True))  # each exactly once
    assert all(rcpt == ["central@haven.invalid"] for rcpt, _ in recorder.messages)
    assert (
        Inquiry.objects.filter(notification_state=Delivery.SENT, notification_attempts=2).count()
        == INQUIRIES
    )
    everything = "\n".join(content for _, content in recorder.messages).lower()
    for value in SECRET_VALUES.values():
        assert value.lower() not in everything
