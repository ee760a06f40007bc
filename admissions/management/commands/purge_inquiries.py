"""Delete inquiries past retention now: ended ones INQUIRY_RETENTION_DAYS after they ended
(default 180), the others INQUIRY_RETENTION_OPEN_DAYS after they arrived (default 365).

The worker also runs the purge daily: `manage.py schedule_periodic_tasks` starts that chain."""

from django.core.management.base import BaseCommand

from admissions.retention import open_retention_days, purge, retention_days


class Command(BaseCommand):
    help = "Delete inquiries past retention (INQUIRY_RETENTION_DAYS, INQUIRY_RETENTION_OPEN_DAYS)."

    def handle(self, *args, **options):
        deleted = purge()
        self.stdout.write(
            f"Deleted {deleted} inquiries past retention: ended over {retention_days()} days "
            f"ago, or never ended and received over {open_retention_days()} days ago."
        )
