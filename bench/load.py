"""Speed under load: the seeded site behind gunicorn (2 workers) and the task worker, loaded
with wrk, beside the in-process cost of rendering an article without the page cache.

    .venv/bin/python bench/load.py [--duration 10] [--connections 16] [--threads 2]
    .venv/bin/python bench/load.py --stack [--duration 60] [--connections 8]

--stack: the production stack instead (tests/stack/: nginx with site/nginx.conf, gunicorn with
haven.settings.production, the worker, a private Redis, a fresh PostgreSQL database, an SMTP
server) under a mixed load through nginx (cached pages, uncached articles, directory searches,
inquiry POSTs) for --duration seconds (60 by default); prints req/s, p99, the 5xx count and
inquiries accepted, stored and told. Needs nginx-light, redis-server, wrk and PostgreSQL.

Seeds (or reuses) 10,000 articles and 10,000 programs in the bench database (var/bench/, or
DATABASE_URL), starts gunicorn and `manage.py db_worker` on 127.0.0.1 with the page cache on,
runs wrk for a bounded time per URL, prints requests per second and p50/p95/p99, and stops
both processes whatever happens. Figures, not a test: the exit status says only that it ran.

PostgreSQL and Redis, as in production: DATABASE_URL=postgres://... REDIS_URL=redis://...
(the database must exist; seeding fills it once). wrk: `apt-get install -y wrk`.
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

from _load_server import serve
from _setup import ROOT, percentile, setup_django
from _wrk_runs import describe, inquiry_post_env, print_row, probe, wrk

# A database file of its own (haven.settings.bench reads this): other benchmarks seed and
# rebuild theirs at the same time, and SQLite lets one writer in at once.
os.environ.setdefault("BENCH_DATABASE", "load")

ARTICLES = 10_000
PROGRAMS = 10_000
SEED = 7
RENDERS = 200
PUBLISH_ROTATION = 500  # distinct articles read before and after an unrelated publish
PUBLISH_TARGET = 0.8
# ZIP codes for the directory runs: places the generator puts programs around, and others.
DIRECTORY_ZIPS = ["19103", "10001", "60601", "94103", "30303", "98101", "02108", "78701"]


# --- seeding ----------------------------------------------------------------------------------


def model(label: str):
    from django.apps import apps

    try:
        return apps.get_model(label)
    except LookupError:
        return None


def live_count(label: str) -> int:
    """Live pages of a type on the default site (other benchmarks seed pages outside it)."""
    from wagtail.models import Site

    page_model = model(label)
    if page_model is None:
        return 0
    root = Site.objects.get(is_default_site=True).root_page
    return page_model.objects.live().descendant_of(root).count()


def use_wal() -> None:
    """Readers and a writer at once on the bench SQLite file (gunicorn, the worker and inquiry
    POSTs): write-ahead logging lets a commit through while pages are being read. It is a
    setting of the file, so it is set once here and kept."""
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode=WAL")


def has_command(name: str) -> bool:
    from django.core.management import get_commands

    return name in get_commands()


def seed(articles: int, programs: int, seed_value: int) -> None:
    """Demo content, then generated articles and programs up to the wanted counts (reused),
    each in the site-search index, and related reading computed once for new articles."""
    import _seed_articles
    from django.core.management import call_command

    started = time.perf_counter()
    use_wal()
    call_command("load_demo", verbosity=0)
    have = live_count("articles.ArticlePage")
    if have < articles and model("articles.ArticlePage"):
        if has_command("generate_articles"):
            call_command("generate_articles", articles, seed=seed_value)
        else:
            _seed_articles.seed(articles - have, seed=seed_value)
        if has_command("rebuild_related"):
            call_command("rebuild_related")
    if live_count("directory.ProgramPage") < programs and has_command("generate_programs"):
        # Same seed, same programs: the command makes only the ones not there yet.
        call_command("generate_programs", programs, seed=seed_value)
    for label in ("articles.ArticlePage", "directory.ProgramPage"):
        if model(label):
            added = _seed_articles.index_for_search(model(label))
            if added:
                print(f"  added {added} {label} pages to the site-search index", flush=True)
    call_command("collectstatic", interactive=False, verbosity=0)
    print(
        f"seeded: {live_count('articles.ArticlePage')} articles, "
        f"{live_count('directory.ProgramPage')} programs on the site "
        f"({time.perf_counter() - started:.0f} s)"
    )


def site_paths(label: str, limit: int) -> list[str]:
    """Paths of up to `limit` live pages of a type, without one query per page."""
    from wagtail.models import Site

    page_model = model(label)
    if page_model is None:
        return []
    root = Site.objects.get(is_default_site=True).root_page.url_path
    url_paths = page_model.objects.live().order_by("id").values_list("url_path", flat=True)
    return ["/" + path[len(root) :] for path in url_paths[:limit] if path.startswith(root)]


def first_path(label: str) -> str | None:
    paths = site_paths(label, 1)
    return paths[0] if paths else None


def directory_paths(base: str, count: int) -> list[str]:
    """Directory searches with a ZIP and filters, every one different."""
    from core.vocabulary import LEVELS_OF_CARE, POPULATIONS

    levels = [slug for slug, *_ in LEVELS_OF_CARE]
    populations = [slug for slug, *_ in POPULATIONS]
    combos = []
    for page in (1, 2):
        for zip_code in DIRECTORY_ZIPS:
            for level in levels:
                for population in populations:
                    query = {"zip": zip_code, "radius": 50, "level": level}
                    query["population"] = population
                    if page > 1:
                        query["page"] = page
                    combos.append(f"{base}?{urllib.parse.urlencode(query)}")
    return combos[:count]


# --- in-process render ------------------------------------------------------------------------


def render_article(paths: list[str], renders: int) -> None:
    """Article pages rendered by the Django test client, page cache off: time and queries.

    Twice: first each article for the first time (its related reading and matching programs
    not cached yet; the site-wide parts are, after the warm-up), then the same articles again
    (their related reading cached too, as for any article read in the last few minutes).
    Wall time is what a visitor waits for; CPU time is printed beside it because other work
    on a shared machine stretches wall time but hardly CPU time. Queries are counted on
    separate renders, so counting does not slow the timed ones."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    if len(paths) < 60:
        print("article render: not enough articles yet")
        return
    client = Client()
    warm_up, counted, timed = paths[:20], paths[20:40], paths[40 : 40 + renders]

    def measure(label, targets):
        wall, cpu = [], []
        for path in targets:
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            if response.status_code != 200:
                print(f"article render: {path} answered {response.status_code}")
        print(
            f"  {label}: wall p50 {percentile(wall, 0.5):.2f} ms, "
            f"p95 {percentile(wall, 0.95):.2f} ms; CPU p50 {percentile(cpu, 0.5):.2f} ms, "
            f"p95 {percentile(cpu, 0.95):.2f} ms (target <= 5 ms)",
            flush=True,
        )

    def count_queries():
        counts = []
        for path in counted:
            with CaptureQueriesContext(connection) as captured:
                client.get(path)
            counts.append(len(captured.captured_queries))
        return f"{min(counts)} to {max(counts)}"

    with override_settings(HAVEN_PAGE_CACHE_SECONDS=0):
        for path in warm_up:  # template loaders, site root paths, the site-wide parts
            client.get(path)
        first_queries = count_queries()
        again_queries = count_queries()
        print(
            f"article render in-process, page cache off ({len(timed)} distinct articles, "
            f"{connection.vendor}); SQL queries per render: first view {first_queries}, "
            f"again {again_queries} (target <= 8)"
        )
        measure("first view of each article", timed)
        measure("the same articles again   ", timed)


def page_cache_hit_cost(path: str, count: int = 2000) -> None:
    """CPU time Django spends answering one page-cache hit, in this process: a figure that
    other work on the machine hardly moves, and with it the ceiling 2 cores could reach."""
    import io

    from django.core.handlers.wsgi import WSGIHandler
    from django.test import override_settings

    def call(app):
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "80",
            "HTTP_HOST": "127.0.0.1",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr,
        }
        headers = {}
        body = app(environ, lambda status, pairs: headers.update(pairs))
        b"".join(body)
        body.close()
        return headers.get("X-Page-Cache")

    with override_settings(HAVEN_PAGE_CACHE_SECONDS=300):
        app = WSGIHandler()
        call(app)
        if call(app) != "hit":
            print(f"page-cache hit cost: {path} is not served from the page cache")
            return
        started = time.process_time()
        for _ in range(count):
            call(app)
        cost_us = (time.process_time() - started) / count * 1e6
    print(
        f"page-cache hit in-process ({path}, {count} requests): {cost_us:.0f} us CPU in "
        f"Django each, so at most {2e6 / cost_us:,.0f} requests/s on 2 cores before gunicorn, "
        "the network and the load generator take their share",
        flush=True,
    )


# --- load -------------------------------------------------------------------------------------


def rotation_row(base: str, name: str, paths: list[str], args) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    try:
        figures = wrk(base + "/", args, "paths.lua", {"WRK_PATHS_FILE": listing.name})
    finally:
        os.unlink(listing.name)
    print_row(name, figures, f"{len(paths)} paths: {describe(figures)}")
    return figures


def unrelated_article(paths: list[str]):
    """A live article that is not among `paths` and that none of them shows as related."""
    from django.db.models import Q
    from wagtail.models import Site

    from articles.models import ArticlePage, RelatedArticle

    root = Site.objects.get(is_default_site=True).root_page.url_path
    url_paths = [root + path.lstrip("/") for path in paths]
    shown = RelatedArticle.objects.filter(source__url_path__in=url_paths).values("target")
    candidates = ArticlePage.objects.live().exclude(Q(url_path__in=url_paths) | Q(pk__in=shown))
    return candidates.order_by("-id").first()


def after_publish_rows(base: str, articles: list[str], args) -> None:
    """Distinct articles from the page cache, then the same right after an editor publishes
    an article none of them shows: a publish makes stale only what depends on it (issue 19).
    Straight to gunicorn: nginx's micro-cache would answer for the page cache."""
    from django.conf import settings

    if "redis" not in settings.CACHES["default"]["BACKEND"].lower():
        print("  after a publish: skipped, needs REDIS_URL (the publish must reach the server)")
        return
    rotation = articles[:PUBLISH_ROTATION]
    for path in rotation:  # the first view of each renders it and fills the page cache
        with urllib.request.urlopen(base + path, timeout=30):  # noqa: S310
            pass
    if probe(base + rotation[0])[1] != "hit":
        print("  after a publish: skipped, the page cache does not keep pages (is Redis up?)")
        return
    before = rotation_row(base, "article, distinct pages (page cache warm)", rotation, args)
    page = unrelated_article(rotation)
    page.title = f"{page.title} (edited)"
    page.save_revision().publish()
    after = rotation_row(base, "  ... right after an unrelated publish", rotation, args)
    share = after["rps"] / before["rps"] if before["rps"] else 0
    verdict = "met" if share >= PUBLISH_TARGET else "MISSED"
    print(f"  after / before: {share:.0%}  target >= {PUBLISH_TARGET:.0%}: {verdict}", flush=True)


def load_row(base: str, name: str, path: str, args) -> None:
    status, cache = probe(base + path)
    if status == 0:
        print(f"  {name:<44} skipped: one request took more than 30 s ({path})", flush=True)
        return
    figures = wrk(base + path, args)
    print_row(name, figures, f"{path[:50]} [{status}, page cache {cache}]")


def load(args) -> None:
    home = "/"
    article = first_path("articles.ArticlePage")
    articles = site_paths("articles.ArticlePage", 3000)
    directory = first_path("directory.DirectoryPage")
    inquiry = first_path("admissions.InquiryPage")
    from django.conf import settings
    from django.db import connection

    cache_backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    with serve(args.cache_seconds) as base:
        print(
            "server: gunicorn 2 sync workers "
            f"(site/gunicorn.conf.py, no worker recycling) + db_worker on {base}; "
            f"haven.settings.bench, DEBUG off, {connection.vendor}, {cache_backend}, "
            f"page cache {args.cache_seconds} s"
        )
        print(
            f"wrk: {args.threads} threads, {args.connections} connections, "
            f"{args.duration} s per row, on the same machine as the server "
            f"(load average now {os.getloadavg()[0]:.1f})"
        )
        print(f"  {'URL':<44} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
        singles = [("static file (ceiling)", "/static/css/haven.css"), ("home", home)]
        if article:
            singles.append(("article", article))
        if directory:
            singles.append(("directory, ZIP + filters (one URL)", directory_paths(directory, 1)[0]))
        for name, path in singles:
            load_row(base, name, path, args)
        rotations = []
        if len(articles) > 1:
            rotations.append(("article, distinct pages (uncached)", articles))
        if directory:
            rotations.append(
                ("directory, distinct ZIP + filters", directory_paths(directory, 10_000))
            )
        for name, paths in rotations:
            rotation_row(base, name, paths, args)
        if len(articles) > PUBLISH_ROTATION:
            after_publish_rows(base, articles, args)
        if inquiry:
            figures = wrk(base + inquiry, args, "inquiry.lua", inquiry_post_env(base, inquiry))
            print_row("inquiry POST (valid, stored, task queued)", figures, describe(figures))
        else:
            print("  inquiry POST: no inquiry page yet")
        # Last: a search that runs away keeps a server thread busy after the client gives up.
        for query in ("burnout", "virtual iop"):
            load_row(
                base, f"search '{query}'", "/search/?" + urllib.parse.urlencode({"q": query}), args
            )


def stack_load(args) -> None:
    """The mixed load through nginx in front of the production stack (tests/stack/load.py)."""
    sys.path.insert(0, str(ROOT))
    from tests.stack.load import describe, edge_rows, mixed_load
    from tests.stack.running import running_stack

    with running_stack() as running:
        print(f"stack up ({running.stack.timings})")
        print("one URL at a time through nginx, wrk 2 threads, 32 connections, 10 s each:")
        for row in edge_rows(running, 10):
            print(f"  {row}", flush=True)
        print(f"mixed load, wrk 2 threads, {args.connections} connections, {args.duration} s:")
        print(describe(mixed_load(running, args.duration, connections=args.connections)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, help="seconds per wrk run (10; --stack: 60)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, help="wrk connections (16; --stack: 8)")
    parser.add_argument("--stack", action="store_true", help="the production stack, mixed load")
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--programs", type=int, default=PROGRAMS)
    parser.add_argument("--cache-seconds", type=int, default=300, help="page cache lifetime")
    parser.add_argument("--skip-load", action="store_true", help="seed and render only")
    args = parser.parse_args()
    args.duration = args.duration or (60 if args.stack else 10)
    args.connections = args.connections or (8 if args.stack else 16)
    if not shutil.which("wrk") and not args.skip_load:
        raise SystemExit("wrk is not installed: apt-get install -y wrk (Debian package 'wrk')")

    commit = subprocess.run(  # noqa: S603
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(
        f"{time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, commit {commit}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, "
        f"Python {platform.python_version()}"
    )
    if args.stack:
        stack_load(args)
        return
    setup_django()
    seed(args.articles, args.programs, SEED)
    render_article(site_paths("articles.ArticlePage", RENDERS + 40), RENDERS)
    article = first_path("articles.ArticlePage")
    if article:
        page_cache_hit_cost(article)
    if not args.skip_load:
        load(args)


if __name__ == "__main__":
    main()
