"""Related reading's list computation alone, without a database: 10,000 synthetic articles
(bench/_related_synthetic.py), every article's neighbours, lexical only and blended with
embeddings (random unit vectors stand in for the model's: the cost is the same).

    .venv/bin/python bench/related_lists.py [--articles 10000]

This is what a rebuild with stored embeddings spends beyond reading the articles; the full
rebuild, the encoding and a publish are in bench/related_rebuild.py.
"""

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _related_synthetic import article_fields, vocabularies  # noqa: E402

from articles.recommend.bulk import all_neighbours  # noqa: E402
from articles.recommend.engine import Document, Index, profile  # noqa: E402
from articles.recommend.semantic import SemanticIndex  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    n = parser.parse_args().articles
    vocab = vocabularies()
    fields = (article_fields(i, vocab) for i in range(n))
    keep = ("title", "summary", "headings", "body", "faq", "topics", "tags", "audiences")
    docs = [Document(id=i, **{k: f[k] for k in keep}) for i, f in enumerate(fields)]
    started = time.perf_counter()
    index = Index.build(profile(d) for d in docs)
    built = time.perf_counter() - started
    started = time.perf_counter()
    all_neighbours(index, 8)
    lexical = time.perf_counter() - started
    vectors = np.random.default_rng(1).standard_normal((n, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index.semantic = SemanticIndex.build({i: vectors[i] for i in range(n)})
    started = time.perf_counter()
    all_neighbours(index, 8)
    blended = time.perf_counter() - started
    started = time.perf_counter()
    index.neighbours(5, 8)
    one = (time.perf_counter() - started) * 1000
    print(
        f"{n} articles: profiles and index {built:.1f} s; every article's neighbours: lexical "
        f"{lexical:.1f} s, with embeddings {blended:.1f} s; one article's list {one:.0f} ms "
        f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
