"""Serving the bench site as production does, for bench/load.py and bench/lighthouse/:
gunicorn (site/gunicorn.conf.py, 2 workers) and the task worker on 127.0.0.1, each in its own
process group so both stop whatever happens. Logs go to var/bench/."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from _setup import ROOT

VENV_BIN = Path(sys.executable).parent
VAR_BENCH = ROOT / "var" / "bench"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(cache_seconds: int) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="haven.settings.bench",
        HAVEN_PAGE_CACHE_SECONDS=str(cache_seconds),
        BENCH_TASK_WORKER="1",
        GUNICORN_WORKERS="2",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def start(command: list[str], env: dict, log: Path) -> subprocess.Popen:
    with log.open("w") as out:
        # Own process group, so stopping it stops its children (gunicorn's workers) too.
        return subprocess.Popen(  # noqa: S603
            command,
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


def wait_until_up(base: str, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited ({process.returncode}); see {log}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(base + "/healthz", timeout=2) as response,  # noqa: S310
        ):
            if response.status == 200:
                return
        time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer /healthz within {seconds:.0f} s; see {log}")


@contextlib.contextmanager
def serve(cache_seconds: int = 300):
    """gunicorn (site/gunicorn.conf.py, 2 workers) and the task worker on 127.0.0.1."""
    VAR_BENCH.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = server_env(cache_seconds)
    env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
    web_log, worker_log = VAR_BENCH / "gunicorn.log", VAR_BENCH / "worker.log"
    web = start(
        [
            str(VENV_BIN / "gunicorn"),
            "--config",
            "site/gunicorn.conf.py",
            # A worker recycled every 2,000 requests would restart many times a run, each time
            # with a cold process and (with the local-memory cache) an empty page cache.
            "--max-requests",
            "0",
            "haven.wsgi:application",
        ],
        env,
        web_log,
    )
    worker = None
    try:
        worker = start(
            [sys.executable, "manage.py", "db_worker", "--queue-name", "*"], env, worker_log
        )
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base, web, web_log)
        yield base
    finally:
        stop(web)
        if worker is not None:
            stop(worker)
