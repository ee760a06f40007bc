"""A mixed load through nginx, for `bench/load.py --stack` (60 s) and the suite (about 10 s).

wrk asks for a rotating list of paths: cached pages (the home page and one article, the same
URL each time), uncached articles (each with a query string of its own, so each is rendered)
and directory searches (a different ZIP, radius and level each time). Beside it, people send
inquiries as a person does (the form, a few seconds, the POST), each from an address of its
own. At the end the worker gets time to tell the teams, and the figures say how many
inquiries were accepted, stored and told, and whether any was told twice."""

import contextlib
import itertools
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from tests.stack.inquiries import Inquiry, accepted
from tests.stack.processes import wait_until
from tests.stack.test_faults import notified_numbers
from tests.stack.traffic import wrk

ZIPS = ["19103", "10001", "60601", "94103", "30303", "98101", "02108", "78701"]
LEVELS = ["iop", "php", "outpatient", "residential"]


def mixed_paths(paths: dict, count: int = 6000) -> list[str]:
    """4 in 10 cached pages, 3 in 10 uncached articles, 3 in 10 directory searches."""
    articles = itertools.cycle(paths["articles"])
    searches = itertools.product(ZIPS, (10, 25, 50, 100), LEVELS, range(1, 100))
    mixed = []
    for n in range(count):
        slot = n % 10
        if slot < 4:
            mixed.append("/" if slot % 2 else paths["article"])
        elif slot < 7:
            mixed.append(f"{next(articles)}?from=load{n}")
        else:
            zip_code, radius, level, page = next(searches)
            mixed.append(
                f"{paths['directory']}?zip={zip_code}&radius={radius}&level={level}&p={page}"
            )
    return mixed


def send_inquiries(stack, seconds: float, senders: int = 2) -> list:
    """Inquiries from `senders` people at once, for `seconds`; the answers to each POST."""
    answers, lock = [], threading.Lock()
    deadline = time.monotonic() + seconds

    def person():
        while time.monotonic() < deadline - 4:
            answer = Inquiry(stack, stack.paths["inquiry"]).open().send()
            with lock:
                answers.append(answer)

    with ThreadPoolExecutor(senders) as pool:
        for _ in range(senders):
            pool.submit(person)
    return answers


def mixed_load(running, seconds: float, connections: int = 8) -> dict:
    """Runs the load; returns the wrk figures and the inquiry counts."""
    stack = running.stack
    stored_before = int(running.psql("select count(*) from admissions_inquiry"))
    told_before = running.smtp.count()
    load_before = os.getloadavg()[0]
    with ThreadPoolExecutor(1) as pool:
        inquiries = pool.submit(send_inquiries, stack, seconds)
        figures = wrk(stack, mixed_paths(stack.paths), seconds, connections=connections)
        answers = inquiries.result()
    sent = sum(1 for answer in answers if accepted(answer))
    stored = int(running.psql("select count(*) from admissions_inquiry")) - stored_before
    with contextlib.suppress(TimeoutError):  # reported below as fewer told than stored
        wait_until(lambda: running.smtp.count() - told_before >= stored, 120, what="every notice")
    time.sleep(2)  # a second notice for the same inquiry would arrive now
    told = notified_numbers(running.smtp.messages[told_before:])
    statuses = figures.get("statuses") or {}
    return {
        **figures,
        "load_average": load_before,
        "server_errors": sum(n for status, n in statuses.items() if status.startswith("5")),
        "inquiries_posted": len(answers),
        "inquiries_accepted": sent,
        "inquiries_stored": stored,
        "notifications": len(told),
        "notified_twice": len(told) - len(set(told)),
        "inquiry_statuses": sorted({answer.status for answer in answers}),
    }


def describe(result: dict) -> str:
    statuses = ", ".join(f"{n} x {s}" for s, n in sorted((result.get("statuses") or {}).items()))
    return (
        f"{result['requests']} requests in {result['seconds']:.0f} s: {result['rps']:.0f} req/s, "
        f"p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
        f"{result['server_errors']} 5xx, {result['socket_errors']} socket errors ({statuses}); "
        f"inquiries: {result['inquiries_posted']} posted, {result['inquiries_accepted']} accepted, "
        f"{result['inquiries_stored']} stored, {result['notifications']} notifications "
        f"({result['notified_twice']} twice), POST answers {result['inquiry_statuses']}; "
        f"load average {result['load_average']:.1f} at start"
    )


def edge_rows(running, seconds: float, connections: int = 32) -> list[str]:
    """One URL at a time through nginx in the same sitting: a static file (nginx alone, for
    scale), then the home page and an article, which the micro-cache serves."""
    stack, rows = running.stack, []
    home = stack.browser().get("/").text
    stylesheet = home.split('href="/static/', 1)[1].split('"', 1)[0]
    for name, path in (
        ("static file", f"/static/{stylesheet}"),
        ("home (micro-cache)", "/"),
        ("article (micro-cache)", stack.paths["article"]),
    ):
        load = os.getloadavg()[0]
        figures = wrk(stack, [path], seconds, connections=connections)
        statuses = ", ".join(f"{n} x {s}" for s, n in sorted(figures["statuses"].items()))
        rows.append(
            f"{name:<22} {figures['rps']:>8.0f} req/s  p50 {figures['p50_ms']:6.2f} ms  "
            f"p99 {figures['p99_ms']:6.2f} ms  errors {figures['socket_errors']}  "
            f"[{statuses}]  load average {load:.1f}"
        )
    return rows
