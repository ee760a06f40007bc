"""Every document's neighbours at once, with numpy: the same results as `Index.neighbours`.

The inverted index is flattened into arrays sorted by term (rows, weights, and where each
term's run starts). The cosines of a block of documents against the whole corpus are then a
gather of their query terms' runs and one `bincount` into a (block x corpus) matrix: C loops
instead of Python ones, which is what makes a 10,000-article rebuild take seconds. Boosts
and the final ranking only touch each document's pool of closest candidates.
"""

import numpy as np

from articles.recommend.engine import AUDIENCE_BOOST, POOL, QUERY_TERMS, TOPIC_BOOST, Index, top_k
from articles.recommend.semantic import LEXICAL_WEIGHT, SEMANTIC_WEIGHT

BLOCK = 64  # documents scored together: big enough to amortise numpy calls, small in memory


class _Terms:
    """Each document's terms as flat arrays (grouped by document), the same entries regrouped
    by term (for term t, rows[starts[t]:starts[t+1]] hold it), and which entries a document
    queries with: its QUERY_TERMS strongest, ties alphabetical, as engine.query_terms."""

    def __init__(self, vectors: list[dict[str, float]]):
        labels: dict[str, int] = {}
        names = [sorted(v) for v in vectors]
        lengths = np.fromiter((len(n) for n in names), dtype=np.int64, count=len(names))
        self.doc_starts = np.zeros(len(names) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self.doc_starts[1:])
        self.keys = np.fromiter(
            (labels.setdefault(t, len(labels)) for n in names for t in n), dtype=np.int64
        )
        self.weights = np.fromiter(
            (v[t] for v, n in zip(vectors, names, strict=True) for t in n), dtype=np.float64
        )
        self.doc_rows = np.repeat(np.arange(len(names), dtype=np.int64), lengths)
        order = np.argsort(self.keys, kind="stable")
        self.rows = self.doc_rows[order]
        self.row_weights = self.weights[order]
        self.starts = np.zeros(len(labels) + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.keys, minlength=len(labels)), out=self.starts[1:])
        size = len(self.keys)
        strongest = np.lexsort((np.arange(size), -self.weights, self.doc_rows))
        rank = np.empty(size, dtype=np.int64)
        rank[strongest] = np.arange(size) - self.doc_starts[self.doc_rows[strongest]]
        self.query = rank < QUERY_TERMS

    def cosines(self, first: int, last: int, n: int) -> np.ndarray:
        """(last-first) x n matrix of cosines of documents first..last-1 with every document."""
        lo, hi = self.doc_starts[first], self.doc_starts[last]
        use = self.query[lo:hi]
        keys = self.keys[lo:hi][use]
        run_lo = self.starts[keys]
        run_len = self.starts[keys + 1] - run_lo
        positions = np.repeat(run_lo - np.cumsum(run_len) + run_len, run_len)
        positions += np.arange(int(run_len.sum()))
        cells = np.repeat(self.doc_rows[lo:hi][use] - first, run_len) * n + self.rows[positions]
        values = self.row_weights[positions] * np.repeat(self.weights[lo:hi][use], run_len)
        return np.bincount(cells, values, minlength=(last - first) * n).reshape(last - first, n)


def _padded(sets) -> tuple[np.ndarray, np.ndarray]:
    """Sets of labels as a (documents x widest) matrix padded with -1, and each set's size."""
    ids: dict = {}
    coded = [[ids.setdefault(x, len(ids)) for x in s] for s in sets]
    width = max((len(c) for c in coded), default=0) or 1
    matrix = np.full((len(coded), width), -1, dtype=np.int64)
    for row, c in enumerate(coded):
        matrix[row, : len(c)] = c
    return matrix, np.array([len(c) for c in coded], dtype=np.int64)


def _shared(padded: np.ndarray, rows: np.ndarray, pool: np.ndarray) -> np.ndarray:
    """For each (row, candidate) pair, how many labels they have in common."""
    mine = padded[rows][:, None, :, None]
    theirs = padded[pool][:, :, None, :]
    return ((mine == theirs) & (mine >= 0)).sum(axis=(2, 3))


def _embeddings(index: Index, doc_ids: list[int]):
    """The centred embeddings in `doc_ids` order (zero rows where missing), and which exist."""
    semantic = index.semantic
    if semantic is None or not len(semantic):
        return None, None
    rows = np.array([semantic.rows.get(d, -1) for d in doc_ids], dtype=np.int64)
    has = rows >= 0
    matrix = np.zeros((len(doc_ids), semantic.matrix.shape[1]), dtype=np.float32)
    matrix[has] = semantic.matrix[rows[has]]
    return matrix, has


def all_neighbours(index: Index, k: int) -> dict[int, list[tuple[int, float]]]:
    doc_ids = list(index.entries)
    n = len(doc_ids)
    if n == 0:
        return {}
    entries = [index.entries[d] for d in doc_ids]
    terms = _Terms([e.vector for e in entries])
    topics, topic_sizes = _padded(e.topics for e in entries)
    audiences, _sizes = _padded(e.audiences for e in entries)
    ids = np.array(doc_ids, dtype=np.int64)
    pool_size = min(POOL, n)
    embedded, has_embedding = _embeddings(index, doc_ids)
    out = {}
    for first in range(0, n, BLOCK):
        last = min(n, first + BLOCK)
        rows = np.arange(first, last)
        cos = terms.cosines(first, last, n)
        if embedded is not None:
            # engine.blend for pairs that both have an embedding, the cosine alone otherwise.
            both = has_embedding[first:last, None] & has_embedding[None, :]
            sims = embedded[first:last] @ embedded.T
            cos = np.where(both, LEXICAL_WEIGHT * cos + SEMANTIC_WEIGHT * sims, cos)
        cos[rows - first, rows] = 0.0
        if pool_size < n:
            pool = np.argpartition(-cos, pool_size - 1, axis=1)[:, :pool_size]
        else:
            pool = np.broadcast_to(np.arange(n), (last - first, n))
        pool_cos = np.take_along_axis(cos, pool, axis=1)
        shared = _shared(topics, rows, pool)
        union = topic_sizes[rows][:, None] + topic_sizes[pool] - shared
        topic_boost = np.divide(
            TOPIC_BOOST * shared, union, out=np.zeros(shared.shape), where=shared > 0
        )
        audience_boost = np.where(_shared(audiences, rows, pool) > 0, AUDIENCE_BOOST, 0.0)
        boosted = pool_cos + (topic_boost + audience_boost)
        for offset in range(last - first):
            found = pool_cos[offset] > 0
            candidates = zip(
                ids[pool[offset][found]].tolist(), boosted[offset][found].tolist(), strict=True
            )
            out[doc_ids[first + offset]] = top_k(candidates, k)
    return out
