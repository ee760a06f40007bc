"""The directory's facets: what a search can filter on, the words each allows, and what the
filters are called. Plain data, read by the search parameters, the page, the API and the model."""

from django.utils.translation import gettext_noop

from core import vocabulary
from directory.credentials import ACCREDITATIONS

FACET_VOCABULARIES = {
    "level": vocabulary.LEVELS_OF_CARE,
    "format": vocabulary.FORMATS,
    "condition": vocabulary.CONDITIONS,
    "population": vocabulary.POPULATIONS,
    "payment": vocabulary.PAYMENT,
    "time": vocabulary.SESSION_TIMES,
    "language": vocabulary.LANGUAGES,
    "state": vocabulary.US_STATES,
    "accreditation": ACCREDITATIONS,
}

FACET_LABELS = {
    "level": gettext_noop("Level of care"),
    "format": gettext_noop("Format"),
    "condition": gettext_noop("Conditions treated"),
    "population": gettext_noop("Who it serves"),
    "payment": gettext_noop("Payment"),
    "time": gettext_noop("Session times"),
    "language": gettext_noop("Languages"),
    "state": gettext_noop("State"),
    "accreditation": gettext_noop("Accreditation"),
}
