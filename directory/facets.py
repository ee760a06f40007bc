"""The directory's facets: what a search can filter on, the words each allows, and what the
filters are called. Plain data, read by the search parameters, the page, the API and the model."""

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
    "level": "Level of care",
    "format": "Format",
    "condition": "Conditions treated",
    "population": "Who it serves",
    "payment": "Payment",
    "time": "Session times",
    "language": "Languages",
    "state": "State",
    "accreditation": "Accreditation",
}
