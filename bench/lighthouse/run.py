"""Lighthouse scores for Haven's home, article, directory and inquiry pages, DEBUG off.

    .venv/bin/python bench/lighthouse/run.py [--desktop]

Installs the pinned npm `lighthouse` here with `npm ci` when it is missing, serves the bench
site (seeded by bench/load.py's seeder, reused when present) with gunicorn on 127.0.0.1, runs
Lighthouse with Debian's Chromium (CHROME_PATH=/usr/bin/chromium; no browser is ever
downloaded) and prints the four category scores per page, with the audits that cost points.
Figures, not a test. Reports are kept under var/bench/lighthouse/ for a closer look.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/: _setup and load

import load  # noqa: E402
from _setup import ROOT, setup_django  # noqa: E402

CHROME = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
REPORTS = ROOT / "var" / "bench" / "lighthouse"
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"


def install() -> None:
    if LIGHTHOUSE.exists():
        return
    if not shutil.which("npm"):
        raise SystemExit("npm is not installed: apt-get install -y npm")
    print("installing lighthouse with npm ci", flush=True)
    env = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"}  # Debian's Chromium only
    subprocess.run(  # noqa: S603
        ["npm", "ci", "--no-audit", "--no-fund"],  # noqa: S607
        cwd=HERE,
        env=env,
        check=True,
        timeout=600,
    )


def lighthouse(url: str, name: str, desktop: bool) -> dict:
    REPORTS.mkdir(parents=True, exist_ok=True)
    output = REPORTS / f"{name}.json"
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={output}",
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
    ]
    if desktop:
        command.append("--preset=desktop")
    subprocess.run(  # noqa: S603
        command,
        env={**os.environ, "CHROME_PATH": CHROME},
        check=True,
        timeout=300,
        capture_output=True,
    )
    return json.loads(output.read_text())


def costs(report: dict) -> list[str]:
    """The weighted audits that scored below 1, by category."""
    lost = []
    for key in CATEGORIES:
        for ref in report["categories"][key]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
                value = audit.get("displayValue", "")
                items = (audit.get("details") or {}).get("items") or []
                if not value and items and isinstance(items[0], dict):
                    first = items[0]
                    where = first.get("url") or (first.get("sourceLocation") or {}).get("url")
                    value = str(where or first.get("description") or "")[:80]
                lost.append(
                    f"{key}: {ref['id']} ({audit['score']:.2f}{', ' + value if value else ''})"
                )
    return lost


def showcase_article() -> str | None:
    """An article an editor wrote (the demo's), not one of the generated thousands."""
    from wagtail.models import Site

    article_model = load.model("articles.ArticlePage")
    if article_model is None:
        return None
    root = Site.objects.get(is_default_site=True).root_page
    written = (
        article_model.objects.live()
        .descendant_of(root)
        .exclude(slug__regex=r"-[0-9]+$")  # generated slugs end in their number
        .order_by("pk")
        .first()
    )
    if written is None:
        return load.first_path("articles.ArticlePage")
    return "/" + written.url_path[len(root.url_path) :]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--desktop", action="store_true", help="desktop preset (default mobile)")
    args = parser.parse_args()
    if not Path(CHROME).exists():
        raise SystemExit(f"{CHROME} is missing: apt-get install -y chromium")
    install()
    setup_django()
    load.seed(load.ARTICLES, load.PROGRAMS, load.SEED)
    pages = [("home", "/")]
    article = showcase_article()
    if article:
        pages.append(("article", article))
    for name, label in (
        ("directory", "directory.DirectoryPage"),
        ("inquiry", "admissions.InquiryPage"),
    ):
        path = load.first_path(label)
        if path:
            pages.append((name, path))
        else:
            print(f"{name}: no {label} yet")
    version = subprocess.run(  # noqa: S603
        [str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    print(
        f"Lighthouse {version}, {'desktop' if args.desktop else 'mobile'} preset, {CHROME}, "
        f"{time.strftime('%H:%M UTC', time.gmtime())}; targets: "
        + ", ".join(
            f"{key} {'>=' if key == 'performance' else ''}{v}" for key, v in TARGETS.items()
        )
    )
    print(
        "  (benchmark index: Lighthouse's measure of this machine's speed at the time; below "
        "about 1,000 it warns that the performance score is unreliable)"
    )
    print(f"  {'page':<10} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'index':>6}  path")
    with load.serve() as base:
        for name, path in pages:
            load.probe(
                base + path
            )  # warm the worker and the page cache, as a visitor would find it
            report = None
            for _attempt in range(2):  # Chromium's trace recording fails now and then
                try:
                    report = lighthouse(base + path, name, args.desktop)
                    break
                except subprocess.CalledProcessError as error:
                    failure = error.stderr.decode().strip()[-300:]
            if report is None:
                print(f"  {name:<10} lighthouse failed twice: {failure}")
                continue
            scores = [round((report["categories"][key]["score"] or 0) * 100) for key in CATEGORIES]
            index = report.get("environment", {}).get("benchmarkIndex") or 0
            print(
                f"  {name:<10} " + " ".join(f"{s:>5}" for s in scores) + f" {index:>6.0f}  {path}",
                flush=True,
            )
            for line in costs(report):
                print(f"      lost: {line}")


if __name__ == "__main__":
    main()
