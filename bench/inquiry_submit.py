"""Inquiry form submission: p95 of a full POST (validation, spam checks, encryption of the
personal fields, the INSERT and the enqueued notification task), in-process on the bench
database. The email itself is the worker's job and is not part of the request.

Run: .venv/bin/python bench/inquiry_submit.py [samples]
"""

import os
import sys
import time

from _setup import report, setup_django

# A database file of its own (var/bench/inquiry_submit.sqlite3): other benchmarks' locks on the
# shared file must not be what is measured.
os.environ.setdefault("BENCH_DATABASE", "inquiry_submit")

TARGET_P95_MS = 50
WARMUP = 10


def commit_probe(rounds: int = 50) -> None:
    """What one bare one-row commit costs on this disk right now: the floor under each
    submission's wall clock (SQLite waits for the disk to confirm every commit)."""
    import sqlite3
    import tempfile
    from pathlib import Path

    from _setup import ROOT

    with tempfile.TemporaryDirectory(dir=ROOT / "var" / "bench") as folder:
        db = sqlite3.connect(Path(folder) / "probe.sqlite3", isolation_level=None)
        db.execute("CREATE TABLE t (x)")
        samples = []
        for n in range(rounds):
            start = time.perf_counter()
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO t VALUES (?)", (n,))
            db.execute("COMMIT")
            samples.append((time.perf_counter() - start) * 1000)
        db.close()
    report("disk floor: one-row SQLite commit", samples)


def main(samples: int = 300) -> None:
    setup_django()
    from django.test import Client, override_settings
    from django_tasks_db.models import DBTaskResult

    from admissions import demo as admissions_demo
    from admissions import spam
    from admissions.models import Inquiry
    from home import demo as home_demo

    home_demo.load()
    page = admissions_demo.load()  # reuses the page and teams when already seeded
    url = page.url
    client = Client()
    first_new_id = (Inquiry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    tasks_before = set(DBTaskResult.objects.values_list("pk", flat=True))

    cpu_timings: list[float] = []

    def post(n: int) -> float:
        data = {
            "first_name": f"Bench{n}",
            "email": f"bench{n}@example.test",
            "phone": "215-555-0100",
            "preferred_contact": "email",
            "best_time": "evening",
            "for_whom": "myself",
            "zip_code": "19103",
            "interest": "virtual-iop",
            "insurance": "Example Mutual",
            "message": "A short message, about the length people write. " * 4,
            "consent": "on",
            "started": spam.started_token(time.time() - 30),
        }
        # A different client address per request: the rate limit is not what is measured.
        address = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
        start, cpu_start = time.perf_counter(), time.process_time()
        response = client.post(url, data, REMOTE_ADDR=address)
        elapsed = (time.perf_counter() - start) * 1000
        cpu_timings.append((time.process_time() - cpu_start) * 1000)
        if response.status_code != 302:
            raise SystemExit(f"submission {n} was not accepted: HTTP {response.status_code}")
        return elapsed

    # The real queue: enqueueing is one more INSERT, in the inquiry's transaction.
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        for n in range(WARMUP):
            post(n)
        del cpu_timings[:]
        timings = [post(WARMUP + n) for n in range(samples)]

    created = Inquiry.objects.filter(pk__gte=first_new_id)
    queued = DBTaskResult.objects.exclude(pk__in=tasks_before)
    stored, enqueued = created.count(), queued.count()
    print(f"stored {stored} inquiries, enqueued {enqueued} notification tasks")
    report("inquiry_submit (full form POST, wall clock)", timings, TARGET_P95_MS)
    # Wall clock includes waiting for the disk to confirm two SQLite commits (the inquiry,
    # then the task row on commit) and for the CPU on a shared machine; this is the work.
    report("inquiry_submit (CPU time of the same requests)", cpu_timings)
    commit_probe()
    # Leave the bench database as it was: no inquiries, no tasks for a worker to send.
    queued.delete()
    created.delete()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
