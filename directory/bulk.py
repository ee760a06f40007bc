"""Fast creation of many live ProgramPages for benchmarks (core/bulk_pages.py places and
inserts the pages; their ProgramTerm rows follow). Pages made this way have no revisions and
are not in the site search index; they are for load testing, not for editors."""

import random
import uuid

from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from core import bulk_pages
from directory.geo import all_zip_places
from directory.models import DirectoryPage, ProgramPage, ProgramTerm
from directory.synthetic import program_values

BATCH = 500


def slug_for(seed: int, index: int) -> str:
    return f"gen-{seed}-{index}"


@transaction.atomic
def generate(parent: DirectoryPage, count: int, seed: int) -> int:
    """Make programs 0..count-1 of this seed that do not exist yet. Returns how many."""
    prefix = f"gen-{seed}-"
    existing = set(
        ProgramPage.objects.child_of(parent)
        .filter(slug__startswith=prefix)
        .values_list("slug", flat=True)
    )
    wanted = [i for i in range(count) if slug_for(seed, i) not in existing]
    if not wanted:
        return 0
    places = [p for p in all_zip_places() if p.state and p.city]
    parent = Page.objects.get(pk=parent.pk)  # fresh path and numchild
    next_step = bulk_pages.first_free_step(parent)
    now = timezone.now()
    made = 0
    for start in range(0, len(wanted), BATCH):
        programs = []
        for offset, index in enumerate(wanted[start : start + BATCH]):
            # One generator per program: program i is the same whatever already exists.
            rng = random.Random(f"{seed}-{index}")  # noqa: S311 - fiction, not secrets
            place = places[rng.randrange(len(places))]
            values = program_values(rng, index, place.zip_code, place.city.title(), place.state)
            values["slug"] = slug_for(seed, index)
            place_in_tree = bulk_pages.tree_fields(
                ProgramPage,
                parent,
                next_step + start + offset,
                values["slug"],
                now,
                translation_key=uuid.UUID(int=rng.getrandbits(128)),
            )
            program = ProgramPage(
                **values,
                **place_in_tree,
                latitude=place.latitude,
                longitude=place.longitude,
                draft_title=values["title"],
            )
            program.normalise()
            programs.append(program)
        bulk_pages.insert(parent, programs, BATCH)
        terms = [term for program in programs for term in program.term_rows()]
        ProgramTerm.objects.bulk_create(terms, batch_size=2000)
        made += len(programs)
    if connection.vendor == "postgresql":
        # Fresh planner statistics: with none, PostgreSQL plans a search as if the tables
        # held one row each and picks nested loops that take seconds.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE wagtailcore_page, directory_programpage, directory_programterm")
    return made
