"""Open-data export speed and memory on 10,000 programs: every page of
/api/directory/hsds/services/ at 100 a page (p50/p95, SQL queries a page), and
`manage.py export_hsds` to a file (time, and the peak of Python allocations while it runs).

    .venv/bin/python bench/hsds_export.py

Uses the same database and programs as bench/directory_search.py (seeded on first run).
"""

import os
import time
import tracemalloc

from _setup import ROOT, report, setup_django

os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT}/var/bench/directory.sqlite3")

PER_PAGE = 100


def main() -> None:
    setup_django()
    from directory_search import seed_programs

    seed_programs()

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from directory import hsds

    listed = hsds.exported_programs().count()
    print(f"database: {connection.vendor}; programs exported: {listed}")
    client = Client()
    url = "/api/directory/hsds/services/"
    first = client.get(url, {"per_page": PER_PAGE}).json()
    samples = []
    for page in range(1, first["total_pages"] + 1):
        started = time.perf_counter()
        response = client.get(url, {"per_page": PER_PAGE, "page": page})
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    report(f"HSDS API page of {PER_PAGE} services, every page once", samples)
    with CaptureQueriesContext(connection) as captured:
        client.get(url, {"per_page": PER_PAGE, "page": 2})
    print(f"SQL queries for one page: {len(captured.captured_queries)}")

    target = ROOT / "var" / "bench" / "hsds.json"
    started = time.perf_counter()
    call_command("export_hsds", str(target))
    print(
        f"export_hsds, whole directory: {time.perf_counter() - started:.1f} s, "
        f"{target.stat().st_size / 1e6:.1f} MB written"
    )
    tracemalloc.start()
    call_command("export_hsds", str(target))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"export_hsds peak Python allocations: {peak / 1e6:.1f} MB")
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
