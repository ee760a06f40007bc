"""The admissions report over a year of data: 50,000 inquiries in four teams (bench/
_seed_inquiries.py), the 53 whole weeks to this one. Measures the figures alone
(admissions/report_figures.py) and the whole page as an admissions user gets it, with the
number of queries each makes. Target: at most 500 ms.

Run: .venv/bin/python bench/admissions_report.py [samples]
"""

import os
import sys
import time
from datetime import timedelta

from _admin_client import admissions_client
from _seed_inquiries import seed
from _setup import report, setup_django

TARGET_MS = 500
WEEKS = 53


def main(samples: int = 10) -> None:
    setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from django.utils import timezone

    from admissions.report_figures import build_report

    now = timezone.now()
    seed(now)
    last = timezone.localdate(now)
    first = last - timedelta(weeks=WEEKS - 1)

    cpu: list[float] = []

    def figures() -> float:
        start, cpu_start = time.perf_counter(), time.process_time()
        build_report(first, last, now=now)
        cpu.append((time.process_time() - cpu_start) * 1000)
        return (time.perf_counter() - start) * 1000

    client = admissions_client(Client())
    url = reverse("admissions_inbox:report")
    params = {"start": first.isoformat(), "end": last.isoformat()}

    page_cpu: list[float] = []

    def page() -> float:
        start, cpu_start = time.perf_counter(), time.process_time()
        response = client.get(url, params)
        elapsed = (time.perf_counter() - start) * 1000
        page_cpu.append((time.process_time() - cpu_start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"the report answered HTTP {response.status_code}")
        return elapsed

    figures(), page()  # warm up: imports, template loading
    with CaptureQueriesContext(connection) as queries:
        build_report(first, last, now=now)
    figure_queries = len(queries)
    with CaptureQueriesContext(connection) as queries:
        page()
    page_queries = len(queries)
    report(
        f"admissions report figures, {WEEKS} weeks ({figure_queries} queries)",
        [figures() for _ in range(samples)],
        TARGET_MS,
    )
    # On a shared machine the wall clock includes waiting for a CPU; this is the work.
    report("admissions report figures (CPU time of the same runs)", cpu[-samples:])
    report(
        f"admissions report page, {WEEKS} weeks ({page_queries} queries)",
        [page() for _ in range(samples)],
        TARGET_MS,
    )
    report("admissions report page (CPU time of the same requests)", page_cpu[-samples:])
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
