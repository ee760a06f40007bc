"""The pipeline's records beside an inquiry: its timeline of status changes and the contact
attempts logged against it. Imported by admissions/models.py so Django finds them."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from admissions.choices import AttemptChannel, AttemptOutcome, Status
from admissions.crypto import EncryptedTextField


class StatusChange(models.Model):
    """One step on an inquiry's timeline: who moved it, when, from which status to which."""

    inquiry = models.ForeignKey(
        "admissions.Inquiry", on_delete=models.CASCADE, related_name="status_changes"
    )
    at = models.DateTimeField(default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(max_length=12, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=12, choices=Status.choices)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["inquiry", "at"])]

    def __str__(self):
        return f"{self.from_status or '—'} → {self.to_status}"


class ContactAttempt(models.Model):
    """One try at reaching the person. The note is personal data, encrypted like the inquiry."""

    inquiry = models.ForeignKey(
        "admissions.Inquiry", on_delete=models.CASCADE, related_name="attempts"
    )
    at = models.DateTimeField(default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    channel = models.CharField(max_length=10, choices=AttemptChannel.choices)
    outcome = models.CharField(max_length=12, choices=AttemptOutcome.choices)
    note = EncryptedTextField(blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.get_channel_display()}: {self.get_outcome_display()}"
