"""Related-reading quality: precision at 3 on every evaluation set.

    .venv/bin/python bench/related_quality.py [--misses]

Precision at 3 = share of each article's three suggestions that come from its own group.
Sets: today's team set (tests/related/team_set.json, with topics, tags and audiences) and the
independent sets in tests/evaluation/related/: dev and held-out 1 to 4 (tuning sets: each was
reported before it was tuned on) and held-out 5 (written on 2026-12-06 by a helper that never
saw the engine; reported, never tuned on).
Rows: the engine as shipped (lexical + embeddings + topic boosts), the lexical engine alone
(what runs without the model), and two baselines: a plain TF-IDF cosine and the embedding
model's cosine alone. The weights live in articles/recommend/semantic.py. `--misses` lists
the shipped engine's wrong suggestions on the tuning sets only.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.recommend import embedding  # noqa: E402
from tests.related.evaluation_set import ARTICLES  # noqa: E402
from tests.related.quality import (  # noqa: E402
    embedding_lists,
    load_split,
    neighbour_lists,
    precision,
    tfidf_lists,
)

K = 3
TARGETS = {"team": 0.95, "held-out 5": 0.9}
HELD_OUT = "held-out 5"


def main() -> None:
    sets = {
        "team": ARTICLES,
        "dev": load_split("dev"),
        "held-out 1": load_split("heldout"),
        "held-out 2": load_split("heldout2"),
        "held-out 3": load_split("heldout3"),
        "held-out 4": load_split("heldout4"),
        HELD_OUT: load_split("heldout5"),
    }
    if not embedding.available():
        print("The model package is not installed (or HAVEN_EMBEDDINGS=0): lexical rows only.")
    rows = {
        "shipped: lexical + embeddings + boosts": lambda a: neighbour_lists(a, K, True),
        "lexical engine alone (no model)": lambda a: neighbour_lists(a, K, False),
        "baseline: plain TF-IDF cosine": lambda a: tfidf_lists(a, K),
        "baseline: embedding cosine alone": lambda a: embedding_lists(a, K),
    }
    if not embedding.available():
        rows = {name: f for name, f in rows.items() if "embedding" not in name}
    header = "".join(f"{name:>14}" for name in sets)
    print(f"precision@{K}, {', '.join(f'{n}: {len(a)} articles' for n, a in sets.items())}")
    print(f"{'':42}{header}")
    shipped = {}
    started = time.perf_counter()
    for label, lists_for in rows.items():
        figures = {}
        for name, articles in sets.items():
            lists = lists_for(articles)
            figures[name] = precision(articles, lists, K)
            if label.startswith("shipped"):
                shipped[name] = (articles, lists)
        print(f"{label:42}" + "".join(f"{figures[n]:>14.3f}" for n in sets))
        if label.startswith("shipped"):
            for name, target in TARGETS.items():
                if target is not None:
                    verdict = "met" if figures[name] >= target else "MISSED"
                    print(f"  target {name} >= {target}: {verdict}")
    print(f"({time.perf_counter() - started:.1f} s, model load and encoding included)")
    if "--misses" in sys.argv:
        for name, (articles, lists) in shipped.items():
            if name == HELD_OUT:
                continue  # what it misses is never read, so it is never tuned to
            for i, found in lists.items():
                for j in found:
                    if articles[j]["group"] != articles[i]["group"]:
                        print(
                            f"  {name} miss: {articles[i]['title']!r} -> {articles[j]['title']!r}"
                        )


if __name__ == "__main__":
    main()
