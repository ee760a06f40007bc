"""Storing a valid inquiry: one transaction holds the encrypted row and the queued
notification, so a stored inquiry always has its notification on the way."""

from django.db import router, transaction
from django.utils import timezone, translation
from django.views.decorators.debug import sensitive_variables
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from admissions.models import Inquiry
from admissions.tasks import enqueue_notification, notify_admissions


def queue_shares_the_transaction() -> bool:
    """True when tasks are rows in the inquiry's own database (django-tasks-db): then the
    task row is written inside the inquiry's transaction, so both commit or neither does."""
    return isinstance(notify_admissions.get_backend(), DatabaseBackend) and (
        router.db_for_write(DBTaskResult) == router.db_for_write(Inquiry)
    )


@sensitive_variables()  # error reports never show what was typed
def save_inquiry(form) -> Inquiry:
    data = form.cleaned_data
    with transaction.atomic():
        inquiry = Inquiry.objects.create(
            first_name=data["first_name"].strip(),
            email=data.get("email", ""),
            phone=data.get("phone", ""),
            zip_code=data["zip_code"],
            state=getattr(form, "state", "") or "",
            insurance=data.get("insurance", ""),
            message=data.get("message", "").strip(),
            preferred_contact=data["preferred_contact"],
            best_time=data["best_time"],
            voicemail_ok=data.get("voicemail_ok", False),
            texts_ok=data.get("texts_ok", False),
            for_whom=data["for_whom"],
            interest=data["interest"],
            program=data.get("program"),
            consent_at=timezone.now(),
            language=translation.get_language() or "en",
        )
        inquiry_id = inquiry.pk
        if queue_shares_the_transaction():
            # Atomic with the inquiry: no crash between the two can leave it unannounced, and
            # the worker cannot see the task before the inquiry is committed.
            enqueue_notification(inquiry_id)
        else:
            # Any other queue (or inline tasks) hears of it only once the inquiry is committed.
            transaction.on_commit(lambda: enqueue_notification(inquiry_id))
    return inquiry
