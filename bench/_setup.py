"""Shared start-up for benchmark scripts: Django on haven.settings.bench, and a p50/p95 printer.

Run a benchmark from the repository root: `.venv/bin/python bench/NAME.py`.
"""

import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    # Benchmarks keep their own SQLite files here; a fresh clone has no var/ yet.
    (ROOT / "var" / "bench").mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haven.settings.bench")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def report(name: str, samples_ms: list[float], target_p95_ms: float | None = None) -> None:
    p50, p95 = percentile(samples_ms, 0.50), percentile(samples_ms, 0.95)
    verdict = ""
    if target_p95_ms is not None:
        outcome = "met" if p95 <= target_p95_ms else "MISSED"
        verdict = f"  target p95 <= {target_p95_ms:g} ms: {outcome}"
    print(
        f"{name}: n={len(samples_ms)} mean={statistics.fmean(samples_ms):.2f} ms "
        f"p50={p50:.2f} ms p95={p95:.2f} ms max={max(samples_ms):.2f} ms{verdict}"
    )
