"""Delete closed inquiries older than INQUIRY_RETENTION_DAYS (default 180).

Scheduling: `manage.py purge_inquiries --schedule` enqueues the purge task for the worker once;
each run re-enqueues itself for 24 hours later (run_after), so the purge happens daily for as
long as the worker runs. Running it again does not add a second chain."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from admissions.retention import purge, retention_days
from admissions.tasks import schedule_daily_purge


class Command(BaseCommand):
    help = "Delete closed inquiries older than the retention period (INQUIRY_RETENTION_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Instead of purging now, start the worker's daily purge (idempotent).",
        )

    def handle(self, *args, schedule=False, **options):
        if schedule:
            if schedule_daily_purge(timezone.now() + timedelta(minutes=1)):
                self.stdout.write("Scheduled the daily purge of closed inquiries.")
            else:
                self.stdout.write("The daily purge is already scheduled (or tasks run inline).")
            return
        deleted = purge()
        self.stdout.write(f"Deleted {deleted} closed inquiries older than {retention_days()} days.")
