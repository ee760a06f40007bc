"""Precision at k on the related-reading evaluation sets: shared by the tests and
bench/related_quality.py.

Three sets: today's team set (tests/related/team_set.json, with topics, tags and
audiences), and the independent dev and held-out sets in tests/evaluation/related/ (title and
body only). The engine sees a Document built from an article's text fields and a running
number, never the set's ids (which name the group) nor the group itself.
"""

import json
from pathlib import Path

import numpy as np

from articles.recommend.engine import SELECT_FROM, Document, Index, profile, select, shared_order
from articles.recommend.semantic import SemanticIndex
from articles.recommend.vectors import embed, embedding_text
from core.text import terms

SETS = Path(__file__).resolve().parents[1] / "evaluation" / "related"
TEXT_FIELDS = ("title", "summary", "headings", "body", "faq", "topics", "tags", "audiences")


def load_split(name: str) -> list[dict]:
    """An independent split as [{"group", "title", "body"}]: the ids are left behind."""
    data = json.loads((SETS / f"{name}.json").read_text(encoding="utf-8"))
    return [{"group": a["group"], "title": a["title"], "body": a["body"]} for a in data["articles"]]


def documents(articles) -> list[Document]:
    return [
        Document(id=i, **{key: a[key] for key in TEXT_FIELDS if key in a})
        for i, a in enumerate(articles)
    ]


def index_for(articles, embeddings: bool = False) -> Index:
    docs = documents(articles)
    index = Index.build(profile(d) for d in docs)
    if embeddings:
        vectors = embed(docs, {})
        assert vectors, "embeddings asked for, but the model is not available"
        index.semantic = SemanticIndex.build({pk: v for pk, (_key, v) in vectors.items()})
    return index


def neighbour_lists(articles, k=3, embeddings=False) -> dict[int, list[int]]:
    """Each article's first k suggestions, as the site stores them: chosen from its closest
    and put in order by shared neighbours, as sync.rebuild does."""
    index = index_for(articles, embeddings)
    pools = {i: index.neighbours(i, SELECT_FROM) for i in range(len(articles))}
    kept = {i: select(pool, pools) for i, pool in pools.items()}
    return {i: [doc for doc, _ in shared_order(found, kept)[:k]] for i, found in kept.items()}


def _ranked(similarity: np.ndarray, k: int) -> dict[int, list[int]]:
    similarity = similarity.copy()
    np.fill_diagonal(similarity, -np.inf)
    return {i: list(np.argsort(-row, kind="stable")[:k]) for i, row in enumerate(similarity)}


def tfidf_lists(articles, k=3) -> dict[int, list[int]]:
    """Baseline: plain TF-IDF cosine over every text field, no field weights or boosts."""
    counts = [terms(embedding_text(d)) for d in documents(articles)]
    vocabulary = {t: n for n, t in enumerate(sorted({t for c in counts for t in c}))}
    matrix = np.zeros((len(counts), len(vocabulary)))
    for row, c in enumerate(counts):
        for t in c:
            matrix[row, vocabulary[t]] += 1
    df = (matrix > 0).sum(0)
    matrix = np.log1p(matrix) * (np.log((len(counts) + 1) / (df + 1)) + 1)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    return _ranked(matrix @ matrix.T, k)


def embedding_lists(articles, k=3) -> dict[int, list[int]]:
    """Baseline: the model's plain cosine alone."""
    docs = documents(articles)
    vectors = embed(docs, {})
    matrix = np.stack([vectors[d.id][1] for d in docs])
    return _ranked(matrix @ matrix.T, k)


def precision(articles, lists, k=3) -> float:
    """Share of all recommendations that come from the article's own group."""
    hits = sum(articles[j]["group"] == articles[i]["group"] for i, js in lists.items() for j in js)
    return hits / (k * len(articles))


def precision_at_k(articles, k=3, embeddings=False) -> float:
    return precision(articles, neighbour_lists(articles, k, embeddings), k)
