"""The fixed choices of the inquiry form and workflow. Levels of care, populations and states
come from core/vocabulary.py so routing rules use the same slugs as the directory."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Interest(models.TextChoices):
    VIRTUAL_IOP = "virtual-iop", _("Virtual IOP")
    IOP = "iop", _("In-person IOP")
    PHP = "php", _("Partial hospitalization (PHP)")
    NOT_SURE = "not-sure", _("Not sure yet")


class ForWhom(models.TextChoices):
    MYSELF = "myself", _("Myself")
    LOVED_ONE = "loved-one", _("A loved one")
    REFERRAL = "referral", _("A professional referral (I'm a clinician or case manager)")


class ContactMethod(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone call")
    TEXT = "text", _("Text message")


class BestTime(models.TextChoices):
    ANY = "any", _("Any time")
    MORNING = "morning", _("Morning (8 am to noon)")
    AFTERNOON = "afternoon", _("Afternoon (noon to 5 pm)")
    EVENING = "evening", _("Evening (5 pm to 8 pm)")


class Status(models.TextChoices):
    """The intake pipeline. Migration 0003 mapped the first statuses onto these: contacted ->
    reached, scheduled -> assessment scheduled, enrolled -> admitted."""

    NEW = "new", "New"
    ATTEMPTING = "attempting", "Attempting contact"
    REACHED = "reached", "Reached"
    SCHEDULED = "scheduled", "Assessment scheduled"
    ADMITTED = "admitted", "Admitted"
    REFERRED = "referred", "Referred elsewhere"
    NOT_A_FIT = "not-a-fit", "Not a fit"
    UNREACHABLE = "unreachable", "Unreachable"
    CLOSED = "closed", "Closed"


# The first status list, mapped onto the pipeline (data migration 0003).
LEGACY_STATUSES = {"contacted": "reached", "scheduled": "scheduled", "enrolled": "admitted"}

# Statuses that end an inquiry: its closing time starts the retention clock.
CLOSING_STATUSES = {
    Status.ADMITTED,
    Status.REFERRED,
    Status.NOT_A_FIT,
    Status.UNREACHABLE,
    Status.CLOSED,
}


class AttemptChannel(models.TextChoices):
    CALL = "call", "Call"
    TEXT = "text", "Text message"
    EMAIL = "email", "Email"
    VOICEMAIL = "voicemail", "Voicemail"


class AttemptOutcome(models.TextChoices):
    REACHED = "reached", "Reached"
    NO_ANSWER = "no-answer", "No answer"
    VOICEMAIL = "voicemail", "Left a voicemail"
    WRONG_NUMBER = "wrong-number", "Wrong number"
    CALLBACK = "callback", "Asked for a callback"


class DuplicateState(models.TextChoices):
    UNREVIEWED = "", "Possible duplicate"
    LINKED = "linked", "Linked"
    MERGED = "merged", "Merged"
    DISMISSED = "dismissed", "Not the same person"


class Delivery(models.TextChoices):
    PENDING = "pending", "Pending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"
