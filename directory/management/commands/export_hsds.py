"""manage.py export_hsds FILE: the directory as an HSDS 3.0 JSON array of services."""

from django.core.management.base import BaseCommand, CommandError

from directory import hsds


class Command(BaseCommand):
    help = (
        "Write the public directory (live, public, not out of date) as a JSON array of "
        "Open Referral HSDS 3.0 services, the same records as /api/directory/hsds/services/. "
        "Programs are read and written a few hundred at a time. FILE '-' writes to stdout."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the JSON, or - for stdout")

    def handle(self, *args, file, **options):
        programs = hsds.exported_programs().iterator(chunk_size=500)
        try:
            if file == "-":
                for chunk in hsds.json_lines(programs):
                    self.stdout.write(chunk, ending="")
                return
            with open(file, "w", encoding="utf-8") as handle:
                handle.writelines(hsds.json_lines(programs))
        except OSError as error:
            raise CommandError(f"Cannot write {file}: {error}") from error
        self.stderr.write(f"Wrote {file}.")
