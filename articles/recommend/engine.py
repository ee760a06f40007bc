"""The related-reading engine on plain data: documents in, ranked neighbours out.

No database here: a `Document` is an id plus its field texts, topics, tags and audiences.
`profile()` turns one into field-weighted term frequencies (a function of that document
alone). `Index.build()` weighs every profile by TF-IDF over the corpus, keeps each vector's
strongest terms, normalises it, and files it in an inverted index, so a query only touches
documents that share a term with it.

    score(a, b) = cosine(a, b) + TOPIC_BOOST * shared topics / all topics of the two
                  + AUDIENCE_BOOST if they share a specific audience

When the index holds embeddings (`Index.semantic`, see semantic.py), the cosine is blended
with the embeddings' similarity before the boosts are added.

Two articles on one reader's need tend to have the same neighbours even when they share few
words with each other, so an article's STORED suggestions are then chosen (`select`) and put
in order (`shared_order`) by that score plus how much their closest are the same articles:
their FRIENDS closest for choosing, and their whole stored lists as well for the order.

One document changing (`add`, `discard`) re-weighs only that document, with the corpus
statistics of the last build updated for it; `rebuild_related` re-weighs everything.
"""

import heapq
import math
from collections import Counter
from dataclasses import dataclass, field

from articles.recommend.semantic import SemanticIndex, blend
from core.text import add_term_counts

# How much one occurrence counts, by where it appears. Titles, topics and tags say what an
# article is about; body text says it more loosely.
FIELD_WEIGHTS = {"title": 3.0, "summary": 2.0, "headings": 2.0, "faq": 1.5, "body": 1.0}
TOPIC_TERM_WEIGHT = 4.0
TAG_TERM_WEIGHT = 3.0
TOPIC_BOOST = 0.15
AUDIENCE_BOOST = 0.05
# Audiences too broad to say two articles are for the same reader.
GENERIC_AUDIENCES = frozenset({"", "public"})
# Strongest terms kept per vector: enough to describe a short article, few enough that a
# query through the inverted index stays cheap.
MAX_TERMS = 48
# A query uses only a document's strongest terms (against every document's full vector): the
# weak tail is mostly common words with long postings lists, costly and barely telling.
QUERY_TERMS = 24
# Boosts re-rank a document's POOL closest by cosine; beyond those, sharing a topic does not
# make a document related.
POOL = 64
# Neighbours kept per article: the largest configurable count (6; editor picks count towards
# it, so picks found in the list never leave it short) plus two spare for articles that stop
# being showable between recomputes. `select` chooses these, `shared_order` orders them.
STORED = 8
# An article's FRIENDS closest by score always stay; the other places go to those of its
# SELECT_FROM closest whose own FRIENDS closest are most like its own (FRIEND_WEIGHT times the
# cosine of the two lists, added to the score). Its stored list then always holds its FRIENDS
# closest by score, which is what lets a publish compare against stored lists.
FRIENDS = 4
SELECT_FROM = 16
FRIEND_WEIGHT = 0.4
# Weight of the cosine between two articles' whole stored lists, added for the order only.
# The three weights were chosen on the team set, the dev set and held-out sets 1 to 4
# (bench/related_quality.py, README "Related reading").
SHARED_WEIGHT = 0.3
# Words in more than this share of a large corpus say nothing about similarity.
MAX_DF_SHARE = 0.2
MIN_DOCS_FOR_DF_CUT = 200


@dataclass
class Document:
    id: int
    title: str = ""
    summary: str = ""
    headings: str = ""
    body: str = ""
    faq: str = ""
    topics: list[str] = field(default_factory=list)  # slugs
    topic_names: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)


@dataclass
class Profile:
    id: int
    tf: dict[str, float]
    topics: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()


@dataclass
class Entry:
    """One indexed document: its unit-length vector and what the boosts compare."""

    vector: dict[str, float]
    topics: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()


def profile(doc: Document) -> Profile:
    counts: dict[str, float] = {}
    for name, weight in FIELD_WEIGHTS.items():
        add_term_counts(counts, getattr(doc, name), weight)
    add_term_counts(counts, " ".join(doc.topic_names), TOPIC_TERM_WEIGHT)
    add_term_counts(counts, " ".join(t.replace("-", " ") for t in doc.tags), TAG_TERM_WEIGHT)
    for slug in doc.topics:
        counts[f"topic:{slug}"] = counts.get(f"topic:{slug}", 0.0) + TOPIC_TERM_WEIGHT
    for tag in doc.tags:
        key = f"tag:{tag.lower()}"
        counts[key] = counts.get(key, 0.0) + TAG_TERM_WEIGHT
    # Sublinear: the tenth mention of "anxiety" adds less than the second.
    return Profile(
        id=doc.id,
        tf={term: math.log1p(count) for term, count in counts.items()},
        topics=frozenset(doc.topics),
        audiences=frozenset(a for a in doc.audiences if a not in GENERIC_AUDIENCES),
    )


class Index:
    """Unit TF-IDF vectors and their inverted index (term -> {doc id: weight})."""

    def __init__(self, n_docs: int = 0, df: dict[str, int] | None = None):
        self.n_docs = n_docs
        self.df = df or {}
        self.entries: dict[int, Entry] = {}
        self.postings: dict[str, dict[int, float]] = {}
        self.semantic: SemanticIndex | None = None

    @classmethod
    def build(cls, profiles) -> "Index":
        profiles = list(profiles)
        df: Counter[str] = Counter()
        for p in profiles:
            df.update(p.tf.keys())
        index = cls(len(profiles), dict(df))
        idf = index.idf_table()
        for p in profiles:
            index.add(p, count=False, idf=idf)
        return index

    # -- weighting ---------------------------------------------------------------------
    def _too_common(self, term: str, n: int) -> bool:
        return (
            self.n_docs >= MIN_DOCS_FOR_DF_CUT
            and n > MAX_DF_SHARE * self.n_docs
            and not term.startswith(("topic:", "tag:"))
        )

    def idf_table(self, terms=None) -> dict[str, float]:
        """idf of `terms` (default: every known term), leaving out terms in too many documents
        to tell them apart. A term no document has yet is not in the table."""
        log_n = math.log(self.n_docs + 1)
        pairs = self.df.items() if terms is None else ((t, self.df.get(t)) for t in terms)
        return {
            term: log_n - math.log(n + 1) + 1.0
            for term, n in pairs
            if n is not None and not self._too_common(term, n)
        }

    def vector(self, p: Profile, idf: dict[str, float] | None = None) -> dict[str, float]:
        known = self.idf_table(p.tf) if idf is None else idf
        unseen = math.log(self.n_docs + 1) + 1.0
        weights = {}
        for term, tf in p.tf.items():
            weight = known.get(term)
            if weight is None:
                if term in self.df:
                    continue  # too common
                weight = unseen
            weights[term] = tf * weight
        if len(weights) > MAX_TERMS:
            weights = dict(heapq.nlargest(MAX_TERMS, weights.items(), key=lambda kv: kv[1]))
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {term: w / norm for term, w in weights.items()}

    # -- maintenance -------------------------------------------------------------------
    def add(self, p: Profile, count: bool = True, idf: dict[str, float] | None = None) -> Entry:
        """File (or re-file) one document, weighed with this index's corpus statistics.

        A document new to the index is counted into them (`count`); re-filing one does not
        re-count it, and other vectors keep their weights until the next full build."""
        if count and p.id not in self.entries:
            self.n_docs += 1
            for term in p.tf:
                self.df[term] = self.df.get(term, 0) + 1
        entry = Entry(self.vector(p, idf), p.topics, p.audiences)
        self.put(p.id, entry)
        return entry

    def put(self, doc_id: int, entry: Entry) -> None:
        self.remove(doc_id)
        self.entries[doc_id] = entry
        for term, w in entry.vector.items():
            self.postings.setdefault(term, {})[doc_id] = w

    def discard(self, doc_id: int) -> None:
        """Take a document out for good, and out of the corpus statistics (as far as its
        vector's terms tell; the next full build makes them exact)."""
        if self.semantic is not None:
            self.semantic.discard(doc_id)
        entry = self.entries.get(doc_id)
        if entry is None:
            return
        self.n_docs = max(0, self.n_docs - 1)
        for term in entry.vector:
            left = self.df.get(term, 0) - 1
            if left > 0:
                self.df[term] = left
            else:
                self.df.pop(term, None)
        self.remove(doc_id)

    def remove(self, doc_id: int) -> None:
        entry = self.entries.pop(doc_id, None)
        if entry is None:
            return
        for term in entry.vector:
            bucket = self.postings.get(term)
            if bucket is not None:
                bucket.pop(doc_id, None)
                if not bucket:
                    del self.postings[term]

    # -- queries -----------------------------------------------------------------------
    def cosines(self, doc_id: int) -> dict[int, float]:
        """Cosine similarity of `doc_id` to every document sharing a query term with it."""
        me = self.entries.get(doc_id)
        if me is None:
            return {}
        acc: dict[int, float] = {}
        for term, w in query_terms(me.vector):
            for other, wo in self.postings[term].items():
                acc[other] = acc.get(other, 0.0) + w * wo
        acc.pop(doc_id, None)
        return acc

    def base_scores(self, doc_id: int) -> dict[int, float]:
        """Cosine, blended with the embedding similarity where both documents have one."""
        cosines = self.cosines(doc_id)
        semantic = self.semantic
        if semantic is None or doc_id not in semantic:
            return cosines
        sims = semantic.similarities(doc_id)
        scores = {other: blend(cosines.get(other, 0.0), sim) for other, sim in sims.items()}
        for other, cosine in cosines.items():
            scores.setdefault(other, cosine)
        # As with plain cosines, only a positive base score makes a candidate (bulk.py agrees).
        return {o: score for o, score in scores.items() if score > 0 and o in self.entries}

    def scores(self, doc_id: int) -> dict[int, float]:
        """Boosted scores of the POOL documents closest to `doc_id` before boosts."""
        base = self.base_scores(doc_id)
        if not base:
            return {}
        me = self.entries[doc_id]
        pool = heapq.nsmallest(POOL, base.items(), key=lambda item: (-item[1], item[0]))
        return {other: score + boost(me, self.entries[other]) for other, score in pool}

    def neighbours(self, doc_id: int, k: int, exclude=()) -> list[tuple[int, float]]:
        """The k closest documents, best first, as (id, score); equal scores: lower id first."""
        scored = self.scores(doc_id)
        for other in exclude:
            scored.pop(other, None)
        return top_k(scored.items(), k)


def query_terms(vector: dict[str, float]) -> list[tuple[str, float]]:
    """The QUERY_TERMS strongest terms; equal weights: alphabetical (as bulk.py does)."""
    return sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:QUERY_TERMS]


def boost(a: Entry, b: Entry) -> float:
    extra = 0.0
    if a.topics and b.topics:
        shared = len(a.topics & b.topics)
        if shared:
            extra += TOPIC_BOOST * shared / len(a.topics | b.topics)
    if a.audiences & b.audiences:
        extra += AUDIENCE_BOOST
    return extra


def top_k(items, k: int) -> list[tuple[int, float]]:
    # Rounded so the dict path and the numpy path agree on ties.
    rounded = ((doc, round(score, 6)) for doc, score in items if score > 0)
    return heapq.nsmallest(k, rounded, key=lambda item: (-item[1], item[0]))


def select(pool: list[tuple[int, float]], lists) -> list[tuple[int, float]]:
    """The STORED of `pool` (one article's closest as (id, score), best first) to keep: its
    FRIENDS closest, then the rest of its SELECT_FROM closest ranked by score plus FRIEND_WEIGHT
    times the cosine of the two articles' FRIENDS closest (`lists[id]`: each candidate's list,
    from which only its FRIENDS best-scoring count). Scores are left as they were."""
    mine = _friends(pool)

    def key(item):
        lifted = item[1] + FRIEND_WEIGHT * _cosine(mine, _friends(lists.get(item[0], ())))
        return (-round(lifted, 6), item[0])

    rest = sorted(pool[FRIENDS:SELECT_FROM], key=key)
    return pool[:FRIENDS] + rest[: STORED - FRIENDS]


def shared_order(found: list[tuple[int, float]], lists) -> list[tuple[int, float]]:
    """`found`, one article's stored list as (id, score), ordered by score plus FRIEND_WEIGHT
    times the cosine of the two articles' FRIENDS closest plus SHARED_WEIGHT times the cosine
    of their whole lists (`lists[id]`, the same shape; a candidate without one gets nothing
    added). The scores themselves are left as they were: they are what later comparisons (is
    a list full, does a new article enter it) use."""
    mine, my_friends = _unit(found), _friends(found)

    def key(item):
        theirs = lists.get(item[0], ())
        lifted = (
            item[1]
            + FRIEND_WEIGHT * _cosine(my_friends, _friends(theirs))
            + SHARED_WEIGHT * _cosine(mine, _unit(theirs))
        )
        return (-round(lifted, 6), item[0])

    return sorted(found, key=key)


def _friends(pairs) -> dict[int, float]:
    return _unit(heapq.nlargest(FRIENDS, pairs, key=lambda item: (item[1], -item[0])))


def _cosine(a: dict[int, float], b: dict[int, float]) -> float:
    return sum(weight * b.get(other, 0.0) for other, weight in a.items())


def _unit(pairs) -> dict[int, float]:
    norm = math.sqrt(sum(score * score for _, score in pairs)) or 1.0
    return {other: score / norm for other, score in pairs}
