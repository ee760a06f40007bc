"""The pipeline's records beside an inquiry: its timeline of status changes, the contact
attempts, callbacks and referrals logged against it. Imported by admissions/models.py so Django
finds them."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from admissions.choices import AttemptChannel, AttemptOutcome, Status
from admissions.crypto import EncryptedTextField

__all__ = ["Callback", "ContactAttempt", "Referral", "StatusChange"]


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


class Callback(models.Model):
    """A call back promised to the person, at a time inside their preferred window
    (admissions/callbacks.py checks it). The assignee is reminded once when it falls due."""

    inquiry = models.ForeignKey(
        "admissions.Inquiry", on_delete=models.CASCADE, related_name="callbacks"
    )
    due_at = models.DateTimeField(db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    scheduled_at = models.DateTimeField(default=timezone.now)
    scheduled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Claimed before the reminder is sent (admissions/tasks.py), so it goes out once.
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["due_at", "id"]

    def __str__(self):
        return f"Callback for inquiry #{self.inquiry_id} at {self.due_at:%Y-%m-%d %H:%M} UTC"


class Referral(models.Model):
    """Where a "referred elsewhere" inquiry was sent: a program in Haven's directory or, when
    it is not listed, a description. The description is encrypted: see `elsewhere`."""

    inquiry = models.ForeignKey(
        "admissions.Inquiry", on_delete=models.CASCADE, related_name="referrals"
    )
    at = models.DateTimeField(default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A plain page link, as on the inquiry, keeps these migrations free of the directory's;
    # the form offers program pages only.
    program = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Encrypted although it names a third party: "the eating-disorder clinic on Elm Street"
    # says what the person is being treated for, and beside the inquiry it is their health
    # information. Treated like the attempt note.
    elsewhere = EncryptedTextField("somewhere not in the directory", blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"Referral of inquiry #{self.inquiry_id}"

    @property
    def destination(self) -> str:
        """The program's title or the description typed (decrypted): for the inquiry page and
        the report. Empty when the program page was deleted and nothing was typed."""
        if self.program_id and self.program is not None:
            return self.program.title
        return self.elsewhere
