"""`manage.py rebuild_related`: recompute every article's related reading from scratch.

Run it after a bulk import, or nightly to re-weigh the corpus (single publishes re-weigh only
the article that changed). Embeddings are re-encoded only for articles whose text changed;
the first run after installing the model encodes every article, with progress lines."""

import time

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Recompute stored related reading (and program matches) for every live article."

    def handle(self, *args, **options):
        from articles.recommend import embedding, sync

        started = time.perf_counter()
        last = [0.0]

        def progress(done, total):
            now = time.perf_counter()
            # A line every 10 seconds (and the last): enough to see it move, not a flood.
            if done == total or now - last[0] >= 10:
                last[0] = now
                rate = done / max(now - started, 1e-9)
                left = (total - done) / rate if rate else 0
                self.stdout.write(
                    f"  encoded {done}/{total} articles ({rate:.1f}/s, about {left:.0f} s left)"
                )

        if not embedding.available():
            self.stdout.write(
                "Embeddings are off (HAVEN_EMBEDDINGS=0 or the model package is not installed):"
                " related reading is lexical only."
            )
        result = sync.rebuild(progress=progress)
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"Related reading rebuilt: {result['articles']} articles, "
            f"{result['suggestions']} suggestions stored in {seconds:.1f} s "
            f"({result['embedded']} with embeddings)."
        )
