"""Keeping stored related reading current: the database side of the engine.

`rebuild()` re-reads every eligible article (live, public, not expired), weighs the whole
corpus and stores each article's neighbours. `update(ids)` handles one publish, unpublish or
delete: it re-weighs only the changed articles and recomputes the lists they enter or leave,
through the inverted index that a worker keeps in memory between tasks (reloaded from
ArticleVector rows whenever RelatedCorpus.version shows another process wrote since).
"""

import heapq
import json
import threading
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Count, F, Min, Q

from articles.program_matching import store_care_terms
from articles.recommend.bulk import all_neighbours
from articles.recommend.engine import (
    SELECT_FROM,
    STORED,
    Document,
    Entry,
    Index,
    profile,
    select,
    shared_order,
)
from articles.recommend.semantic import SemanticIndex, from_bytes, to_bytes
from articles.recommend.storage import (
    ArticleCareTerm,
    ArticleVector,
    RelatedArticle,
    RelatedCorpus,
)
from articles.recommend.vectors import embed
from core.body_text import body_parts
from core.visibility import public_q

# After a publish, how many of the article's closest others are checked for entering it into
# their own lists.
CANDIDATES = 500
_WEIGHT_DIGITS = 6


# --- article text as plain data -----------------------------------------------------------


def eligible_articles():
    """Articles that may be recommended: live, outside private sections, not expired."""
    from articles.models import ArticlePage

    return ArticlePage.objects.filter(public_q())


def load_documents(page_ids=None) -> list[Document]:
    """Plain-data Documents for eligible articles (all of them, or those in `page_ids`), in
    three queries whatever their number."""
    from articles.models import ArticlePage, ArticlePageTag

    pages = eligible_articles()
    if page_ids is not None:
        pages = pages.filter(pk__in=list(page_ids))
    docs = {}
    for pk, title, summary, body, audiences in pages.values_list(
        "pk", "title", "summary", "body", "audiences"
    ):
        texts = body_parts(body)
        docs[pk] = Document(
            id=pk,
            title=title,
            summary=summary,
            headings=" ".join(texts["headings"]),
            body=" ".join(texts["body"]),
            faq=" ".join(texts["faq"]),
            audiences=list(audiences or []),
        )
    wanted = list(docs) if page_ids is not None else pages.values("pk")
    topic_rows = ArticlePage.topics.through.objects.filter(articlepage_id__in=wanted)
    for pk, slug, name in topic_rows.values_list("articlepage_id", "topic__slug", "topic__name"):
        if pk in docs:
            docs[pk].topics.append(slug)
            docs[pk].topic_names.append(name)
    tag_rows = ArticlePageTag.objects.filter(content_object_id__in=wanted)
    for pk, name in tag_rows.values_list("content_object_id", "tag__name"):
        if pk in docs:
            docs[pk].tags.append(name)
    return list(docs.values())


# --- the in-memory index a process keeps --------------------------------------------------


@dataclass
class _State:
    version: int
    index: Index


_cache: dict[str, _State] = {}
_lock = threading.Lock()


def _topic_conditions() -> dict[str, list[str]]:
    from articles.models import Topic

    return dict(Topic.objects.values_list("slug", "conditions"))


def _corpus() -> RelatedCorpus:
    corpus = RelatedCorpus.objects.order_by("pk").first()
    return corpus or RelatedCorpus.objects.create()


def _entered(scores: dict[int, float]) -> set[int]:
    """Articles whose stored list `scores` (one article's similarity to each) would enter:
    lists not yet full, or whose last entry scores lower. Similarity is symmetric, so one
    article's own scores answer this for everyone. Only its CANDIDATES closest are checked
    (one query); a list that far down is left to the next full rebuild."""
    closest = heapq.nlargest(CANDIDATES, scores.items(), key=lambda item: item[1])
    lists = RelatedArticle.objects.filter(source_id__in=[pk for pk, _ in closest])
    sizes = lists.values("source_id").annotate(size=Count("pk"), lowest=Min("score"))
    last = {row["source_id"]: row["lowest"] for row in sizes if row["size"] >= STORED}
    return {pk for pk, score in closest if pk not in last or score > last[pk]}


def _load_state(corpus: RelatedCorpus) -> _State:
    index = Index(corpus.n_docs, corpus.df)
    entries, postings = index.entries, index.postings
    index.semantic = SemanticIndex(from_bytes(corpus.embedding_mean))
    vectors = {}
    rows = ArticleVector.objects.values_list("page_id", "terms", "topics", "audiences", "embedding")
    for pk, terms, topics, audiences, embedded in rows.iterator(chunk_size=2000):
        if embedded:
            vectors[pk] = from_bytes(embedded)
        # Index.put, inlined: this loop runs once per stored term of every article.
        entries[pk] = Entry(terms, frozenset(topics), frozenset(audiences))
        for term, weight in terms.items():
            bucket = postings.get(term)
            if bucket is None:
                postings[term] = {pk: weight}
            else:
                bucket[pk] = weight
    index.semantic.put_many(vectors)
    return _State(corpus.version, index)


def _state_for(corpus: RelatedCorpus) -> _State:
    state = _cache.get("state")
    if state is None or state.version != corpus.version:
        state = _load_state(corpus)
        _cache["state"] = state
    return state


def _bump(corpus: RelatedCorpus, state: _State, **fields) -> None:
    RelatedCorpus.objects.filter(pk=corpus.pk).update(version=F("version") + 1, **fields)
    state.version = RelatedCorpus.objects.values_list("version", flat=True).get(pk=corpus.pk)
    _cache["state"] = state


def _vector_row(pk: int, entry: Entry, embedded=None) -> ArticleVector:
    key, vector = embedded or ("", None)
    return ArticleVector(
        page_id=pk,
        terms={t: round(w, _WEIGHT_DIGITS) for t, w in entry.vector.items()},
        topics=sorted(entry.topics),
        audiences=sorted(entry.audiences),
        embedding=None if vector is None else to_bytes(vector),
        embedding_key=key,
    )


def _stored_embeddings(page_ids=None) -> dict:
    rows = ArticleVector.objects.exclude(embedding=None)
    if page_ids is not None:
        rows = rows.filter(page_id__in=list(page_ids))
    return {
        pk: (key, from_bytes(data))
        for pk, key, data in rows.values_list("page_id", "embedding_key", "embedding")
    }


def _neighbour_rows(pk: int, found) -> list[RelatedArticle]:
    return [
        RelatedArticle(source_id=pk, target_id=other, rank=rank, score=score)
        for rank, (other, score) in enumerate(found, start=1)
    ]


# --- the two entry points ------------------------------------------------------------------


def rebuild(progress=None) -> dict:
    """Recompute every article's vector and neighbours from scratch. Embeddings are reused
    where the text is unchanged, the others encoded in batches (`progress(done, total)`)."""
    docs = load_documents()
    embedded = embed(docs, _stored_embeddings(), progress)
    index = Index.build(profile(d) for d in docs)
    index.semantic = SemanticIndex.build({pk: vector for pk, (_key, vector) in embedded.items()})
    pools = all_neighbours(index, SELECT_FROM)
    kept = {pk: select(pool, pools) for pk, pool in pools.items()}
    neighbours = {pk: shared_order(found, kept) for pk, found in kept.items()}
    suggestions = [
        (pk, other, rank, score)
        for pk, found in neighbours.items()
        for rank, (other, score) in enumerate(found, start=1)
    ]
    vectors = []
    for pk, entry in index.entries.items():
        row = _vector_row(pk, entry, embedded.get(pk))
        values = (row.terms, row.topics, row.audiences)
        vectors.append(
            (pk, *(json.dumps(value) for value in values), row.embedding, row.embedding_key)
        )
    mean = index.semantic.mean
    with _lock, transaction.atomic():
        corpus = _corpus()
        columns = ["page", "terms", "topics", "audiences", "embedding", "embedding_key"]
        _replace_all(ArticleVector, columns, vectors)
        _replace_all(RelatedArticle, ["source", "target", "rank", "score"], suggestions)
        store_care_terms(docs, _topic_conditions(), replace_all=True)
        _bump(
            corpus,
            _State(0, index),
            n_docs=index.n_docs,
            df=index.df,
            embedding_mean=None if mean is None else to_bytes(mean),
        )
    return {"articles": len(docs), "suggestions": len(suggestions), "embedded": len(embedded)}


def _replace_all(model, fields: list[str], rows: list[tuple]) -> None:
    """Empty `model`'s table and insert `rows` with executemany. Model instances and the
    delete collector (which loads every row when any delete signal is connected) would cost
    more than the rebuild's maths; nothing else points at these tables."""
    model.objects.all()._raw_delete(connection.alias)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})"  # noqa: S608
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 5000):
            cursor.executemany(sql, rows[start : start + 5000])


def update(page_ids, also=()) -> dict:
    """Bring stored related reading up to date after `page_ids` changed (published,
    unpublished, deleted, made private). `also`: articles known to list them (a deleted page's
    rows are gone by the time this runs, so the signal handler collects them beforehand)."""
    ids = {int(pk) for pk in page_ids}
    with _lock:
        try:
            return _update(ids, also)
        except BaseException:
            # The in-memory index may hold changes the rolled-back transaction did not.
            forget_cache()
            raise


def _update(ids: set[int], also) -> dict:
    with transaction.atomic():
        corpus = _corpus()
        state = _state_for(corpus)
        index = state.index
        docs = {doc.id: doc for doc in load_documents(ids)}
        # Lists these articles were in, and the lists they held, before the change.
        before = RelatedArticle.objects.filter(Q(target_id__in=ids) | Q(source_id__in=ids))
        affected = {int(pk) for pk in also}
        pairs = list(before.values_list("source_id", "target_id"))
        for source, target in pairs:
            affected.update((source, target))
        gone = ids - docs.keys()
        # Lists that lose a deleted or hidden article change whatever is recomputed below.
        changed = {source for source, target in pairs if target in gone} - gone
        for pk in gone:
            index.discard(pk)
        if gone:
            ArticleVector.objects.filter(page_id__in=gone).delete()
            RelatedArticle.objects.filter(Q(source_id__in=gone) | Q(target_id__in=gone)).delete()
            ArticleCareTerm.objects.filter(article_id__in=gone).delete()
        store_care_terms(list(docs.values()), _topic_conditions())
        # Encoded here, in the worker: the one publish costs one short model call.
        embedded = embed(list(docs.values()), _stored_embeddings(docs))
        for pk, doc in docs.items():
            entry = index.add(profile(doc))
            row = _vector_row(pk, entry, embedded.get(pk))
            if row.embedding is not None:
                index.semantic.put(pk, embedded[pk][1])
            else:
                index.semantic.discard(pk)
            ArticleVector.objects.update_or_create(
                page_id=pk,
                defaults={
                    "terms": row.terms,
                    "topics": row.topics,
                    "audiences": row.audiences,
                    "embedding": row.embedding,
                    "embedding_key": row.embedding_key,
                },
            )
            affected.add(pk)
            affected |= _entered(index.scores(pk))
        affected = [pk for pk in affected - gone if pk in index.entries]
        pools = {pk: index.neighbours(pk, SELECT_FROM) for pk in affected}
        # Stored lists of the candidates not recomputed here, to choose and order by; their
        # own lists, which depend on their candidates' lists in turn, wait for the next full
        # rebuild. A stored list holds its article's closest by score, as a fresh pool does.
        others = {other for pool in pools.values() for other, _ in pool} - pools.keys()
        lists: dict[int, list[tuple[int, float]]] = {}
        around = RelatedArticle.objects.filter(source_id__in=others)
        for source, target, score in around.values_list("source_id", "target_id", "score"):
            lists.setdefault(source, []).append((target, score))
        candidates = {**lists, **pools}
        kept = {pk: select(pool, candidates) for pk, pool in pools.items()}
        lists.update(kept)
        rows = []
        for pk in affected:
            rows.extend(_neighbour_rows(pk, shared_order(kept[pk], lists)))
        stored = RelatedArticle.objects.filter(source_id__in=affected)
        old = _lists(stored.values_list("source_id", "target_id"))  # in rank order
        new = _lists((row.source_id, row.target_id) for row in rows)
        changed |= {pk for pk in affected if old.get(pk, []) != new.get(pk, [])}
        stored.delete()
        RelatedArticle.objects.bulk_create(rows, batch_size=1000)
        _bump(corpus, state, n_docs=index.n_docs, df=index.df)
    return {"changed": len(ids), "recomputed": len(affected), "lists_changed": sorted(changed)}


def _lists(pairs) -> dict[int, list[int]]:
    lists: dict[int, list[int]] = {}
    for source, target in pairs:
        lists.setdefault(source, []).append(target)
    return lists


def forget_cache() -> None:
    """Drop this process's in-memory index (tests, and benchmarks measuring a cold start)."""
    _cache.clear()
