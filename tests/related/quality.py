"""Precision at k over the evaluation set: shared by the test and bench/related_quality.py."""

from articles.recommend.engine import Document, Index, profile


def neighbour_lists(articles, k=3) -> dict[int, list[int]]:
    docs = [
        Document(id=i, **{key: v for key, v in a.items() if key != "group"})
        for i, a in enumerate(articles)
    ]
    index = Index.build(profile(d) for d in docs)
    return {i: [doc for doc, _ in index.neighbours(i, k)] for i in range(len(articles))}


def precision_at_k(articles, k=3) -> float:
    """Share of all recommendations that come from the article's own group."""
    lists = neighbour_lists(articles, k)
    hits = sum(articles[j]["group"] == articles[i]["group"] for i, js in lists.items() for j in js)
    return hits / (k * len(articles))
