"""Article embeddings held as one matrix, and how their similarity blends with the lexical score.

Embeddings are unit vectors from articles/recommend/embedding.py, computed in the worker and
stored (ArticleVector.embedding). Their raw cosines share a large common part (every article
here is about mental health), so similarities are taken after subtracting the corpus mean
(kept in RelatedCorpus, refreshed by each full rebuild), which spreads related and unrelated
pairs apart: on the dev set, precision at 3 went from 0.91 to 0.92 with it, and the blend
with the lexical score from 0.91 to 0.93.

    score(a, b) = LEXICAL_WEIGHT * lexical cosine + SEMANTIC_WEIGHT * centred embedding cosine
                  + topic and audience boosts (engine.boost)

The weights were chosen on today's team set and tests/evaluation/related/dev.json (see
bench/related_quality.py); an article without an embedding (model absent, or not encoded yet)
is compared by its lexical cosine alone, as before.
"""

import numpy as np

LEXICAL_WEIGHT = 0.4
SEMANTIC_WEIGHT = 0.6
# A document's closest others by embedding join its candidate pool (beside the lexical pool),
# so an article that says the same thing in other words can be found at all.
SEMANTIC_POOL = 64


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data) -> np.ndarray | None:
    if not data:
        return None
    return np.frombuffer(bytes(data), dtype="<f4").copy()


def centred(matrix: np.ndarray, mean: np.ndarray | None) -> np.ndarray:
    """Rows minus the corpus mean, back to unit length (zero rows stay zero)."""
    if mean is None or not len(matrix):
        return matrix
    out = matrix - mean
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return np.divide(out, norms, out=np.zeros_like(out), where=norms > 0)


class SemanticIndex:
    """Centred unit embeddings of the indexed documents, one row each, with room to grow."""

    def __init__(self, mean: np.ndarray | None = None, dimensions: int = 384):
        self.mean = None if mean is None else np.asarray(mean, dtype=np.float32)
        self.rows: dict[int, int] = {}
        self.ids: list[int | None] = []
        self.matrix = np.zeros((0, dimensions), dtype=np.float32)

    @classmethod
    def build(cls, vectors: dict[int, np.ndarray]) -> "SemanticIndex":
        """An index whose mean is that of `vectors` (a full rebuild)."""
        if not vectors:
            return cls()
        stacked = np.stack(list(vectors.values())).astype(np.float32)
        index = cls(stacked.mean(0), stacked.shape[1])
        index.put_many(vectors)
        return index

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, doc_id) -> bool:
        return doc_id in self.rows

    def put_many(self, vectors: dict[int, np.ndarray]) -> None:
        if not vectors:
            return
        ids = list(vectors)
        block = centred(np.stack([vectors[i] for i in ids]).astype(np.float32), self.mean)
        for doc_id in ids:
            self.discard(doc_id)
        start = len(self.ids)
        if start + len(ids) > len(self.matrix):
            size = max(2 * len(self.matrix), start + len(ids))
            grown = np.zeros((size, block.shape[1]), np.float32)
            grown[:start] = self.matrix[:start]
            self.matrix = grown
        self.matrix[start : start + len(ids)] = block
        for offset, doc_id in enumerate(ids):
            self.rows[doc_id] = start + offset
            self.ids.append(doc_id)

    def put(self, doc_id: int, vector: np.ndarray) -> None:
        self.put_many({doc_id: vector})

    def discard(self, doc_id: int) -> None:
        row = self.rows.pop(doc_id, None)
        if row is not None:
            # The row stays as a hole (zeros, id None): similarities to it are 0 and skipped.
            self.ids[row] = None
            self.matrix[row] = 0.0

    def similarities(self, doc_id: int) -> dict[int, float]:
        """Centred cosine of `doc_id` with every other document that has an embedding."""
        row = self.rows.get(doc_id)
        if row is None:
            return {}
        sims = self.matrix[: len(self.ids)] @ self.matrix[row]
        return {
            other: float(sims[r])
            for r, other in enumerate(self.ids)
            if other is not None and other != doc_id
        }

    def closest(self, doc_id: int, count: int) -> dict[int, float]:
        sims = self.similarities(doc_id)
        if len(sims) <= count:
            return sims
        ranked = sorted(sims.items(), key=lambda item: (-item[1], item[0]))[:count]
        return dict(ranked)


def blend(lexical: float, semantic: float | None) -> float:
    """One pair's base score (before boosts). Without an embedding the lexical cosine stands
    alone, on the scale it had before embeddings existed."""
    if semantic is None:
        return lexical
    return LEXICAL_WEIGHT * lexical + SEMANTIC_WEIGHT * semantic
