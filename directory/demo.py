"""Demo content: a directory page and 64 fictional programs in 16 states, in person, virtual and
hybrid, and the "Questions to ask when you call" article its results link to. Deterministic
(fixed seed) and idempotent (matched by slug; a second run changes nothing)."""

import random

from django.db import transaction

from directory import demo_questions
from directory.models import DirectoryPage, ListingReport, ProgramPage
from directory.publishing import ensure_directory_page, upsert_program
from directory.synthetic import program_values

PLACES = [
    ("19103", "Philadelphia", "PA"),
    ("15213", "Pittsburgh", "PA"),
    ("10001", "New York", "NY"),
    ("07102", "Newark", "NJ"),
    ("02115", "Boston", "MA"),
    ("21201", "Baltimore", "MD"),
    ("20005", "Washington", "DC"),
    ("27601", "Raleigh", "NC"),
    ("30303", "Atlanta", "GA"),
    ("33130", "Miami", "FL"),
    ("60601", "Chicago", "IL"),
    ("48226", "Detroit", "MI"),
    ("43215", "Columbus", "OH"),
    ("78701", "Austin", "TX"),
    ("80202", "Denver", "CO"),
    ("98101", "Seattle", "WA"),
]
FORMAT_CYCLE = ["in-person", "in-person", "virtual", "hybrid"]
PROGRAMS = 64
SEED = 4


@transaction.atomic
def load(stdout=None) -> DirectoryPage | None:
    directory = ensure_directory_page()
    if directory is None:
        return None
    existing = set(ProgramPage.objects.child_of(directory).values_list("slug", flat=True))
    rng = random.Random(SEED)  # noqa: S311 - fiction, not secrets
    created = 0
    for index in range(PROGRAMS):
        zip_code, city, state = PLACES[index % len(PLACES)]
        fmt = FORMAT_CYCLE[(index // len(PLACES)) % len(FORMAT_CYCLE)]
        values = program_values(rng, index, zip_code, city, state, fmt)
        if values["slug"] in existing:
            continue
        upsert_program(directory, values)
        created += 1
    if stdout and created:
        stdout.write(f"Created {created} demo programs.")
    _open_reports(directory)
    if demo_questions.load(directory) and stdout:
        stdout.write("Linked the questions to ask when you call from the directory.")
    return directory


# A few open error reports, so the admin queues have work in them and one listing shows the
# "not verified recently" label because a report was confirmed.
DEMO_REPORTS = [
    (3, "contact", "The phone number goes to a fax line.", ListingReport.NEW),
    (9, "not-accepting", "They told me the groups are full until spring.", ListingReport.NEW),
    (14, "payment", "They no longer take Medicaid.", ListingReport.CONFIRMED),
]


def _open_reports(directory) -> None:
    programs = list(ProgramPage.objects.child_of(directory).order_by("slug"))
    if not programs or ListingReport.objects.filter(program__in=programs).exists():
        return
    for index, problem, details, status in DEMO_REPORTS:
        program = programs[index % len(programs)]
        ListingReport(program=program, problem=problem, details=details, status=status).save()
