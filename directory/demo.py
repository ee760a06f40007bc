"""Demo content: a directory page and 64 fictional programs in 16 states, in person, virtual
and hybrid. Deterministic (fixed seed) and idempotent (matched by slug; a second run
changes nothing)."""

import random

from django.db import transaction

from directory.models import DirectoryPage, ProgramPage
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
    return directory
