"""Crisis matching quality: precision and recall for English and Spanish on the independent
evaluation sets (tests/evaluation/crisis/). The phrases were tuned on the dev split only; the
held-out split is reported, never tuned on.

    .venv/bin/python bench/crisis_quality.py [--misses]

Precision: of the queries that showed the crisis panel, the share that were crisis queries.
Recall: of the crisis queries, the share that showed the panel. "either" lists are not scored.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.search.crisis_evaluation import score  # noqa: E402


def main() -> None:
    show_misses = "--misses" in sys.argv
    header = f"{'split':<9}{'language':<10}{'precision':>10}{'recall':>8}"
    print(f"{header}  caught / crisis queries, false alarms")
    for split in ("dev", "heldout"):
        for language in ("en", "es"):
            s = score(split, language)
            print(
                f"{split:<9}{language:<10}{s.precision:>10.3f}{s.recall:>8.3f}"
                f"  {s.caught}/{s.crisis}, {s.false_alarms}"
            )
            if show_misses and split == "dev":
                for query in s.missed:
                    print(f"    missed: {query}")
                for query in s.alarmed:
                    print(f"    false alarm: {query}")


if __name__ == "__main__":
    main()
