"""Related-reading quality: precision at 3 over the evaluation set in tests/related/.

    .venv/bin/python bench/related_quality.py

Precision at 3 = share of each article's three suggestions that come from its own subject
group. Prints the figure with and without topics/tags/audiences, per group, and the misses.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.related.evaluation_set import ARTICLES, GROUPS  # noqa: E402
from tests.related.quality import neighbour_lists, precision_at_k  # noqa: E402

K = 3
TARGET = 0.9


def main() -> None:
    lists = neighbour_lists(ARTICLES, K)
    overall = precision_at_k(ARTICLES, K)
    metadata = ("topics", "tags", "audiences")
    bare = [{k: v for k, v in a.items() if k not in metadata} for a in ARTICLES]
    text_only = precision_at_k(bare, K)
    print(f"evaluation set: {len(ARTICLES)} articles in {len(GROUPS)} groups")
    verdict = "met" if overall >= TARGET else "MISSED"
    print(f"precision@{K}: {overall:.3f}  (target >= {TARGET}: {verdict})")
    print(f"precision@{K}, text only (no topics, tags or audiences): {text_only:.3f}")
    for group in GROUPS:
        members = [i for i, a in enumerate(ARTICLES) if a["group"] == group]
        hits = sum(ARTICLES[j]["group"] == group for i in members for j in lists[i])
        print(f"  {group:<15} {hits / (K * len(members)):.3f}")
    for i, found in lists.items():
        misses = [ARTICLES[j] for j in found if ARTICLES[j]["group"] != ARTICLES[i]["group"]]
        for miss in misses:
            print(f"  miss: {ARTICLES[i]['title']!r} -> {miss['title']!r} ({miss['group']})")


if __name__ == "__main__":
    main()
