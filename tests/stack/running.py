"""The whole stack as one context manager, for the suite's session fixture and for
`bench/load.py --stack`: a private redis-server, a fresh database on the shared PostgreSQL,
an aiosmtpd server, then everything `site/` ships (tests/stack/stack.py). Leaving the block
stops every process and drops the database, whatever happened."""

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from tests.stack.processes import Process, free_port, run
from tests.stack.stack import SHARED_POSTGRES, Smtp, Stack

SUMMARY: list[str] = []  # lines the suite prints at its end (figures of the load and faults)


class Running:
    """The started stack and the parts a fault may stop."""

    def __init__(self, stack: Stack, redis: Process, redis_port: int, smtp: Smtp, folder: Path):
        self.stack, self.redis, self.redis_port = stack, redis, redis_port
        self.smtp, self.folder = smtp, folder
        self.database = ""

    def start_redis(self):
        self.redis.start()
        self.redis.wait_for_port(self.redis_port, timeout=20)

    def psql(self, sql: str) -> str:
        """One query on the stack's database, its result as text."""
        command = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", self.database, "-tAc", sql]
        return run(command).strip()


def missing_tools() -> list[str]:
    wanted = {"nginx": "nginx-light", "redis-server": "redis-server", "openssl": "openssl"}
    return [
        f"{tool} (apt-get install {package})"
        for tool, package in wanted.items()
        if not shutil.which(tool)
    ]


def redis_process(folder: Path, port: int) -> Process:
    """Configured as compose configures it: no persistence, an evict-any policy."""
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    command += ["--appendonly", "no", "--maxmemory", "64mb", "--maxmemory-policy", "allkeys-lru"]
    command += ["--dir", str(folder)]
    return Process("redis", command, folder / "redis.log")


@contextlib.contextmanager
def running_stack(on_created=None):
    """Yields a Running stack; `on_created(stack)` is called before it starts (so a caller
    can print its logs should the start fail)."""
    with contextlib.ExitStack() as cleanup:
        folder = Path(tempfile.mkdtemp(prefix="haven-stack-"))
        folder.chmod(0o755)  # nginx's workers and the throwaway cluster's owner read below it
        cleanup.callback(shutil.rmtree, folder, ignore_errors=True)

        redis_port = free_port()
        redis = redis_process(folder, redis_port).start()
        cleanup.callback(redis.stop)
        redis.wait_for_port(redis_port, timeout=20)

        database = os.environ.get("HAVEN_STACK_DB", f"haven_stack_{os.getpid()}")
        host_args = ["-h", "127.0.0.1", "-U", "postgres"]
        run(["dropdb", *host_args, "--if-exists", database])
        run(["createdb", *host_args, database])
        cleanup.callback(
            run, ["dropdb", *host_args, "--if-exists", "--force", database], timeout=60
        )

        smtp = Smtp(free_port()).start()
        cleanup.callback(smtp.stop)

        stack = Stack(
            folder,
            f"{SHARED_POSTGRES}/{database}",
            f"redis://127.0.0.1:{redis_port}/0",
            smtp.controller.port,
        )

        def stop_stack():
            started = time.monotonic()
            stack.stop()
            stack.timings["stop"] = round(time.monotonic() - started, 1)

        cleanup.callback(stop_stack)
        if on_created is not None:
            on_created(stack)
        try:
            stack.prepare()
            stack.start()
        except Exception:
            with contextlib.suppress(Exception):
                print(stack.logs())
            raise
        running = Running(stack, redis, redis_port, smtp, folder)
        running.database = database
        yield running
