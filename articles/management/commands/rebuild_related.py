"""`manage.py rebuild_related`: recompute every article's related reading from scratch.

Run it after a bulk import, or nightly to re-weigh the corpus (single publishes re-weigh only
the article that changed)."""

import time

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Recompute stored related reading (and program matches) for every live article."

    def handle(self, *args, **options):
        from articles.recommend import sync

        started = time.perf_counter()
        result = sync.rebuild()
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"Related reading rebuilt: {result['articles']} articles, "
            f"{result['suggestions']} suggestions stored in {seconds:.1f} s."
        )
