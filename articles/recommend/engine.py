"""The related-reading engine on plain data: documents in, ranked neighbours out.

No database here: a `Document` is an id plus its field texts, topics, tags and audiences.
`profile()` turns one into field-weighted term frequencies (a function of that document
alone). `Index.build()` weighs every profile by TF-IDF over the corpus, keeps each vector's
strongest terms, normalises it, and files it in an inverted index, so a query only touches
documents that share a term with it.

    score(a, b) = cosine(a, b) + TOPIC_BOOST * shared topics / all topics of the two
                  + AUDIENCE_BOOST if they share a specific audience

One document changing (`add`, `discard`) re-weighs only that document, with the corpus
statistics of the last build updated for it; `rebuild_related` re-weighs everything.
"""

import heapq
import math
from collections import Counter
from dataclasses import dataclass, field

from articles.recommend.text import terms

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
    counts: Counter[str] = Counter()
    for name, weight in FIELD_WEIGHTS.items():
        for term in terms(getattr(doc, name)):
            counts[term] += weight
    for name in doc.topic_names:
        for term in terms(name):
            counts[term] += TOPIC_TERM_WEIGHT
    for slug in doc.topics:
        counts[f"topic:{slug}"] += TOPIC_TERM_WEIGHT
    for tag in doc.tags:
        counts[f"tag:{tag.lower()}"] += TAG_TERM_WEIGHT
        for term in terms(tag.replace("-", " ")):
            counts[term] += TAG_TERM_WEIGHT
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

    @classmethod
    def build(cls, profiles) -> "Index":
        profiles = list(profiles)
        df: Counter[str] = Counter()
        for p in profiles:
            df.update(p.tf.keys())
        index = cls(len(profiles), dict(df))
        for p in profiles:
            index.add(p, count=False)
        return index

    # -- weighting ---------------------------------------------------------------------
    def idf(self, term: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def vector(self, p: Profile) -> dict[str, float]:
        cut = self.n_docs >= MIN_DOCS_FOR_DF_CUT
        limit = MAX_DF_SHARE * self.n_docs
        log_n = math.log(self.n_docs + 1)
        df = self.df
        weights = {}
        for term, tf in p.tf.items():
            n = df.get(term, 0)
            if cut and n > limit and term[0:4] not in ("topi", "tag:"):
                continue
            weights[term] = tf * (log_n - math.log(n + 1) + 1.0)
        if len(weights) > MAX_TERMS:
            weights = dict(heapq.nlargest(MAX_TERMS, weights.items(), key=lambda kv: kv[1]))
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {term: w / norm for term, w in weights.items()}

    # -- maintenance -------------------------------------------------------------------
    def add(self, p: Profile, count: bool = True) -> Entry:
        """File (or re-file) one document, weighed with this index's corpus statistics.

        A document new to the index is counted into them (`count`); re-filing one does not
        re-count it, and other vectors keep their weights until the next full build."""
        if count and p.id not in self.entries:
            self.n_docs += 1
            for term in p.tf:
                self.df[term] = self.df.get(term, 0) + 1
        entry = Entry(self.vector(p), p.topics, p.audiences)
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
    def scores(self, doc_id: int) -> dict[int, float]:
        """Boosted similarity of `doc_id` to every document sharing a term with it."""
        me = self.entries.get(doc_id)
        if me is None:
            return {}
        acc: dict[int, float] = {}
        for term, w in me.vector.items():
            for other, wo in self.postings[term].items():
                acc[other] = acc.get(other, 0.0) + w * wo
        acc.pop(doc_id, None)
        for other in acc:
            acc[other] += boost(me, self.entries[other])
        return acc

    def neighbours(self, doc_id: int, k: int, exclude=()) -> list[tuple[int, float]]:
        """The k closest documents, best first, as (id, score); equal scores: lower id first."""
        scored = self.scores(doc_id)
        for other in exclude:
            scored.pop(other, None)
        return top_k(scored.items(), k)


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
