"""Suggested topics for an article filed under none (imported, or newly written).

Each topic's centroid is the mean of its live articles' stored vectors; an article without
topics is compared with every centroid, and the closest few, clearly ahead of the rest, are
suggested. The embedding is used when the model is available (the article is encoded here, in
the worker), otherwise the lexical TF-IDF vector. Suggestions are stored (TopicSuggestion) and
shown in the editor beside the Topics field; they are never applied: the editor ticks them,
or not.
"""

import math

import numpy as np
from django.db import transaction

from articles.recommend.engine import Document, Index, profile
from articles.recommend.semantic import centred, from_bytes
from articles.recommend.storage import ArticleVector, RelatedCorpus, TopicSuggestion
from articles.recommend.vectors import embed
from core.body_text import body_parts

MAX_SUGGESTIONS = 3
MIN_ARTICLES = 2  # a topic with one article has no centre yet, only that article
# A suggestion must score at least this share of the best one: "Burnout, and maybe Anxiety",
# not every topic in the list.
RELATIVE_FLOOR = 0.75
MIN_SEMANTIC, MIN_LEXICAL = 0.1, 0.05


def document_for(page) -> Document:
    """The article as the editor left it (the page object may be the latest draft)."""
    texts = body_parts(page.body)
    return Document(
        id=page.pk or 0,
        title=page.title,
        summary=page.summary or "",
        headings=" ".join(texts["headings"]),
        body=" ".join(texts["body"]),
        faq=" ".join(texts["faq"]),
        tags=list(page.tags.names()) if page.pk else [],
        audiences=list(page.audiences or []),
    )


def _members() -> dict[int, list[int]]:
    from articles.models import ArticlePage
    from articles.recommend.sync import eligible_articles

    rows = ArticlePage.topics.through.objects.filter(
        articlepage_id__in=eligible_articles().values("pk")
    ).values_list("topic_id", "articlepage_id")
    members: dict[int, list[int]] = {}
    for topic_id, page_id in rows:
        members.setdefault(topic_id, []).append(page_id)
    return {t: pages for t, pages in members.items() if len(pages) >= MIN_ARTICLES}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


def _scores(doc: Document, members: dict[int, list[int]]) -> tuple[dict[int, float], float]:
    """Similarity of `doc` to each topic's centroid, and the floor a suggestion must pass."""
    ids = {pk for pages in members.values() for pk in pages}
    stored = {
        pk: (terms, from_bytes(data))
        for pk, terms, data in ArticleVector.objects.filter(page_id__in=ids).values_list(
            "page_id", "terms", "embedding"
        )
    }
    corpus = RelatedCorpus.objects.order_by("pk").first()
    mine = embed([doc], {})
    if mine and all(stored[pk][1] is not None for pk in ids if pk in stored):
        mean = from_bytes(corpus.embedding_mean) if corpus else None
        me = centred(mine[doc.id][1][None, :], mean)[0]
        scores = {}
        for topic, pages in members.items():
            rows = [stored[pk][1] for pk in pages if pk in stored]
            if rows:
                centre = centred(np.stack(rows), mean).mean(0)
                scores[topic] = float(me @ centre / (np.linalg.norm(centre) or 1.0))
        return scores, MIN_SEMANTIC
    index = Index(corpus.n_docs, corpus.df) if corpus else Index()
    me = index.vector(profile(doc))
    scores = {}
    for topic, pages in members.items():
        centre: dict[str, float] = {}
        for pk in pages:
            for term, weight in stored.get(pk, ({}, None))[0].items():
                if not term.startswith(("topic:", "tag:")):
                    centre[term] = centre.get(term, 0.0) + weight
        scores[topic] = _cosine(me, centre)
    return scores, MIN_LEXICAL


def suggest(page) -> list[tuple[int, float]]:
    """(topic id, score) of the topics to suggest for `page`, best first."""
    members = _members()
    if not members:
        return []
    scores, floor = _scores(document_for(page), members)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < floor:
        return []
    best = ranked[0][1]
    return [(t, round(s, 4)) for t, s in ranked[:MAX_SUGGESTIONS] if s >= RELATIVE_FLOOR * best]


def refresh(page_id: int) -> list[tuple[int, float]]:
    """Recompute and store the suggestions for one article; none if it has topics now."""
    from articles.models import ArticlePage

    page = ArticlePage.objects.filter(pk=page_id).first()
    if page is None:
        return []
    draft = page.get_latest_revision_as_object()
    found = [] if draft.topics.exists() or page.topics.exists() else suggest(draft)
    with transaction.atomic():
        TopicSuggestion.objects.filter(page_id=page_id).delete()
        TopicSuggestion.objects.bulk_create(
            TopicSuggestion(page_id=page_id, topic_id=topic, score=score, rank=rank)
            for rank, (topic, score) in enumerate(found, start=1)
        )
    return found
