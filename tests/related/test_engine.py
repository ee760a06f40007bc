"""The engine on plain data: no database, so these run in milliseconds."""

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.recommend.bulk import all_neighbours
from articles.recommend.engine import STORED, Document, Index, profile, select, shared_order
from tests.related.evaluation_set import ARTICLES, GROUPS
from tests.related.quality import precision_at_k

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _index(articles, **drop):
    docs = []
    for i, article in enumerate(articles):
        fields = {k: v for k, v in article.items() if k != "group" and k not in drop}
        docs.append(Document(id=i, **fields))
    return Index.build(profile(d) for d in docs)


def test_evaluation_set_is_big_enough_and_balanced():
    assert len(ARTICLES) >= 30
    counts = {group: sum(a["group"] == group for a in ARTICLES) for group in GROUPS}
    assert len(counts) >= 6 and min(counts.values()) >= 5


def test_precision_at_3_meets_the_bar():
    assert precision_at_k(ARTICLES, k=3) >= 0.9


def test_text_alone_carries_most_of_the_precision():
    # Without topics, tags or audiences the words still group the articles: the metadata
    # helps, it is not the whole answer.
    without_metadata = [
        {k: v for k, v in a.items() if k not in ("topics", "tags", "audiences")} for a in ARTICLES
    ]
    assert precision_at_k(without_metadata, k=3) >= 0.85


def test_never_recommends_the_article_itself_and_fills_to_k():
    index = _index(ARTICLES)
    for i in range(len(ARTICLES)):
        found = index.neighbours(i, 3)
        assert len(found) == 3
        assert i not in [doc for doc, _ in found]


def test_excluded_articles_are_skipped():
    index = _index(ARTICLES)
    first = [doc for doc, _ in index.neighbours(0, 3)]
    again = [doc for doc, _ in index.neighbours(0, 3, exclude=first[:2])]
    assert not set(first[:2]) & set(again)
    assert again[0] == first[2]


def test_title_words_count_more_than_body_words():
    docs = [
        Document(id=1, title="Night shift sleep", body="A note."),
        Document(id=2, title="Sleep after a night shift", body="Something else entirely."),
        Document(id=3, title="Something else", body="night shift sleep, once in passing."),
        Document(id=4, title="Unrelated gardening", body="Tomatoes need sun."),
    ]
    index = Index.build(profile(d) for d in docs)
    ranked = [doc for doc, _ in index.neighbours(1, 3)]
    assert ranked[:2] == [2, 3]


def test_a_shared_topic_lifts_an_otherwise_equal_article():
    body = "Groups meet in the evening by video."
    docs = [
        Document(id=1, title="Evening groups", body=body, topics=["virtual-iop"]),
        Document(id=2, title="Evening groups", body=body, topics=["anxiety"]),
        Document(id=3, title="Evening groups", body=body, topics=["virtual-iop"]),
    ]
    index = Index.build(profile(d) for d in docs)
    assert [doc for doc, _ in index.neighbours(1, 2)] == [3, 2]


def test_removed_article_disappears_from_every_list():
    index = _index(ARTICLES)
    index.remove(1)
    for i in index.entries:
        assert 1 not in [doc for doc, _ in index.neighbours(i, 5)]
    assert index.neighbours(1, 3) == []


def test_refiling_an_article_restores_its_neighbours():
    index = _index(ARTICLES)
    before = index.neighbours(4, 5)
    doc = Document(id=4, **{k: v for k, v in ARTICLES[4].items() if k != "group"})
    index.remove(4)
    assert all(4 not in [d for d, _ in index.neighbours(i, 35)] for i in index.entries)
    index.add(profile(doc), count=False)
    assert index.neighbours(4, 5) == before


def test_new_and_discarded_articles_are_counted_in_the_corpus_statistics():
    index = _index(ARTICLES)
    n_docs, df_panic = index.n_docs, index.df["panic"]
    panic = profile(Document(id=999, title="Panic at night", body="panic panic"))
    index.add(panic)
    assert (index.n_docs, index.df["panic"]) == (n_docs + 1, df_panic + 1)
    index.add(panic)  # re-filed, not counted twice
    assert index.n_docs == n_docs + 1
    index.discard(999)
    assert (index.n_docs, index.df["panic"]) == (n_docs, df_panic)


def test_bulk_path_matches_the_single_query_path_on_the_evaluation_set():
    index = _index(ARTICLES)
    bulk = all_neighbours(index, 6)
    for i in index.entries:
        assert bulk[i] == index.neighbours(i, 6)


WORDS = ["care", "sleep", "shift", "group", "video", "worry", "panic", "family", "cost", "plan"]


@FAST
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=25))
def test_bulk_path_matches_the_single_query_path_on_random_corpora(seed, n_docs):
    rng = random.Random(seed)
    docs = [
        Document(
            id=rng.randrange(1, 10**6) * 100 + i,
            title=" ".join(rng.choices(WORDS, k=3)),
            body=" ".join(rng.choices(WORDS, k=rng.randint(0, 20))),
            topics=rng.sample(["a", "b", "c"], k=rng.randint(0, 2)),
            audiences=rng.sample(["public", "loved-ones", "healthcare-workers"], k=1),
        )
        for i in range(n_docs)
    ]
    index = Index.build(profile(d) for d in docs)
    bulk = all_neighbours(index, 4)
    for doc in docs:
        assert bulk[doc.id] == index.neighbours(doc.id, 4)


def test_an_article_with_the_same_neighbours_moves_ahead_and_scores_stay():
    # 2 scores a little below 1 with the article, but the articles closest to 2 are the ones
    # closest to the article (3 and 4); 1's are others entirely.
    found = [(1, 0.50), (2, 0.48), (3, 0.40), (4, 0.35)]
    lists = {1: [(8, 0.6), (9, 0.5)], 2: [(3, 0.5), (4, 0.5), (0, 0.48)]}

    ordered = shared_order(found, lists)

    assert [doc for doc, _ in ordered] == [2, 1, 3, 4]
    assert sorted(ordered) == sorted(found)
    assert shared_order(found, {}) == found


def test_a_candidate_with_the_same_closest_articles_is_kept_over_a_stranger_with_a_higher_score():
    # The article's four closest (1-4) always stay. Of the rest, 20 scores lowest but its own
    # closest are 1-4 too; 10-13 score higher and have closest of their own (90-93).
    pool = [(1, 0.9), (2, 0.8), (3, 0.7), (4, 0.6)]
    pool += [(10 + n, 0.5 - n / 100) for n in range(11)] + [(20, 0.3)]
    lists = {10 + n: [(90 + m, 0.9) for m in range(4)] for n in range(11)}
    lists[20] = [(1, 0.9), (2, 0.9), (3, 0.9), (4, 0.9)]

    kept = select(pool, lists)

    assert [doc for doc, _ in kept[:4]] == [1, 2, 3, 4]
    assert len(kept) == STORED and (20, 0.3) in kept  # its score is kept as it was
    assert (14, 0.46) not in kept
    # Without lists to compare, the stored list is the closest by score.
    assert select(pool, {}) == pool[:STORED]
