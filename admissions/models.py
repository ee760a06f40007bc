"""Inquiries (personal fields encrypted), the admissions teams they are routed to and the
rules that route them. The inquiry page itself lives in admissions/pages.py."""

from datetime import time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)

from admissions import hashing
from admissions.business_time import MIDNIGHT, BusinessHours
from admissions.choices import (
    CLOSING_STATUSES,
    BestTime,
    ContactMethod,
    Delivery,
    DuplicateState,
    ForWhom,
    Interest,
    Status,
)
from admissions.crypto import EncryptedTextField
from admissions.pages import InquiryPage  # noqa: F401  (Django finds models in models.py)
from admissions.pipeline_models import *  # noqa: F403  (Django finds models in models.py)
from admissions.pipeline_models import StatusChange
from core import vocabulary

# The fields that hold what a person typed about themselves; never logged, never emailed.
PERSONAL_FIELDS = ("first_name", "email", "phone", "zip_code", "insurance", "message", "notes")


def validate_time_zone(name):
    try:
        ZoneInfo(name)
    except (ValueError, LookupError):  # ZoneInfoNotFoundError is a KeyError
        raise ValidationError(
            "%(name)s is not a time zone name. Use one like America/New_York or America/Chicago.",
            params={"name": name},
        ) from None


def _opening_field(label, default=None):
    return models.TimeField(label, null=default is None, blank=default is None, default=default)


def _closing_field(label, default=None):
    return models.TimeField(
        label,
        null=default is None,
        blank=default is None,
        default=default,
        help_text="00:00 means midnight, the end of the day.",
    )


class AdmissionsTeam(ClusterableModel):
    name = models.CharField(max_length=100, unique=True)
    notification_email = models.EmailField(
        help_text="Where new-inquiry notifications go. They never contain personal details."
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="admissions_teams",
        help_text="Staff who can be assigned this team's inquiries.",
    )
    is_default = models.BooleanField(
        default=False,
        help_text="The site-wide default: receives every inquiry no rule matches. Only one team "
        "can be the default.",
    )

    unreachable_after = models.PositiveSmallIntegerField(
        default=5,
        help_text="After this many tries with no answer, an inquiry still being attempted "
        "becomes 'Unreachable'.",
    )

    # The response clock (admissions/clock.py): business hours, holidays and the target.
    time_zone = models.CharField(
        max_length=64,
        default="America/New_York",
        validators=[validate_time_zone],
        help_text="Where the team works, as a time zone name such as America/Chicago.",
    )
    weekday_opens = _opening_field("Monday to Friday: opens", time(9))
    weekday_closes = _closing_field("Monday to Friday: closes", time(17))
    saturday_opens = _opening_field("Saturday: opens")
    saturday_closes = _closing_field("Saturday: closes")
    sunday_opens = _opening_field("Sunday: opens")
    sunday_closes = _closing_field("Sunday: closes")
    first_contact_target = models.PositiveIntegerField(
        "first-contact target (business minutes)",
        default=60,
        help_text="How long, counting only business hours, the team has to make a first "
        "contact before the inquiry is overdue.",
    )
    lead_email = models.EmailField(
        "lead's e-mail",
        blank=True,
        help_text="Gets one e-mail per overdue inquiry (its number and how late, nothing "
        "more). Empty: the notification address gets it.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("notification_email"),
        FieldPanel("members"),
        FieldPanel("is_default"),
        FieldPanel("unreachable_after"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("weekday_opens"), FieldPanel("weekday_closes")]),
                FieldRowPanel([FieldPanel("saturday_opens"), FieldPanel("saturday_closes")]),
                FieldRowPanel([FieldPanel("sunday_opens"), FieldPanel("sunday_closes")]),
                FieldPanel("first_contact_target"),
                FieldPanel("lead_email"),
            ],
            heading="Response clock",
            help_text="Leave Saturday or Sunday empty when the team is closed that day.",
        ),
        InlinePanel("holidays", heading="Holidays", label="Holiday"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        for day in ("weekday", "saturday", "sunday"):
            opens, closes = getattr(self, f"{day}_opens"), getattr(self, f"{day}_closes")
            if (opens is None) != (closes is None):
                errors[f"{day}_closes"] = "Give both times, or neither when the team is closed."
            elif opens is not None and closes != MIDNIGHT and closes <= opens:
                errors[f"{day}_closes"] = "Closing must come after opening (00:00 is midnight)."
        if errors:
            raise ValidationError(errors)

    def business_hours(self) -> BusinessHours:
        """The team's open hours for admissions/business_time.py (uses prefetched holidays)."""
        week = {day: (self.weekday_opens, self.weekday_closes) for day in range(5)}
        for day, name in ((5, "saturday"), (6, "sunday")):
            opens, closes = getattr(self, f"{name}_opens"), getattr(self, f"{name}_closes")
            if opens is not None and closes is not None:
                week[day] = (opens, closes)
        holidays = frozenset(holiday.date for holiday in self.holidays.all())
        return BusinessHours(ZoneInfo(self.time_zone), week, holidays)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.is_default:
            AdmissionsTeam.objects.exclude(pk=self.pk).filter(is_default=True).update(
                is_default=False
            )

    @classmethod
    def default(cls):
        return cls.objects.filter(is_default=True).first()


class TeamHoliday(models.Model):
    """A day the team's response clock stands still, wherever the team is open that weekday."""

    team = ParentalKey(AdmissionsTeam, on_delete=models.CASCADE, related_name="holidays")
    date = models.DateField()
    name = models.CharField(max_length=100, blank=True, help_text="For example: Thanksgiving.")

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("name")])]

    class Meta:
        ordering = ["date"]
        constraints = [models.UniqueConstraint("team", "date", name="one_holiday_a_day")]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name}".strip()


class RoutingRule(models.Model):
    """Sends matching inquiries to a team. Rules are tried by priority (lowest number first);
    every criterion a rule sets must match, and a rule must set at least one."""

    priority = models.PositiveIntegerField(default=100, help_text="Lower numbers are tried first.")
    team = models.ForeignKey(AdmissionsTeam, on_delete=models.CASCADE, related_name="rules")
    program = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Match inquiries sent from this program's page.",
    )
    level_of_care = models.CharField(
        max_length=30,
        blank=True,
        choices=vocabulary.LEVELS_OF_CARE,
        help_text="Match the level of care the person is interested in, or the program's.",
    )
    state = models.CharField(
        max_length=2,
        blank=True,
        choices=vocabulary.US_STATES,
        help_text="Match the state of the person's ZIP code.",
    )
    population = models.CharField(
        max_length=40,
        blank=True,
        choices=vocabulary.POPULATIONS,
        help_text="Match programs serving this population (e.g. the healthcare-worker track).",
    )

    panels = [
        FieldPanel("priority"),
        FieldPanel("team"),
        PageChooserPanel("program"),
        FieldPanel("level_of_care"),
        FieldPanel("state"),
        FieldPanel("population"),
    ]

    class Meta:
        ordering = ["priority", "id"]

    def __str__(self):
        criteria = [
            label
            for label in (
                self.program and f"program {self.program.title}",
                self.level_of_care and self.get_level_of_care_display(),
                self.state and self.get_state_display(),
                self.population and self.get_population_display(),
            )
            if label
        ]
        return f"{self.priority}: {', '.join(criteria) or 'anything'} → {self.team}"

    def clean(self):
        if not (self.program_id or self.level_of_care or self.state or self.population):
            raise ValidationError(
                "Choose at least one thing to match; the default team already catches the rest."
            )


class InquiryQuerySet(models.QuerySet):
    def closed_before(self, moment):
        return self.filter(status__in=CLOSING_STATUSES, closed_at__lt=moment)

    def failed_notifications(self):
        return self.filter(notification_state=Delivery.FAILED)


class Inquiry(models.Model):
    # Personal fields: encrypted at rest, decrypted only for admissions staff.
    first_name = EncryptedTextField(verbose_name="first name or initials")
    email = EncryptedTextField(blank=True)
    phone = EncryptedTextField(blank=True)
    zip_code = EncryptedTextField(verbose_name="ZIP code")
    insurance = EncryptedTextField(blank=True, verbose_name="insurance carrier")
    message = EncryptedTextField(blank=True)
    # Keyed hashes (admissions/hashing.py) of the normalised phone and e-mail, for duplicates.
    phone_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    email_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    duplicate_state = models.CharField(
        max_length=10, choices=DuplicateState.choices, blank=True, default=""
    )

    # What routing and the inbox need: choices, not free text.
    preferred_contact = models.CharField(max_length=10, choices=ContactMethod.choices)
    best_time = models.CharField(max_length=10, choices=BestTime.choices, default=BestTime.ANY)
    voicemail_ok = models.BooleanField(default=False)
    texts_ok = models.BooleanField(default=False)
    for_whom = models.CharField(max_length=12, choices=ForWhom.choices)
    interest = models.CharField(max_length=12, choices=Interest.choices)
    state = models.CharField(max_length=2, blank=True, choices=vocabulary.US_STATES)
    # A plain page link keeps this app's migrations independent of the directory's.
    program = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consent_at = models.DateTimeField()
    # The language of the form it came through (/es/: Spanish), so a coordinator can reply in it.
    language = models.CharField(
        max_length=8, choices=settings.LANGUAGES, default="en", editable=False
    )

    # Workflow.
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NEW)
    team = models.ForeignKey(
        AdmissionsTeam, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_inquiries",
    )
    notes = EncryptedTextField(blank=True, verbose_name="internal notes")
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    first_contact_at = models.DateTimeField(null=True, blank=True)
    # When the team's lead was told this inquiry is overdue (admissions/tasks.py): only once.
    escalated_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Notification delivery, so a failure is visible and never silent.
    notification_state = models.CharField(
        max_length=10, choices=Delivery.choices, default=Delivery.PENDING
    )
    notification_attempts = models.PositiveSmallIntegerField(default=0)
    notification_sent_at = models.DateTimeField(null=True, blank=True)
    notification_next_attempt_at = models.DateTimeField(null=True, blank=True)
    # The exception class only ("SMTPConnectError"): never a message that could echo content.
    notification_error = models.CharField(max_length=100, blank=True)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name_plural = "inquiries"
        indexes = [
            # The response clock's queue (admissions/clock.py): the inbox's "overdue" filter
            # and the escalation task read it often, and it is a few rows among thousands.
            models.Index(
                fields=["received_at"],
                condition=models.Q(status=Status.NEW, first_contact_at=None),
                name="inquiry_awaiting_contact",
            ),
            # The inbox's own order, so a page deep in the list does not sort the whole table.
            models.Index(fields=["-received_at", "-id"], name="inquiry_newest_first"),
            # The inbox header counts these on every view; they are few, or none.
            models.Index(
                fields=["id"],
                condition=models.Q(notification_state=Delivery.FAILED),
                name="inquiry_failed_notification",
            ),
        ]
        permissions = [("export_inquiry", "Can export inquiries")]

    def __str__(self):
        # Audit log labels and admin messages use this: a number, never a name.
        return f"Inquiry #{self.pk}"

    def save(self, *args, **kwargs):
        self.phone_hash = hashing.phone_hash(self.phone)
        self.email_hash = hashing.email_hash(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"phone", "email"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "phone_hash", "email_hash"}
        if self._state.adding and self.duplicate_of_id is None:
            self.duplicate_of = self.find_duplicate()
        super().save(*args, **kwargs)

    def find_duplicate(self):
        """The latest other inquiry with the same phone number or e-mail, by keyed hash."""
        match = models.Q(pk__in=[])
        if phones := hashing.phone_hashes(self.phone):
            match |= models.Q(phone_hash__in=phones)
        if emails := hashing.email_hashes(self.email):
            match |= models.Q(email_hash__in=emails)
        others = Inquiry.objects.filter(match)
        if self.pk:
            others = others.exclude(pk=self.pk)
        return others.order_by("-received_at", "-id").first()

    def change_status(self, status, user=None, now=None):
        """Move the inquiry to `status`, save it and write the step on its timeline (no step
        when the status does not change). Returns the timeline entry or None."""
        now = now or timezone.now()
        before = self.status
        if status == before:
            return None
        self.set_status(status, now)
        self.save()
        return StatusChange.objects.create(
            inquiry=self, at=now, user=user, from_status=before, to_status=status
        )

    def set_status(self, status, now=None):
        """Change status, stamping first contact and closing times the first time they happen.
        Saves nothing and writes no timeline step: change_status does both."""
        now = now or timezone.now()
        self.status = status
        if status != Status.NEW and self.first_contact_at is None:
            self.first_contact_at = now
        if status in CLOSING_STATUSES:
            self.closed_at = self.closed_at or now
        else:
            self.closed_at = None

    @property
    def age(self):
        return timezone.now() - self.received_at

    @property
    def level_of_care_label(self):
        return self.get_interest_display()

    def get_admin_url(self):
        return reverse("admissions_inbox:detail", args=[self.pk])
