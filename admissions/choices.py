"""The fixed choices of the inquiry form and workflow. Levels of care, populations and states
come from core/vocabulary.py so routing rules use the same slugs as the directory."""

from django.db import models


class Interest(models.TextChoices):
    VIRTUAL_IOP = "virtual-iop", "Virtual IOP"
    IOP = "iop", "In-person IOP"
    PHP = "php", "Partial hospitalization (PHP)"
    NOT_SURE = "not-sure", "Not sure yet"


class ForWhom(models.TextChoices):
    MYSELF = "myself", "Myself"
    LOVED_ONE = "loved-one", "A loved one"
    REFERRAL = "referral", "A professional referral (I'm a clinician or case manager)"


class ContactMethod(models.TextChoices):
    EMAIL = "email", "Email"
    PHONE = "phone", "Phone call"
    TEXT = "text", "Text message"


class BestTime(models.TextChoices):
    ANY = "any", "Any time"
    MORNING = "morning", "Morning (8 am to noon)"
    AFTERNOON = "afternoon", "Afternoon (noon to 5 pm)"
    EVENING = "evening", "Evening (5 pm to 8 pm)"


class Status(models.TextChoices):
    NEW = "new", "New"
    CONTACTED = "contacted", "Contacted"
    SCHEDULED = "scheduled", "Scheduled"
    ENROLLED = "enrolled", "Enrolled"
    NOT_A_FIT = "not-a-fit", "Not a fit"
    CLOSED = "closed", "Closed"


# Statuses that end an inquiry: its closing time starts the retention clock.
CLOSING_STATUSES = {Status.NOT_A_FIT, Status.CLOSED}


class Delivery(models.TextChoices):
    PENDING = "pending", "Pending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"
