"""E-mail the Clinical reviewers the articles due for review (titles and admin links only), now.

The worker also sends it weekly: `manage.py schedule_periodic_tasks` starts that chain."""

from django.core.management.base import BaseCommand

from editorial.tasks import send_digest


class Command(BaseCommand):
    help = "Send the weekly review-due digest to the Clinical reviewers group."

    def handle(self, *args, **options):
        sent = send_digest()
        self.stdout.write(f"Sent the review digest to {sent} reviewer(s).")
