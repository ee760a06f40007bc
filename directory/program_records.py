"""Rows kept about each program: its taxonomy terms (so filtering and facet counts are
database queries) and the "Report an error in this listing" reports that staff work."""

from django.db import models
from django.utils import timezone


class ProgramTerm(models.Model):
    """One (facet, slug) a program has: ("condition", "burnout"), ("state", "PA"), ..."""

    program = models.ForeignKey(
        "directory.ProgramPage", on_delete=models.CASCADE, related_name="terms"
    )
    facet = models.CharField(max_length=20)
    slug = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["program", "facet", "slug"], name="unique_term")
        ]
        indexes = [models.Index(fields=["facet", "slug", "program"], name="term_facet_slug")]

    def __str__(self):
        return f"{self.facet}:{self.slug}"


class ListingReport(models.Model):
    """Someone says a listing is wrong. No personal data is asked for."""

    PROBLEMS = [
        ("closed", "The program has closed"),
        ("contact", "Phone, website or address is wrong"),
        ("not-accepting", "It is not accepting new clients"),
        ("payment", "Payment or insurance details are wrong"),
        ("services", "Services, conditions or groups served are wrong"),
        ("other", "Something else"),
    ]
    NEW, CONFIRMED, FIXED, DISMISSED = "new", "confirmed", "fixed", "dismissed"
    STATUSES = [
        (NEW, "New"),
        (CONFIRMED, "Confirmed: the listing is wrong"),
        (FIXED, "Fixed"),
        (DISMISSED, "Dismissed"),
    ]
    OPEN = (NEW, CONFIRMED)
    program = models.ForeignKey(
        "directory.ProgramPage", on_delete=models.CASCADE, related_name="reports"
    )
    problem = models.CharField(max_length=20, choices=PROBLEMS)
    details = models.TextField(max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    status = models.CharField(
        max_length=12,
        choices=STATUSES,
        default=NEW,
        help_text="Confirmed marks the listing “not verified recently” until it is verified again.",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "listing report"
        indexes = [models.Index(fields=["status", "program"], name="listing_report_status")]

    def __str__(self):
        return f"{self.get_problem_display()}: {self.program.title}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.status == self.CONFIRMED:
            from directory.models import ProgramPage
            from directory.verification import update_listing

            program = ProgramPage.objects.get(pk=self.program_id)
            if not program.needs_reverification:
                update_listing(program, needs_reverification=True)
