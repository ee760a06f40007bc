"""manage.py import_programs FILE.csv [--dry-run] [--skip-invalid]"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from directory import csv_io
from directory.publishing import directory_page, upsert_program


class Command(BaseCommand):
    help = (
        "Import treatment programs from a CSV file into the directory. Every invalid row is "
        "reported with its line number; nothing is written unless every row is valid (or "
        "--skip-invalid is given). Columns:\n" + csv_io.__doc__.split("Columns", 1)[1]
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        from argparse import RawDescriptionHelpFormatter

        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.formatter_class = RawDescriptionHelpFormatter
        return parser

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV file, UTF-8, with a header row")
        parser.add_argument("--dry-run", action="store_true", help="Check the file; write nothing")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Import the valid rows, report the others"
        )

    def handle(self, *args, file, dry_run, skip_invalid, **options):
        parent = directory_page()
        if parent is None:
            raise CommandError("There is no directory page to import under; create one first.")
        try:
            with open(file, newline="", encoding="utf-8-sig") as handle:
                parsed = csv_io.parse_csv(handle)
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        if parsed.header_error:
            raise CommandError(parsed.header_error)
        for error in parsed.errors:
            self.stderr.write(str(error))
        if parsed.errors and not skip_invalid:
            raise CommandError(
                f"{len(parsed.errors)} invalid row(s); nothing was imported. "
                "Fix them, or pass --skip-invalid to import the valid rows."
            )
        if dry_run:
            self.stdout.write(f"Dry run: {len(parsed.rows)} valid row(s) would be imported.")
            return
        created = updated = 0
        with transaction.atomic():
            for _line, values in parsed.rows:
                _program, was_created = upsert_program(parent, values)
                created += was_created
                updated += not was_created
        skipped = f", {len(parsed.errors)} invalid row(s) skipped" if parsed.errors else ""
        self.stdout.write(
            self.style.SUCCESS(f"Imported {created} new and {updated} updated program(s){skipped}.")
        )
