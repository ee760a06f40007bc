"""Traffic that keeps running while a fault is injected: a few visitors reading pages through
nginx in a loop, every status recorded; and wrk for floods and load."""

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections import Counter

from tests.stack.processes import ROOT


class Traffic:
    """`with Traffic(stack, paths) as traffic:` reads `paths` in a loop on two threads until
    the block ends; `traffic.statuses` counts what came back."""

    def __init__(self, stack, paths: list[str], threads: int = 2):
        self.stack, self.paths, self.threads = stack, paths, threads
        self.statuses: Counter = Counter()
        self.seen: list[tuple[float, str, int]] = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.workers: list[threading.Thread] = []

    def loop(self, offset: int):
        browser = self.stack.browser()
        index = offset
        while not self.stopping.is_set():
            path = self.paths[index % len(self.paths)]
            index += 1
            started = time.monotonic()
            try:
                status = browser.get(path, timeout=35).status  # nginx gives up at 30 s: 504
            except OSError:
                status = 0  # no answer at all: nginx itself down, or a timeout
            with self.lock:
                self.statuses[status] += 1
                self.seen.append((started, path, status, time.monotonic() - started))
            time.sleep(0.02)

    def __enter__(self):
        for offset in range(self.threads):
            worker = threading.Thread(target=self.loop, args=(offset,), daemon=True)
            worker.start()
            self.workers.append(worker)
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for worker in self.workers:
            worker.join(timeout=20)

    def slowest(self) -> float:
        return max((entry[3] for entry in self.seen), default=0.0)

    def server_errors(self) -> list:
        return [entry for entry in self.seen if entry[2] >= 500 or entry[2] == 0]


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def wrk(stack, paths: list[str], seconds: float, connections: int = 8, threads: int = 2) -> dict:
    """wrk through nginx (HTTPS, the site's Host header) over `paths` in turn; the figures of
    bench/wrk/report.lua (requests, rps, p50/p95/p99 ms, errors, statuses)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    try:
        result = subprocess.run(  # noqa: S603
            [  # noqa: S607
                "wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s",
                "--timeout", "10s", "-H", f"Host: {stack.host}",
                "-s", "bench/wrk/paths.lua", f"https://127.0.0.1:{stack.https_port}/",
            ],
            cwd=ROOT,
            env={**os.environ, "WRK_PATHS_FILE": listing.name},
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        )  # fmt: skip
    finally:
        os.unlink(listing.name)
    for line in result.stdout.splitlines():
        if line.startswith("WRK_JSON "):
            return json.loads(line.removeprefix("WRK_JSON "))
    raise RuntimeError(f"wrk gave no figures: {result.stdout[-800:]} {result.stderr[-800:]}")
