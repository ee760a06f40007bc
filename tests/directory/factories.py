"""Factories for directory pages. ProgramFactory makes a published in-person IOP in
Philadelphia unless told otherwise; coordinates come from the ZIP on save."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from directory.models import DirectoryPage, ProgramPage


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Find a program"
    slug = "programs"
    intro = "Programs near you and online."

    class Meta:
        model = DirectoryPage


class ProgramPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Program {n:04d}")
    slug = factory.Sequence(lambda n: f"program-{n:04d}")
    organisation = "Example Health"
    summary = "A structured program with group and individual sessions."
    levels_of_care = factory.LazyFunction(lambda: ["iop"])
    format = "in-person"
    conditions = factory.LazyFunction(lambda: ["anxiety"])
    populations = factory.LazyFunction(lambda: ["adults"])
    payment = factory.LazyFunction(lambda: ["private-insurance"])
    session_times = factory.LazyFunction(lambda: ["evening"])
    languages = factory.LazyFunction(lambda: ["english"])
    city = "Philadelphia"
    state = "PA"
    zip_code = "19103"
    phone = "(555) 010-2000"
    accepting_new_clients = True
    # Verified recently, whatever day the tests run.
    last_verified = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))

    class Meta:
        model = ProgramPage
