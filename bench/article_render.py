"""Article page render: uncached time and SQL query count of one long article page.

    .venv/bin/python bench/article_render.py [--renders 200]

Seeds once into var/bench/article_render.sqlite3 (home page, the demo articles, and one
long "bench" article with 20 FAQ items, 12 sections, callouts, a quote, key takeaways, crisis
help, an inquiry call to action, three topics and three editor picks); later runs reuse it.
Each render goes through the whole Django stack (middleware, routing, template, JSON-LD,
related reading) with the anonymous page cache off; the parts cached until content changes
(site, settings, menu, related reading) are warm after the first render, as for any article
read in the last few minutes. Prints p50/p95 over the renders and the queries per render.
Targets (issue 8): p95 <= 5 ms, at most 8 queries. bench/load.py measures first views of
distinct articles too.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# A database of its own: other benchmarks seed and rebuild theirs at the same time.
os.environ.setdefault("BENCH_DATABASE", "article_render")
os.environ["HAVEN_PAGE_CACHE_SECONDS"] = "0"  # uncached: every render does the full work

from _setup import report, setup_django  # noqa: E402

SLUG = "bench-long-article"
TARGET_P95_MS = 5
TARGET_QUERIES = 8


def seed():
    from articles import demo as articles_demo
    from articles.models import ArticlePage, ArticleRelatedPick
    from articles.snippets import Topic
    from home import demo as home_demo

    home_demo.load()
    articles_demo.load()
    page = ArticlePage.objects.filter(slug=SLUG).first()
    if page is not None:
        return page
    index = ArticlePage.objects.live().first().get_parent()
    entries = []
    for n in range(1, 13):
        entries += [
            ("h", f"Section {n} of a long article"),
            ("p", "A paragraph of ordinary length that stands in for real article text. " * 4),
            ("ul", ["A first point", "A second point", "A third point"]),
        ]
        if n % 4 == 0:
            entries.append(("tip", "A tip", "Something helpful to keep in mind."))
    entries += [
        ("quote", "Asking for help was the turning point.", "A reader"),
        ("takeaways", ["One thing to remember.", "Another thing to remember."]),
        ("crisis",),
        ("cta", "Questions?", "Our admissions team replies within one business day."),
        ("faq", [(f"Benchmark question {n}?", f"Benchmark answer {n}.") for n in range(1, 21)]),
    ]
    others = list(ArticlePage.objects.live().order_by("pk")[:3])
    page = ArticlePage(
        title="A long article for the render benchmark",
        slug=SLUG,
        summary="Twelve sections, twenty questions and every block type.",
        audiences=["public", "healthcare-workers"],
        author=others[0].author,
        reviewer=others[0].reviewer,
        last_reviewed=others[0].last_reviewed,
        body=articles_demo.stream(entries),
    )
    index.add_child(instance=page)
    page.topics.set(Topic.objects.order_by("pk")[:3])
    page.save_revision().publish()
    for order, other in enumerate(others):
        ArticleRelatedPick.objects.create(page=page, article=other, sort_order=order)
    return page


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=200)
    args = parser.parse_args()
    setup_django()

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    page = seed()
    url = page.url
    client = Client()
    for _ in range(10):  # warm template loaders, renditions and the site-root cache
        assert client.get(url).status_code == 200

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    query_count = len(queries.captured_queries)

    wall, cpu = [], []
    for _ in range(args.renders):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        assert response.status_code == 200
    verdict = "met" if query_count <= TARGET_QUERIES else "MISSED"
    print(
        f"article page {url}: {len(response.content) // 1024} KiB, {query_count} SQL queries"
        f"  target <= {TARGET_QUERIES}: {verdict}"
    )
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    report("article_render wall (uncached, full stack)", wall, TARGET_P95_MS)
    # CPU time of this process: what a render costs when the machine is not shared.
    report("article_render cpu  (uncached, full stack)", cpu, TARGET_P95_MS)


if __name__ == "__main__":
    main()
