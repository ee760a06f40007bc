"""`make bench`: run every benchmark script in bench/ in turn; each prints its own figures.

Beyond each script's defaults: bench/load.py gets a Redis database of its own (its rows
after a publish need a cache the server and the bench's process share), and runs a second
time with --stack for the figures through nginx."""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOAD_ENV = {"REDIS_URL": os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/9"}
EXTRA_RUNS = [("load.py", ["--stack", "--duration", "20"])]

if __name__ == "__main__":
    scripts = sorted(p for p in HERE.glob("*.py") if not p.name.startswith(("_", "run_all")))
    runs = [(script.name, []) for script in scripts] + EXTRA_RUNS
    failed = []
    for name, args in runs:
        print(f"== {' '.join([name, *args])}", flush=True)
        env = {**os.environ, **(LOAD_ENV if name == "load.py" else {})}
        command = [sys.executable, str(HERE / name), *args]
        if subprocess.call(command, cwd=HERE.parent, env=env) != 0:  # noqa: S603
            failed.append(" ".join([name, *args]))
    if failed:
        print("failed:", ", ".join(failed))
        sys.exit(1)
