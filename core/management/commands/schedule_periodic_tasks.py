"""Start the worker's periodic chains (scheduled publishing, the inquiry purge, the review
digest), each once: a chain already waiting is left alone, so running this on every start
(`make run`, compose's migrate service) never doubles one."""

from django.core.management.base import BaseCommand

from core.scheduling import start_all


class Command(BaseCommand):
    help = "Start the worker's periodic tasks, each unless it is already scheduled."

    def handle(self, *args, **options):
        for name, added in sorted(start_all().items()):
            if added:
                self.stdout.write(f"Scheduled {name}.")
            else:
                self.stdout.write(f"Already scheduled (or tasks run inline): {name}.")
