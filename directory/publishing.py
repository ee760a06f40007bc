"""Create or update a program under the directory and publish it (import and demo use this)."""

from django.utils.text import slugify

from directory.models import DirectoryPage, ProgramPage


def directory_page() -> DirectoryPage | None:
    return DirectoryPage.objects.order_by("path").first()


def ensure_directory_page() -> DirectoryPage | None:
    """The directory page, made under the home page if there is none yet."""
    from home.models import HomePage

    existing = directory_page()
    if existing is not None:
        return existing
    home = HomePage.objects.order_by("path").first()
    if home is None:
        return None
    directory = DirectoryPage(
        title="Find a program",
        slug="programs",
        show_in_menus=True,
        intro=(
            "Intensive outpatient, day and virtual programs, with filters for who they serve, "
            "when they meet and how you can pay. Every listing shows when it was last checked."
        ),
    )
    home.add_child(instance=directory)
    directory.save_revision().publish()
    return directory


def upsert_program(parent: DirectoryPage, values: dict) -> tuple[ProgramPage, bool]:
    """(program, created). A program is matched by slug among the directory's children."""
    values = dict(values)
    slug = values.pop("slug", "") or slugify(values["title"])[:80]
    existing = ProgramPage.objects.child_of(parent).filter(slug=slug).first()
    if existing is None:
        program = ProgramPage(slug=slug, **values)
        parent.add_child(instance=program)
        program.save_revision().publish()
        return program, True
    for name, value in values.items():
        setattr(existing, name, value)
    if "latitude" in values and values["latitude"] is None:
        existing.latitude = existing.longitude = None  # refilled from the (maybe new) ZIP
    existing.save_revision().publish()
    return existing, False
