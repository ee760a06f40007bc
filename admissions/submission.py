"""Storing a valid inquiry: one transaction holds the encrypted row and the queued
notification, so a stored inquiry always has its notification on the way."""

from django.db import transaction
from django.utils import timezone

from admissions.models import Inquiry
from admissions.tasks import enqueue_notification


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
        )
        # On commit: the task row (database backend) is written only once the inquiry is
        # committed, and the worker never looks for an inquiry that is not there yet.
        inquiry_id = inquiry.pk
        transaction.on_commit(lambda: enqueue_notification(inquiry_id))
    return inquiry
