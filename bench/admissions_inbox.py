"""The admissions inbox list with 50,000 inquiries (bench/_seed_inquiries.py), as an admissions
coordinator gets it: p50/p95 of each listing below and the number of queries each page makes,
which must not grow with the page or the data. Target: p95 at most 150 ms.

Run: .venv/bin/python bench/admissions_inbox.py [--samples 30] [--url URL] [--listing QUERY]...

The URL defaults to the inbox's (admissions_inbox:index); each --listing is a query string,
for example --listing "status=new" --listing "p=400". "{team}" in one stands for a seeded
team's id. Change LISTINGS below, or pass --listing, when the inbox's parameters change.
"""

import argparse
import os
import time

from _admin_client import admissions_client
from _seed_inquiries import seed
from _setup import report, setup_django

TARGET_P95_MS = 150
LISTINGS = [
    "",  # the first page, newest first
    "p=400",  # a page deep in the list
    "status=new",
    "team={team}&status=reached",
    "response=overdue",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--url", help="the inbox's path (default: admissions_inbox:index)")
    parser.add_argument("--listing", action="append", help="a query string; repeatable")
    options = parser.parse_args()
    setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from django.utils import timezone

    from admissions.models import AdmissionsTeam

    seed(timezone.now())
    url = options.url or reverse("admissions_inbox:index")
    team = AdmissionsTeam.objects.filter(name__startswith="Bench ").first()
    client = admissions_client(Client())

    def get(query: str) -> float:
        start = time.perf_counter()
        response = client.get(f"{url}?{query}" if query else url)
        elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{url}?{query} answered HTTP {response.status_code}")
        return elapsed

    for listing in options.listing or LISTINGS:
        query = listing.format(team=team.pk)
        get(query)  # warm up
        with CaptureQueriesContext(connection) as queries:
            get(query)
        report(
            f"inbox {query or '(first page)'} ({len(queries)} queries)",
            [get(query) for _ in range(options.samples)],
            TARGET_P95_MS,
        )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
