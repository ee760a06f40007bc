"""Delete closed inquiries older than INQUIRY_RETENTION_DAYS (default 180), now.

The worker also runs the purge daily: `manage.py schedule_periodic_tasks` starts that chain."""

from django.core.management.base import BaseCommand

from admissions.retention import purge, retention_days


class Command(BaseCommand):
    help = "Delete closed inquiries older than the retention period (INQUIRY_RETENTION_DAYS)."

    def handle(self, *args, **options):
        deleted = purge()
        self.stdout.write(f"Deleted {deleted} closed inquiries older than {retention_days()} days.")
