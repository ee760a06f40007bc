"""The program directory: DirectoryPage lists ProgramPages; ProgramTerm holds their taxonomy
slugs as rows so filtering and facet counts are database queries; ListingReport keeps the
"Report an error in this listing" messages for editors."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core import vocabulary
from core.routing import RoutedPageMixin
from core.structured_data import StructuredDataMixin
from directory import credentials, freshness, shortlist
from directory.engines.base import START_SOON_DAYS
from directory.facets import FACET_VOCABULARIES
from directory.fields import SlugListField
from directory.geo import directions_url, lookup_zip
from directory.listing_reports import report_error
from directory.search_page import directory_context

# ProgramTerm facets, named like the GET parameters that filter on them.
TAXONOMY_FIELDS = {
    "level": "levels_of_care",
    "condition": "conditions",
    "population": "populations",
    "payment": "payment",
    "time": "session_times",
    "language": "languages",
    "accreditation": "accreditations",
}
STATE_CODES = {code for code, _name in vocabulary.US_STATES}
# The admissions e-mail decides where a program's inquiry notifications go (admissions/routing.py),
# so it is the Admissions group's to set (granted in migration 0008), not every page editor's.
ADMISSIONS_EMAIL_PERMISSION = "directory.change_admissions_email"
zip_validator = RegexValidator(r"^\d{5}$", "Enter a five-digit ZIP code.")


class DirectoryPage(RoutablePageMixin, RoutedPageMixin, Page):
    intro = models.TextField(
        max_length=600,
        blank=True,
        help_text="A sentence or two above the search form: what the directory lists.",
    )
    call_questions_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A page of questions to ask when calling a program, linked beside the results.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        PageChooserPanel("call_questions_page"),
    ]
    subpage_types = ["directory.ProgramPage"]
    max_count = 1

    class Meta:
        verbose_name = "directory page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(request, self))
        return context

    @path("")
    def results(self, request):
        return self.render(request)

    @path("shortlist/", name="shortlist")
    def shortlist_page(self, request):
        return shortlist.shortlist_view(request, self)

    @path("compare/", name="compare")
    def compare_page(self, request):
        return shortlist.compare_view(request, self)


class ProgramPage(RoutablePageMixin, RoutedPageMixin, StructuredDataMixin, Page):
    organisation = models.CharField(
        "provider organisation", max_length=200, help_text="Who runs the program."
    )
    summary = models.TextField(
        max_length=400, help_text="One or two plain sentences shown on result cards."
    )
    description = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul", "ol", "h3"],
        help_text="What a week in the program looks like, who it suits, how to start.",
    )
    levels_of_care = SlugListField(vocabulary_name="LEVELS_OF_CARE")
    format = models.CharField(
        max_length=20,
        choices=vocabulary.FORMATS,
        default="in-person",
        help_text="Virtual programs are listed for the states they are licensed to serve.",
    )
    conditions = SlugListField(vocabulary_name="CONDITIONS")
    populations = SlugListField(vocabulary_name="POPULATIONS")
    payment = SlugListField(vocabulary_name="PAYMENT")
    insurance_carriers = models.CharField(
        max_length=500, blank=True, help_text="Named carriers, separated by commas."
    )
    days_per_week = models.PositiveSmallIntegerField(null=True, blank=True)
    hours_per_week = models.PositiveSmallIntegerField(null=True, blank=True)
    session_times = SlugListField(vocabulary_name="SESSION_TIMES")
    languages = SlugListField(vocabulary_name="LANGUAGES")
    street_address = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    state = models.CharField(max_length=2, choices=vocabulary.US_STATES)
    zip_code = models.CharField("ZIP code", max_length=5, validators=[zip_validator])
    latitude = models.FloatField(
        null=True, blank=True, help_text="Leave empty to fill it from the ZIP code."
    )
    longitude = models.FloatField(
        null=True, blank=True, help_text="Leave empty to fill it from the ZIP code."
    )
    states_served = SlugListField(
        vocabulary_name="US_STATES",
        help_text="For virtual and hybrid programs: the states it is licensed to serve.",
    )
    phone = models.CharField(max_length=30, blank=True)
    website = models.URLField(blank=True)
    admissions_email = models.EmailField(
        blank=True,
        help_text="Where inquiries about this program are routed. Never shown on the site.",
    )
    accreditation = models.CharField(
        "accreditation (other)",
        max_length=200,
        blank=True,
        help_text="Free text for accreditations not in the list above.",
    )
    accreditations = SlugListField(vocabulary_name="ACCREDITATIONS")
    licence_number = models.CharField(
        "state licence number", max_length=60, blank=True, help_text="As the state issued it."
    )
    accepting_new_clients = models.BooleanField(default=True)
    # What moves a program in lists (programs for an article), beside its place in the tree
    # (core/page_cache_signals.py).
    listed_by = ("levels_of_care", "conditions", "populations", "accepting_new_clients")
    next_intake_date = models.DateField(
        null=True, blank=True, help_text="The next date a new client can start, if known."
    )
    waitlist_weeks = models.PositiveSmallIntegerField(
        "waiting list (weeks)",
        null=True,
        blank=True,
        help_text="About how many weeks a new client waits. Leave empty if there is no list.",
    )
    availability_as_of = models.DateField(
        "availability as of",
        null=True,
        blank=True,
        help_text="When the intake details were checked.",
    )
    last_verified = models.DateField(
        null=True, blank=True, help_text="When someone last confirmed these details."
    )
    needs_reverification = models.BooleanField(
        default=False,
        help_text="Set when an error report is confirmed; cleared when someone verifies it again.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("organisation"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("levels_of_care"),
                FieldPanel("format"),
                FieldPanel("conditions"),
                FieldPanel("populations"),
            ],
            heading="Care",
        ),
        MultiFieldPanel(
            [FieldPanel("payment"), FieldPanel("insurance_carriers")], heading="Payment"
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("days_per_week"), FieldPanel("hours_per_week")]),
                FieldPanel("session_times"),
                FieldPanel("languages"),
            ],
            heading="Schedule and languages",
        ),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("state"), FieldPanel("zip_code")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("states_served"),
            ],
            heading="Where",
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("website"),
                # Hidden from, and ignored in the POST of, anyone without the permission:
                # Wagtail leaves the field out of the form it builds for them.
                FieldPanel("admissions_email", permission=ADMISSIONS_EMAIL_PERMISSION),
                FieldPanel("licence_number"),
                FieldPanel("accreditations"),
                FieldPanel("accreditation"),
                FieldPanel("accepting_new_clients"),
                FieldRowPanel([FieldPanel("next_intake_date"), FieldPanel("waitlist_weeks")]),
                FieldPanel("availability_as_of"),
                FieldPanel("last_verified"),
                FieldPanel("needs_reverification"),
            ],
            heading="Contact and status",
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("title", boost=4),
        index.SearchField("organisation", boost=2),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("taxonomy_labels"),
        index.SearchField("city"),
        index.SearchField("state_name"),
        index.FilterField("state"),
        index.FilterField("accepting_new_clients"),
    ]

    parent_page_types = ["directory.DirectoryPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "program page"
        permissions = [("change_admissions_email", "Can change a program's admissions e-mail")]
        # The bounding-box prefilter of a ZIP search reads this index, not the wide rows.
        indexes = [models.Index(fields=["latitude", "longitude"], name="program_lat_lon")]

    # --- data helpers -------------------------------------------------------------------
    @property
    def is_virtual(self) -> bool:
        return self.format == "virtual"

    @property
    def serves_online(self) -> bool:
        return self.format in ("virtual", "hybrid")

    @property
    def freshness(self) -> str:
        """freshness.RECENT, NOT_RECENT or OUT_OF_DATE (ages from settings)."""
        return freshness.state(self.last_verified, self.needs_reverification)

    @property
    def freshness_label(self) -> str:
        return freshness.LABELS[self.freshness]

    @property
    def is_out_of_date(self) -> bool:
        return self.freshness == freshness.OUT_OF_DATE

    @property
    def latest_verification(self):
        return self.verifications.select_related(None).first()

    @property
    def licence_lookup_url(self) -> str:
        return credentials.licence_lookup(self.state)

    def accreditation_links(self) -> list[tuple[str, str]]:
        """(label, lookup URL) for each accreditation."""
        labels = dict(credentials.ACCREDITATIONS)
        return [(labels[s], credentials.accreditor_link(s)) for s in self.accreditations]

    def starts_soon(self) -> bool:
        """Accepting, no long wait, no far start date: the "start within 2 weeks" filter."""
        limit = timezone.localdate() + datetime.timedelta(days=START_SOON_DAYS)
        return bool(
            self.accepting_new_clients
            and (self.next_intake_date is None or self.next_intake_date <= limit)
            and (self.waitlist_weeks is None or self.waitlist_weeks <= START_SOON_DAYS // 7)
        )

    @property
    def state_name(self) -> str:
        return vocabulary.label(vocabulary.US_STATES, self.state)

    def taxonomy_labels(self) -> str:
        """Labels of its levels, conditions and populations, for the site search index."""
        words = [vocabulary.label(vocabulary.LEVELS_OF_CARE, s) for s in self.levels_of_care]
        words += [vocabulary.label(vocabulary.CONDITIONS, s) for s in self.conditions]
        words += [vocabulary.label(vocabulary.POPULATIONS, s) for s in self.populations]
        return " ".join(words)

    def labels(self, facet: str) -> list[str]:
        values = [self.format] if facet == "format" else getattr(self, TAXONOMY_FIELDS[facet])
        return [vocabulary.label(FACET_VOCABULARIES[facet], slug) for slug in values]

    @property
    def directions_url(self) -> str:
        """Directions on the maps site in settings; none for a program only online."""
        if self.is_virtual:
            return ""
        return directions_url(self.street_address, self.city, self.state, self.zip_code)

    @property
    def phone_tel(self) -> str:
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        if len(digits) == 10:
            digits = "1" + digits
        return f"tel:+{digits}" if digits else ""

    def description_text(self) -> str:
        """The description as plain paragraphs (for CSV export)."""
        import html

        from django.utils.html import strip_tags

        parts = self.description.replace("</p>", "</p>\n\n").replace("<br/>", "\n")
        return html.unescape(strip_tags(parts)).strip()

    def level_labels(self) -> list[str]:
        return self.labels("level")

    def payment_summary(self) -> str:
        return ", ".join(self.labels("payment"))

    def carriers(self) -> list[str]:
        return [name.strip() for name in self.insurance_carriers.split(",") if name.strip()]

    def term_rows(self) -> list["ProgramTerm"]:
        """The ProgramTerm rows this page's fields imply (see directory.engines.database)."""
        pairs = [("format", self.format)]
        for facet, field_name in TAXONOMY_FIELDS.items():
            pairs += [(facet, slug) for slug in getattr(self, field_name)]
        # "state" filters on where a program is or whom it serves; "serves" is only the
        # licence list of online programs, used to include them in ZIP searches.
        states = {self.state} | (set(self.states_served) if self.serves_online else set())
        pairs += [("state", code) for code in sorted(states) if code]
        if self.serves_online:
            pairs += [("serves", code) for code in self.states_served]
        if self.accepting_new_clients:
            pairs.append(("accepting", "yes"))
        return [ProgramTerm(program_id=self.pk, facet=f, slug=s) for f, s in dict.fromkeys(pairs)]

    def fill_coordinates(self) -> None:
        if self.latitude is None or self.longitude is None:
            place = lookup_zip(self.zip_code)
            if place is not None:
                self.latitude, self.longitude = place.latitude, place.longitude

    def normalise(self) -> None:
        self.state = (self.state or "").upper()
        for field_name in [*TAXONOMY_FIELDS.values(), "states_served"]:
            field = self._meta.get_field(field_name)
            setattr(self, field_name, field.clean_slugs(getattr(self, field_name)))
        self.fill_coordinates()

    def clean(self):
        super().clean()
        self.normalise()
        errors = {}
        if self.state and self.state not in STATE_CODES:
            errors["state"] = "Choose a US state."
        if self.zip_code and lookup_zip(self.zip_code) is None and self.latitude is None:
            errors["zip_code"] = f"We don't recognise ZIP {self.zip_code}; enter coordinates."
        if self.serves_online and not self.states_served:
            errors["states_served"] = "Online programs need the states they may serve."
        if not self.levels_of_care:
            errors["levels_of_care"] = "Choose at least one level of care."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        self.normalise()
        with transaction.atomic():
            result = super().save(*args, **kwargs)
            if update_fields is None or set(update_fields) & TERM_SOURCE_FIELDS:
                ProgramTerm.objects.filter(program_id=self.pk).delete()
                ProgramTerm.objects.bulk_create(self.term_rows())
        return result

    # --- pages ---------------------------------------------------------------------------
    @path("")
    def program(self, request):
        links = shortlist.program_links(request, self)
        return self.render(request, context_overrides={"list_links": links})

    @path("report-error/")
    def report_error(self, request):
        return report_error(request, self)

    def json_ld(self, request):
        clinic = {
            "@type": "MedicalClinic",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "parentOrganization": {"@type": "Organization", "name": self.organisation},
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.street_address,
                "addressLocality": self.city,
                "addressRegion": self.state,
                "postalCode": self.zip_code,
                "addressCountry": "US",
            },
            "medicalSpecialty": "Psychiatric",
            "isAcceptingNewPatients": self.accepting_new_clients,
            "availableService": [
                {"@type": "MedicalTherapy", "name": label} for label in self.labels("level")
            ],
        }
        if self.phone:
            clinic["telephone"] = self.phone
        if self.website:
            clinic["sameAs"] = self.website
        if self.latitude is not None and not self.is_virtual:
            clinic["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": self.latitude,
                "longitude": self.longitude,
            }
        if self.serves_online:
            clinic["areaServed"] = [
                {"@type": "State", "name": vocabulary.label(vocabulary.US_STATES, code)}
                for code in self.states_served
            ]
        return [clinic]


TERM_SOURCE_FIELDS = {
    *TAXONOMY_FIELDS.values(),
    "format",
    "state",
    "states_served",
    "accepting_new_clients",
    "accreditations",
}


# Defined beside this module (each stays readable in one sitting); imported here so Django
# finds them and ProgramPage's methods can name them.
from directory.program_records import ListingReport, ProgramTerm  # noqa: E402
from directory.verification import Verification  # noqa: E402

__all__ = ["DirectoryPage", "ListingReport", "ProgramPage", "ProgramTerm", "Verification"]
