"""Directory search speed: 10,000 programs, 200 varied searches (ZIP, radius, two filters,
facet counts), p95 target 50 ms; and the SQL query count of one directory page render.

    .venv/bin/python bench/directory_search.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/haven_bench \
        .venv/bin/python bench/directory_search.py

Without DATABASE_URL it uses its own SQLite file, var/bench/directory.sqlite3, so programs
other benchmarks seed into var/bench/haven.sqlite3 do not change the count.
"""

import os
import random
import time

from _setup import ROOT, percentile, report, setup_django

os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT}/var/bench/directory.sqlite3")

PROGRAMS = 10_000
SEED = 2026
QUERIES = 200
ROUNDS = 3


def seed_programs() -> None:
    from django.core.management import call_command

    from directory.models import ProgramPage
    from home import demo as home_demo

    home_demo.load()
    have = ProgramPage.objects.filter(slug__startswith=f"gen-{SEED}-").count()
    if have < PROGRAMS:
        started = time.perf_counter()
        call_command("generate_programs", str(PROGRAMS), "--seed", str(SEED))
        print(f"generate_programs {PROGRAMS}: {time.perf_counter() - started:.1f} s")
    from django.db import connection

    if connection.vendor == "postgresql":
        # The steady state autovacuum reaches: visibility map set, so index-only scans work.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE directory_programterm, directory_programpage")


def varied_requests(count: int) -> list[dict]:
    from directory.engines.base import RADII
    from directory.facets import FACET_VOCABULARIES
    from directory.geo import all_zip_places

    rng = random.Random(SEED)  # the same 200 searches on every run
    places = [p for p in all_zip_places() if p.state not in ("AK", "HI", "PR")]
    facets = ["level", "condition", "population", "payment", "time", "language"]
    requests = []
    for _ in range(count):
        params = {"zip": rng.choice(places).zip_code, "radius": str(rng.choice(RADII))}
        for facet in rng.sample(facets, 2):
            params[facet] = rng.choice(FACET_VOCABULARIES[facet])[0]
        requests.append(params)
    return requests


def main() -> None:
    setup_django()
    seed_programs()

    from django.db import connection
    from django.http import QueryDict
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from directory import params
    from directory.engines import get_engine
    from directory.models import DirectoryPage, ProgramPage

    print(f"database: {connection.vendor}; programs: {ProgramPage.objects.live().count()}")
    requests = varied_requests(QUERIES)
    engine = get_engine()

    def as_querydict(values: dict) -> QueryDict:
        data = QueryDict(mutable=True)
        data.update(values)
        return data

    engine.search(params.parse(as_querydict(requests[0])).query)  # warm up (ZIP table load)
    samples, cpu_samples, results = [], [], []
    for values in requests:
        started, cpu_started = time.perf_counter(), time.process_time()
        result = engine.search(params.parse(as_querydict(values)).query)
        samples.append((time.perf_counter() - started) * 1000)
        cpu_samples.append((time.process_time() - cpu_started) * 1000)
        results.append(result.total)
    report("directory search (parse + engine + facets), wall clock", samples, 50)
    # On a shared machine wall time includes waiting for a CPU; this process's own CPU time
    # (which includes SQLite's work, in-process; not PostgreSQL's, in its own process) does not.
    report("directory search, CPU time of this process", cpu_samples, 50)
    if os.getloadavg()[0] > (os.cpu_count() or 1):
        print(f"  note: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(
        f"  results per search: min {min(results)}, median {sorted(results)[len(results) // 2]}, "
        f"max {max(results)}"
    )

    from django.test import override_settings

    # Measure rendering, not the anonymous page cache (core/page_cache.py).
    override_settings(HAVEN_PAGE_CACHE_SECONDS=0).enable()
    client = Client()
    directory = DirectoryPage.objects.live().first()
    url = directory.url
    client.get(url, requests[0])
    # Several rounds of the same 200 requests: on this shared virtual machine even CPU time
    # swings by half from one minute to the next, so one round can say more about the
    # neighbours than about Haven. Every round is printed; the verdict takes the median.
    round_p95 = []
    for round_number in range(1, ROUNDS + 1):
        page_samples, page_cpu = [], []
        for values in requests:
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(url, values)
            page_samples.append((time.perf_counter() - started) * 1000)
            page_cpu.append((time.process_time() - cpu_started) * 1000)
            assert response.status_code == 200
        name = f"directory page request (routing + search + template), round {round_number}"
        report(f"{name}, wall clock", page_samples, 50)
        report(f"{name}, CPU time of this process", page_cpu, 50)
        round_p95.append(percentile(page_samples, 0.95))
    median = sorted(round_p95)[len(round_p95) // 2]
    print(
        f"directory page request p95 by round: {', '.join(f'{v:.1f}' for v in round_p95)} ms; "
        f"median {median:.1f} ms, target <= 50 ms: {'met' if median <= 50 else 'MISSED'}"
    )

    busy = {"zip": "10001", "radius": "100", "level": "iop", "payment": "medicaid"}
    client.get(url, busy)
    with CaptureQueriesContext(connection) as captured:
        client.get(url, busy)
    own = [q for q in captured.captured_queries if "directory_program" in q["sql"]]
    print(
        f"SQL queries for one directory page render: {len(captured.captured_queries)} "
        f"({len(own)} directory search, the rest Wagtail routing and the shared header); "
        "target <= 10"
    )


if __name__ == "__main__":
    main()
