"""wrk runs and what surrounds them, for bench/load.py: a probe of the page cache, one wrk run
read back as figures (bench/wrk/report.lua prints them), a valid inquiry body for POSTs, and
the table rows the benchmark prints."""

import html
import json
import os
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

from _setup import ROOT

WRK_DIR = ROOT / "bench" / "wrk"


def probe(url: str, timeout: float = 30) -> tuple[int, str]:
    """Status of a GET, and "hit" when one of four asked in a row came from the page cache
    (each gunicorn worker keeps its own local-memory cache, so the second may be a miss);
    status 0 when one request takes longer than `timeout` seconds."""
    status, caches = 0, set()
    for _ in range(4):
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310
                status = response.status
                caches.add(response.headers.get("X-Page-Cache", "") or "none")
        except urllib.error.HTTPError as error:
            status = error.code
        except TimeoutError:
            return 0, ""
    return status, "hit" if "hit" in caches else ", ".join(sorted(caches))


def wrk(url: str, args, script: str = "report.lua", env: dict | None = None) -> dict:
    command = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{args.duration}s",
        "--timeout",
        "10s",
        "-s",
        str(WRK_DIR / script),
        url,
    ]
    result = subprocess.run(  # noqa: S603
        command,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=args.duration + 60,
    )
    for line in result.stdout.splitlines():
        if line.startswith("WRK_JSON "):
            return json.loads(line.removeprefix("WRK_JSON "))
    raise RuntimeError(f"wrk gave no figures: {result.stdout[-500:]} {result.stderr[-500:]}")


def inquiry_post_env(base: str, path: str) -> dict:
    """A valid inquiry body and the cookie it needs, from a real GET of the form."""
    from admissions import spam
    from admissions.choices import BestTime, ContactMethod, ForWhom, Interest

    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(base + path, timeout=30) as response:
        page = response.read().decode()
    fields = {}
    for name in ("csrfmiddlewaretoken", "started"):
        match = re.search(rf'name="{name}" value="([^"]*)"', page) or re.search(
            rf'value="([^"]*)" name="{name}"', page
        )
        if not match:
            raise RuntimeError(f"the inquiry form has no {name} field")
        fields[name] = html.unescape(match.group(1))
    # The signed start time must be older than the minimum fill time; it stays valid a day.
    time.sleep(spam.min_fill_seconds() + 0.5)
    fields.update(
        first_name="Bench",
        email="bench@example.com",
        phone="215-555-0123",
        preferred_contact=ContactMethod.EMAIL,
        best_time=BestTime.ANY,
        for_whom=ForWhom.MYSELF,
        zip_code="19103",
        interest=Interest.VIRTUAL_IOP,
        consent="on",
        website="",
    )
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    return {"WRK_BODY": urllib.parse.urlencode(fields), "WRK_COOKIE": cookie}


def print_row(name: str, figures: dict, note: str = "") -> None:
    errors = figures["http_errors"] + figures["socket_errors"]
    print(
        f"  {name:<44} {figures['rps']:>8.0f} {figures['p50_ms']:>8.2f} "
        f"{figures['p95_ms']:>8.2f} {figures['p99_ms']:>8.2f} {errors:>6}  {note}",
        flush=True,
    )


def describe(figures: dict) -> str:
    statuses = figures.get("statuses") or {}
    return ", ".join(f"{n} x {status}" for status, n in sorted(statuses.items()))
