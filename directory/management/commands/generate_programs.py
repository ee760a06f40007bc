"""manage.py generate_programs N --seed S: many realistic fictional programs, for benchmarks."""

from django.core.management.base import BaseCommand, CommandError

from directory.bulk import generate
from directory.publishing import ensure_directory_page


class Command(BaseCommand):
    help = (
        "Generate N fictional programs at random real ZIP codes (same seed, same programs; "
        "existing ones are kept). Bulk inserts: fast, but no revisions or site-search entries."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, seed, **options):
        if count < 0:
            raise CommandError("N must be zero or more.")
        parent = ensure_directory_page()
        if parent is None:
            raise CommandError("There is no home page; run `manage.py load_demo` first.")
        made = generate(parent, count, seed)
        self.stdout.write(f"Created {made} program(s); {count - made} already existed.")
