"""Processes of the stack suite: started in their own process group with a log file, waited
for with a timeout, stopped whatever happens, and their logs printed when something fails."""

import contextlib
import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Ports the suite may take: HAVEN_STACK_PORTS=first-last (default 18000-18099).
PORT_RANGE = os.environ.get("HAVEN_STACK_PORTS", "18000-18099")
_taken: set[int] = set()
NOTABLE = re.compile(
    r"\[(CRITICAL|ERROR|WARNING)\]|TIMEOUT|Booting worker|Worker exiting|--- start"
    r"|\[error\]|\[emerg\]"
)


def free_port() -> int:
    """A port of PORT_RANGE that nothing listens on and this run has not handed out yet."""
    first, last = (int(part) for part in PORT_RANGE.split("-"))
    for port in range(first, last + 1):
        if port in _taken:
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        _taken.add(port)
        return port
    raise RuntimeError(f"no free port left in {PORT_RANGE} (HAVEN_STACK_PORTS)")


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class Process:
    """One long-running part of the stack (gunicorn, the worker, nginx, redis-server)."""

    def __init__(self, name: str, command: list[str], log: Path, env: dict | None = None):
        self.name, self.command, self.log, self.env = name, command, log, env
        self.popen: subprocess.Popen | None = None

    def start(self) -> "Process":
        with self.log.open("a") as out:
            out.write(f"\n--- start {' '.join(self.command)}\n")
            out.flush()
            self.popen = subprocess.Popen(  # noqa: S603
                self.command,
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # its own group: stopping it stops its children
            )
        return self

    @property
    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> None:
        if not self.running:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.popen.pid, sig)
        try:
            self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait(timeout=5)

    def tail(self, lines: int = 60) -> str:
        """The last lines of its log, after every line that says a process started, stopped,
        timed out or was killed (those scroll away first)."""
        try:
            text = self.log.read_text(errors="replace").splitlines()
        except FileNotFoundError:
            return "(no log)"
        notable = [line for line in text[:-lines] if NOTABLE.search(line)][-40:]
        return "\n".join([*notable, "...", *text[-lines:]] if notable else text[-lines:])

    def wait_for_port(self, port: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.running:
                raise RuntimeError(f"{self.name} exited ({self.popen.returncode}):\n{self.tail()}")
            if port_open(port):
                return
            time.sleep(0.2)
        raise RuntimeError(
            f"{self.name} did not listen on {port} in {timeout:.0f} s:\n{self.tail()}"
        )


def run(command: list[str], env=None, timeout: float = 180, log=None, user=None, cwd=ROOT):
    """A command that must succeed (migrate, createdb); its output is shown when it fails."""
    result = subprocess.run(  # noqa: S603
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, user=user
    )
    if log is not None:
        with log.open("a") as out:
            out.write(f"\n--- {' '.join(command)}\n{result.stdout}{result.stderr}")
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed ({result.returncode}):\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result.stdout


def wait_until(check, timeout: float, interval: float = 0.25, what: str = "condition"):
    """Poll `check()` until it returns something true; that value, or TimeoutError."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(interval)
    raise TimeoutError(f"{what} not reached in {timeout:.0f} s (last: {last!r})")
