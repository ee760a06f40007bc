"""Fast creation of many live ProgramPages for benchmarks: treebeard paths are computed here
and rows are inserted in batches (Page rows, then ProgramPage rows, then ProgramTerm rows),
instead of add_child() + publish() per page. Pages made this way have no revisions and are
not in the site search index; they are for load testing, not for editors."""

import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

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
    content_type = ContentType.objects.get_for_model(ProgramPage)
    parent = Page.objects.get(pk=parent.pk)  # fresh path and numchild
    last_child = parent.get_last_child()
    next_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
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
            programs.append(
                ProgramPage(
                    **values,
                    latitude=place.latitude,
                    longitude=place.longitude,
                    path=Page._get_path(parent.path, parent.depth + 1, next_step + start + offset),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{values['slug']}/",
                    draft_title=values["title"],
                    content_type=content_type,
                    locale_id=parent.locale_id,
                    translation_key=uuid.UUID(int=rng.getrandbits(128)),
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        _insert(programs)
        made += len(programs)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + made)
    if connection.vendor == "postgresql":
        # Fresh planner statistics: with none, PostgreSQL plans a search as if the tables
        # held one row each and picks nested loops that take seconds.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE wagtailcore_page, directory_programpage, directory_programterm")
    return made


def _insert(programs: list[ProgramPage]) -> None:
    # Django's bulk_create refuses multi-table models, so insert the two tables in turn.
    page_fields = [f.name for f in Page._meta.concrete_fields if not f.primary_key]
    pages = [Page(**{name: getattr(p, name) for name in page_fields}) for p in programs]
    Page.objects.bulk_create(pages, batch_size=BATCH)
    if any(page.pk is None for page in pages):  # databases that return no ids
        ids = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
        for page in pages:
            page.pk = ids[page.path]
    for program, page in zip(programs, pages, strict=True):
        program.page_ptr_id = program.pk = page.pk
        program.normalise()
    local_fields = ProgramPage._meta.local_concrete_fields
    ProgramPage.objects.all()._batched_insert(programs, local_fields, BATCH)
    terms = [term for program in programs for term in program.term_rows()]
    ProgramTerm.objects.bulk_create(terms, batch_size=2000)
