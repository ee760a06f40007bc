"""The production stack on 127.0.0.1, from what `site/` ships: an environment file built from
site/env.example, gunicorn with site/gunicorn.conf.py and haven.settings.production, the task
worker, nginx with site/nginx.conf rendered for local ports, a private redis-server, an
aiosmtpd SMTP server, and (for the database fault) a throwaway PostgreSQL cluster."""

import glob
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.stack.processes import ROOT, Process, free_port, run

SITE = ROOT / "site"
VENV_BIN = Path(sys.executable).parent
SHARED_POSTGRES = os.environ.get("HAVEN_STACK_POSTGRES", "postgres://postgres@127.0.0.1:5432")


def env_file(path: Path, overrides: dict[str, str | None]) -> dict[str, str]:
    """site/env.example with the values this run needs; None leaves a variable out. Every
    override must name a variable env.example lists, so the file stays the real list."""
    lines, seen = [], set()
    for line in (SITE / "env.example").read_text().splitlines():
        name = line.split("=", 1)[0]
        if line.startswith("#") or "=" not in line or name not in overrides:
            lines.append(line)
            continue
        seen.add(name)
        if overrides[name] is not None:
            lines.append(f"{name}={overrides[name]}")
    missing = set(overrides) - seen
    assert not missing, f"site/env.example does not list {sorted(missing)}"
    path.write_text("\n".join(lines) + "\n")
    return read_env_file(path)


def read_env_file(path: Path) -> dict[str, str]:
    """As compose's env_file reads it: NAME=value lines, comments and blanks skipped."""
    values = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#") and "=" in line:
            name, value = line.split("=", 1)
            values[name.strip()] = value
    return values


def self_signed_certificate(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(folder / "privkey.pem"), "-out", str(folder / "fullchain.pem"),
        ]
    )  # fmt: skip
    return folder / "fullchain.pem"


def nginx_version() -> tuple[int, ...]:
    out = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr  # noqa: S607
    return tuple(int(n) for n in re.search(r"nginx/(\d+)\.(\d+)\.(\d+)", out).groups())


def render_nginx(folder: Path, web_port: int, http_port: int, https_port: int, roots: dict) -> Path:
    """site/nginx.conf itself, with the compose paths and names swapped for local ones, inside a
    minimal main configuration (what the nginx image's own nginx.conf provides)."""
    conf = (SITE / "nginx.conf").read_text()
    swaps = {
        "server web:8000;": f"server 127.0.0.1:{web_port};",
        "listen 80 default_server;": f"listen 127.0.0.1:{http_port} default_server;",
        "listen 443 ssl default_server;": f"listen 127.0.0.1:{https_port} ssl default_server;",
        "/etc/nginx/certs/": f"{folder}/certs/",
        "/srv/haven/static/": f"{roots['static']}/",
        "/srv/haven/media/": f"{roots['media']}/",
        "/var/log/nginx/access.log": f"{folder}/nginx-access.log",
        "/var/cache/nginx/haven": f"{folder}/nginx-cache",
    }
    for old, new in swaps.items():
        assert old in conf, f"site/nginx.conf no longer has {old!r}: update tests/stack/stack.py"
        conf = conf.replace(old, new)
    if nginx_version() < (1, 25, 1):  # `http2 on;` is newer than Debian 12's nginx
        conf = conf.replace("http2 on;", "").replace(
            " ssl default_server;", " ssl http2 default_server;"
        )
    (folder / "haven.conf").write_text(conf)
    temp = folder / "nginx-temp"
    temp.mkdir(exist_ok=True)
    main = folder / "nginx.conf"
    main.write_text(
        f"worker_processes 2;\npid {folder}/nginx.pid;\nerror_log {folder}/nginx-error.log warn;\n"
        "events { worker_connections 1024; }\n"
        "http {\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
        "    sendfile on;\n    keepalive_timeout 65;\n"
        f"    client_body_temp_path {temp}/body;\n    proxy_temp_path {temp}/proxy;\n"
        f"    include {folder}/haven.conf;\n}}\n"
    )
    return main


class Smtp:
    """aiosmtpd on a local port; `messages` holds every message received, as text."""

    def __init__(self, port: int):
        from aiosmtpd.controller import Controller

        self.messages: list[str] = []
        self.lock = threading.Lock()
        outer = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
                with outer.lock:
                    outer.messages.append(envelope.content.decode("utf-8", errors="replace"))
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=port)

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()

    def count(self) -> int:
        with self.lock:
            return len(self.messages)


class PostgresCluster:
    """A throwaway cluster (Debian's initdb and pg_ctl) that a fault may stop. initdb refuses
    to run as root, so as root it runs as the `postgres` user."""

    def __init__(self, folder: Path, port: int):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[4]))
        if not bins:
            raise RuntimeError("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin")
        self.bin, self.folder, self.port = Path(bins[-1]), folder, port
        self.data = folder / "data"
        self.user = "postgres" if os.geteuid() == 0 else None
        self.url = f"postgres://postgres@127.0.0.1:{port}/haven"

    def _run(self, *command):
        return run([str(self.bin / command[0]), *command[1:]], user=self.user, cwd=self.folder)

    def init(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.user:
            shutil.chown(self.folder, self.user)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.start()
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "haven")

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w",
            "start",
        )  # fmt: skip

    def stop(self):
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")


class Stack:
    """Everything `site/` ships, on local ports, in `folder`."""

    def __init__(self, folder, database_url: str, redis_url: str, smtp_port: int, roots=None):
        self.folder = folder
        self.web_port, self.http_port, self.https_port = free_port(), free_port(), free_port()
        self.roots = roots or {"static": folder / "static", "media": folder / "media"}
        for path in self.roots.values():
            path.mkdir(parents=True, exist_ok=True)
        self.reader_password = secrets.token_urlsafe(16)
        from cryptography.fernet import Fernet

        self.env_values = env_file(
            folder / "env",
            {
                "SECRET_KEY": secrets.token_urlsafe(60),
                "DATABASE_URL": database_url,
                "FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
                "REDIS_URL": redis_url,
                "ELASTICSEARCH_URL": None,
                "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
                "MEDIA_ROOT": str(self.roots["media"]),
                "STATIC_ROOT": str(self.roots["static"]),
            },
        )
        self.host = self.env_values["ALLOWED_HOSTS"].split(",")[0]
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1",
            **self.env_values,
            "STACK_READER_PASSWORD": self.reader_password,
        }
        self.web = Process(
            "gunicorn",
            [
                str(VENV_BIN / "gunicorn"),
                "--config",
                "site/gunicorn.conf.py",
                "haven.wsgi:application",
            ],
            folder / "gunicorn.log",
            {**self.env, "GUNICORN_BIND": f"127.0.0.1:{self.web_port}", "GUNICORN_WORKERS": "2"},
        )
        self.worker = Process(
            "worker",
            [sys.executable, "manage.py", "db_worker", "--queue-name", "*"],
            folder / "worker.log",
            self.env,
        )
        self.nginx: Process | None = None
        self.paths: dict = {}
        self.timings: dict = {}

    def manage(self, *args: str, timeout: float = 240) -> str:
        started = time.monotonic()
        out = run(
            [sys.executable, "manage.py", *args], self.env, timeout, self.folder / "manage.log"
        )
        self.timings[args[0]] = round(time.monotonic() - started, 1)
        return out

    def prepare(self) -> None:
        """Migrate and start the periodic tasks (as compose's migrate service does), load the demo
        and collect static files (at the same time: collectstatic needs no database), then the
        suite's own account and document. The worker starts as soon as the demo is in, so the
        search-index tasks it queued are done sooner."""
        started = time.monotonic()
        errors: list[Exception] = []

        def collect():
            try:
                self.manage("collectstatic", "--noinput", "-v0")
            except Exception as error:  # re-raised below, in the caller's thread
                errors.append(error)

        collector = threading.Thread(target=collect)
        collector.start()
        self.manage("migrate", "--noinput", "-v0")
        self.manage("schedule_periodic_tasks")
        self.manage("load_demo")
        self.worker.start()
        collector.join()
        if errors:
            raise errors[0]
        out = self.manage("shell", "-c", "from tests.stack import seed; seed.main()")
        self.timings["prepare"] = round(time.monotonic() - started, 1)
        self.paths = json.loads(out.strip().splitlines()[-1])
        # nginx's workers run as an unprivileged user: let them read what nginx serves.
        for path in [self.folder, *self.folder.rglob("*")]:
            path.chmod(
                path.stat().st_mode | 0o755 if path.is_dir() else path.stat().st_mode | 0o644
            )

    def start(self) -> None:
        started = time.monotonic()
        self.web.start()
        self.cafile = str(self_signed_certificate(self.folder / "certs"))
        conf = render_nginx(self.folder, self.web_port, self.http_port, self.https_port, self.roots)
        run(["nginx", "-t", "-p", str(self.folder), "-c", str(conf)])
        self.nginx = Process(
            "nginx",
            ["nginx", "-p", str(self.folder), "-c", str(conf), "-g", "daemon off;"],
            self.folder / "nginx.log",
        ).start()
        self.web.wait_for_port(self.web_port, timeout=90)
        self.nginx.wait_for_port(self.https_port, timeout=30)
        self.timings["start"] = round(time.monotonic() - started, 1)

    def processes(self) -> list[Process]:
        return [p for p in (self.nginx, self.web, self.worker) if p is not None]

    def stop(self) -> None:
        for process in self.processes():
            process.stop()

    def logs(self) -> str:
        parts = [f"===== {p.name} ({p.log})\n{p.tail()}" for p in self.processes()]
        for extra in ("nginx-error.log",):
            path = self.folder / extra
            if path.exists():
                parts.append(f"===== {extra}\n" + "\n".join(path.read_text().splitlines()[-30:]))
        return "\n".join(parts)

    def browser(self, source: str = "127.0.0.1"):
        from tests.stack.client import Browser

        return Browser(self.https_port, self.host, self.cafile, source)
