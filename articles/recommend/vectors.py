"""Which articles need a new embedding, and computing them: the glue between sync.py and the
model (embedding.py).

An embedding is stored with a key: a hash of the model's name and the exact text encoded. A
rebuild or publish re-encodes an article only when its key changed, so a nightly rebuild of an
unchanged corpus encodes nothing, and the first rebuild after installing the model encodes
everything once (bench/related_rebuild.py measures both).
"""

import hashlib

import numpy as np

from articles.recommend import embedding
from articles.recommend.engine import Document


def embedding_text(doc: Document) -> str:
    """What the model reads: title, summary, headings, body, questions, in that order. The
    model keeps the first 256 tokens, so a long article is judged by its opening."""
    parts = (doc.title, doc.summary, doc.headings, doc.body, doc.faq)
    return "\n".join(part.strip() for part in parts if part and part.strip())


def embedding_key(text: str) -> str:
    return hashlib.sha1(f"{embedding.MODEL_NAME}\n{text}".encode()).hexdigest()  # noqa: S324


def embed(
    docs: list[Document], stored: dict[int, tuple[str, np.ndarray]], progress=None
) -> dict[int, tuple[str, np.ndarray]]:
    """(key, vector) for every doc: the stored one when its key still matches, otherwise
    encoded now, in batches (`progress(done, total)` after each). Empty when the model is
    unavailable: related reading is then lexical only."""
    if not embedding.available():
        return {}
    out, todo = {}, []
    for doc in docs:
        text = embedding_text(doc)
        key = embedding_key(text)
        known = stored.get(doc.id)
        if known is not None and known[0] == key and known[1] is not None:
            out[doc.id] = known
        else:
            todo.append((doc.id, key, text))
    if todo:
        vectors = embedding.encode([text for _, _, text in todo], progress)
        for (pk, key, _text), vector in zip(todo, vectors, strict=True):
            out[pk] = (key, vector)
    return out
