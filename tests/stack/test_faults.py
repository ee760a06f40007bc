"""Faults while traffic runs: Redis stops, the worker stops, PostgreSQL stops, and a flood of
distinct URLs fills the page cache. Private instances only: the shared PostgreSQL and Redis
of the machine are never touched."""

import re
import time

import pytest

from tests.stack.client import plain_get
from tests.stack.inquiries import Inquiry, accepted, accepted_count, next_address
from tests.stack.processes import free_port, run, wait_until
from tests.stack.running import SUMMARY
from tests.stack.seed import READER
from tests.stack.stack import PostgresCluster, Stack
from tests.stack.test_site import sign_in
from tests.stack.traffic import Traffic, wrk, wrk_available


def reading_paths(stack) -> list[str]:
    return [
        "/",
        stack.paths["article"],
        stack.paths["directory"] + "?zip=10001&radius=25",
        "/search/?q=anxiety",
    ]


def served_from_cache(stack, path: str) -> bool:
    """Haven's own page cache (in Redis) answers: asked of gunicorn itself, as nginx asks it,
    since nginx's micro-cache may answer first."""
    proxied = {"X-Forwarded-Proto": "https"}
    plain_get(stack.web_port, path, stack.host, headers=proxied)
    headers = plain_get(stack.web_port, path, stack.host, headers=proxied)[2]
    return headers.get("X-Page-Cache") == "hit"


def notified_numbers(messages: list[str]) -> list[int]:
    return [
        int(n)
        for message in messages
        for n in re.findall(r"^Subject: New inquiry #(\d+)", message, re.M)
    ]


def test_redis_down_pages_and_inquiries_go_on_and_caches_come_back(running, stack):
    assert served_from_cache(stack, "/"), "the page cache works before the fault"
    prepared = [Inquiry(stack, stack.paths["inquiry"]).open() for _ in range(2)]
    before = running.smtp.count()
    try:
        with Traffic(stack, reading_paths(stack)) as traffic:
            time.sleep(0.5)
            running.redis.stop()
            time.sleep(1.5)
            answers = [inquiry.send() for inquiry in prepared]
            time.sleep(1.5)
    finally:
        if not running.redis.running:
            running.start_redis()
    assert all(accepted(answer) for answer in answers), [a.status for a in answers]
    assert traffic.statuses[200] >= 4, traffic.statuses
    assert not traffic.server_errors(), traffic.server_errors()[:5]
    SUMMARY.append(f"Redis down: slowest page {traffic.slowest():.1f} s, {dict(traffic.statuses)}")
    # The worker tells the team about both inquiries.
    wait_until(lambda: running.smtp.count() >= before + 2, 60, what="two notifications")
    # Redis is back: pages are cached there again.
    wait_until(lambda: served_from_cache(stack, stack.paths["article"]), 20, what="a cache hit")


def wrong_passwords(browser, count: int = 5):
    for _ in range(count):
        answer = sign_in(browser, READER, "not-the-password")  # pragma: allowlist secret
        assert answer.status < 500, answer.status


def test_the_lockout_holds_with_redis_down(running, stack):
    browser = stack.browser(next_address())
    running.redis.stop()
    try:
        wrong_passwords(browser)
        answer = sign_in(browser, READER, stack.reader_password)
    finally:
        running.start_redis()
    assert answer.status == 429, answer.status


def redis_cli(running, *args) -> str:
    return run(["redis-cli", "-p", str(running.redis_port), *args]).strip()


def redis_stat(running, section: str, name: str) -> int:
    return int(redis_cli(running, "info", section).split(f"{name}:")[1].split()[0])


@pytest.mark.skipif(not wrk_available(), reason="wrk is not installed (apt-get install wrk)")
def test_the_lockout_survives_a_page_cache_flood(running, stack):
    browser = stack.browser(next_address())
    wrong_passwords(browser)
    # Compose's Redis evicts any key when full (allkeys-lru, 256 MB). Here the ceiling is a
    # megabyte above what Redis holds now, so the few hundred distinct URLs that even a busy
    # machine serves in the flood's seconds are enough to make it evict.
    evicted_before = redis_stat(running, "stats", "evicted_keys")
    ceiling = redis_stat(running, "memory", "used_memory") + 1_000_000
    redis_cli(running, "config", "set", "maxmemory", str(ceiling))
    try:
        flood = wrk(stack, [f"/?utm_campaign=flood{n}" for n in range(4000)], seconds=8)
    finally:
        redis_cli(running, "config", "set", "maxmemory", "64mb")
    evicted = redis_stat(running, "stats", "evicted_keys") - evicted_before
    assert evicted > 0, f"the flood ({flood['requests']} requests) evicted nothing: no proof"
    answer = sign_in(browser, READER, stack.reader_password)
    assert answer.status == 429, answer.status


def test_worker_down_inquiries_are_stored_then_each_told_once(running, stack):
    # Every earlier inquiry told first, so the count below is this test's alone.
    wait_until(lambda: running.smtp.count() == accepted_count(), 60, what="earlier mail")
    stack.worker.stop()
    prepared = [Inquiry(stack, stack.paths["inquiry"]).open() for _ in range(3)]
    before = running.smtp.count()
    try:
        with Traffic(stack, reading_paths(stack)) as traffic:
            answers = [inquiry.send() for inquiry in prepared]
            time.sleep(2)
        assert all(accepted(answer) for answer in answers), [a.status for a in answers]
        assert not traffic.server_errors(), traffic.server_errors()[:5]
        assert running.smtp.count() == before, "nothing is sent while the worker is down"
    finally:
        stack.worker.start()
    wait_until(lambda: running.smtp.count() >= before + 3, 90, what="three notifications")
    time.sleep(3)  # a duplicate would come now
    numbers = notified_numbers(running.smtp.messages[before:])
    assert len(numbers) == 3 and len(set(numbers)) == 3, numbers
    everything = notified_numbers(running.smtp.messages)
    assert len(everything) == len(set(everything)) == accepted_count(), everything


@pytest.fixture(scope="module")
def cluster(running, request):
    """A throwaway PostgreSQL cluster holding a copy of the stack's database."""
    cluster = PostgresCluster(running.folder / "pg", free_port())
    request.addfinalizer(cluster.stop)
    cluster.init()
    dump = running.folder / "stack.sql"
    run(
        [
            "pg_dump",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "--no-owner",
            "-f",
            str(dump),
            running.database,
        ]
    )
    run(["psql", "-q", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-d", "haven",
         "-v", "ON_ERROR_STOP=1", "-f", str(dump)])  # fmt: skip
    return cluster


@pytest.fixture(scope="module")
def cluster_stack(running, stack, cluster, request):
    """gunicorn and nginx on the throwaway cluster (Redis database 1, the same mail server)."""
    folder = running.folder / "cluster-stack"
    folder.mkdir()
    second = Stack(
        folder,
        cluster.url,
        f"redis://127.0.0.1:{running.redis_port}/1",
        running.smtp.controller.port,
        roots=stack.roots,
    )
    request.addfinalizer(second.stop)
    second.paths = stack.paths
    second.start()
    return second


@pytest.mark.server_errors_expected  # 503 and the 500 page, asserted below
def test_database_down_healthz_503_calm_error_page_then_recovers(cluster, cluster_stack):
    stack = cluster_stack
    fresh = [path for path in stack.paths["articles"] if path != stack.paths["article"]]
    browser = stack.browser()
    assert browser.get(fresh[0]).status == 200
    gunicorn = stack.web.popen.pid
    with Traffic(stack, ["/healthz", *fresh[:4]]) as traffic:
        time.sleep(0.5)
        cluster.stop()
        status, body = plain_get(stack.http_port, "/healthz", "127.0.0.1")
        assert status == 503, body
        page = browser.get(fresh[5])
        assert page.status == 500
        assert "If you need help right now" in page.text
        assert "Traceback" not in page.text
        cluster.start()
        wait_until(
            lambda: plain_get(stack.http_port, "/healthz", "127.0.0.1")[0] == 200,
            30,
            what="/healthz 200 again",
        )
        wait_until(lambda: browser.get(fresh[6]).status == 200, 30, what="pages again")
        recovered = time.monotonic()
        time.sleep(2)
    assert stack.web.running and stack.web.popen.pid == gunicorn, "gunicorn was not restarted"
    # While the database was down: the error page or 503, never a gateway error (502/504).
    assert set(traffic.statuses) <= {200, 500, 503}, traffic.statuses
    after = [status for started, _, status, _ in traffic.seen if started > recovered]
    assert after and set(after) == {200}, after


def test_no_fault_left_anything_stopped(running, stack):
    assert running.redis.running and stack.worker.running and stack.web.running
    assert redis_cli(running, "ping") == "PONG"
