"""Site search quality in English and Spanish on the independent evaluation sets
(tests/evaluation/search/), through the real engine on SQLite (FTS5).

    .venv/bin/python bench/search_quality.py [--misses]

Each split's 40 documents are published as pages (English and Spanish trees) in a fresh
database, var/bench/search_quality.sqlite3; each query runs in its own language. Figures:
success@1 and @3 (a relevant page first / in the first three), MRR and recall in the first
ten. The Spanish rows are also run with English rules (what search did before it read
Spanish). Tuned on dev only; held-out is reported, never tuned on.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("BENCH_DATABASE", "search_quality")

from _setup import ROOT, setup_django  # noqa: E402

DATABASE = ROOT / "var" / "bench" / "search_quality.sqlite3"


def main() -> None:
    if not os.environ.get("DATABASE_URL"):
        DATABASE.unlink(missing_ok=True)  # a fresh site for every split
    setup_django()
    from django.core.cache import cache
    from django.db import transaction

    from tests.search.search_evaluation import build_pages, load_split, score

    show_misses = "--misses" in sys.argv
    print(f"{'split':<9}{'queries':<24}{'n':>4}{'s@1':>7}{'s@3':>7}{'MRR':>7}{'recall@10':>11}")
    for name in ("dev", "heldout"):
        split = load_split(name)
        with transaction.atomic():
            cache.clear()
            page_of = build_pages(split["documents"])
            rows = [
                ("English", "en", None),
                ("Spanish", "es", None),
                ("Spanish, English rules", "es", "en"),
            ]
            for label, language, rules in rows:
                f = score(split, page_of, language, rules)
                print(
                    f"{name:<9}{label:<24}{f.queries:>4}{f.success_at_1:>7.3f}"
                    f"{f.success_at_3:>7.3f}{f.mrr:>7.3f}{f.recall:>11.3f}"
                )
                if show_misses and name == "dev" and rules is None:
                    for miss in f.misses:
                        print(f"    {miss}")
            transaction.set_rollback(True)


if __name__ == "__main__":
    main()
