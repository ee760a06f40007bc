"""E-mail the Clinical reviewers the articles due for review (titles and admin links only).

A scheduler (cron, a systemd timer) can run `manage.py send_review_digest` once a week; or
`--schedule` starts the worker's own weekly chain once (each run enqueues the next, a week
later; running it again does not add a second chain)."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from editorial.tasks import schedule_weekly_digest, send_digest


class Command(BaseCommand):
    help = "Send the weekly review-due digest to the Clinical reviewers group."

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Instead of sending now, start the worker's weekly digest (idempotent).",
        )

    def handle(self, *args, schedule=False, **options):
        if schedule:
            if schedule_weekly_digest(timezone.now() + timedelta(minutes=5)):
                self.stdout.write("Scheduled the weekly review digest.")
            else:
                self.stdout.write("The weekly digest is already scheduled (or tasks run inline).")
            return
        sent = send_digest()
        self.stdout.write(f"Sent the review digest to {sent} reviewer(s).")
