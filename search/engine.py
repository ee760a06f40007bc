"""Turn what someone typed into one ranked list of live pages.

1. The words (stopwords dropped) are cut into slots; each slot lists what may stand in for it:
   synonyms ("iop" / "intensive outpatient"), the vocabulary's forms of the same stem
   ("nurses" / "nurse"), and for an unknown word its closest known word ("burnot" ->
   "burnout", which also becomes the "Did you mean" suggestion).
2. The configured Wagtail search backend runs And(slot, slot, …); when nothing has every
   word it runs Or(…) and says so.
3. The backend's top results are re-ranked: a page whose title is the query comes first,
   then pages whose title holds more of the query's words; past that head, the backend's
   order stands.

The query is read in the request's language (search/scope.py): Spanish stop words, stems and
synonyms for the /es/ tree. Every engine, Elasticsearch too, gets the words already read that
way, so its one index analyser (English, accents folded) needs no Spanish twin.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from modelsearch.query import And, Or, Phrase, PlainText
from wagtail.models import Page

from core.text import fold, stem, words
from core.visibility import public_q
from search import sqlite_fts, vocabulary
from search.query import query_terms
from search.scope import request_language, scoped
from search.synonyms import expand, synonym_groups

_TYPED_WORD_RE = re.compile(r"[^\W_]+")
# How many of the backend's best results are re-ranked (three pages of ten).
HEAD_SIZE = 30
# Forms of a word searched along with it ("nurse" for "nurses"), most used first.
MAX_FORMS = 4


@dataclass
class SearchPlan:
    terms: list[str]
    slots: list[list[tuple[str, ...]]]
    known_words: set[str] = field(default_factory=set)
    suggestion: str = ""  # the corrected query for "Did you mean …", when one was made
    language: str = "en"  # whose stop words, stems and pages: the request's language

    @property
    def highlight_terms(self) -> set[str]:
        return {word for slot in self.slots for alternative in slot for word in alternative}

    def backend_query(self, operator: str = "and"):
        parts = []
        for slot in self.slots:
            alternatives = [Phrase(" ".join(a)) if len(a) > 1 else PlainText(a[0]) for a in slot]
            parts.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
        if len(parts) == 1:
            return parts[0]
        return And(parts) if operator == "and" else Or(parts)


def plan(query: str, language: str | None = None) -> SearchPlan:
    """`language` defaults to the request's: a search from the /es/ tree reads the query with
    Spanish stop words and stems, and looks among the Spanish pages."""
    language = language or request_language()
    terms = query_terms(query, language)
    slots = expand(terms, synonym_groups(), language)
    single = sorted({a[0] for slot in slots for a in slot if len(a) == 1})
    forms = vocabulary.known_forms(single, language) if single else {}
    known = {w for w, f in forms.items() if w in f}
    corrected = list(terms)
    for slot in slots:
        typed = slot[0]
        if len(slot) == 1 and len(typed) == 1 and not forms.get(typed[0]):
            fix = vocabulary.correction(typed[0])
            if fix:
                slot.append((fix,))
                corrected = [fix if t == typed[0] else t for t in corrected]
                forms.update(vocabulary.known_forms([fix], language))
        for alternative in list(slot):
            if len(alternative) == 1:
                for form in forms.get(alternative[0], [])[:MAX_FORMS]:
                    if (form,) not in slot:
                        slot.append((form,))
    _add_typed_accents(slots, query)
    suggestion = " ".join(corrected) if corrected != terms else ""
    return SearchPlan(terms, slots, known, suggestion, language)


def _add_typed_accents(slots, query: str) -> None:
    """A word typed with accents ("recaídas") is searched as typed too: PostgreSQL's text
    search does not fold accents, so only that spelling finds the Spanish pages there. (SQLite
    FTS5 and Elasticsearch fold them, and sqlite_fts skips such a spelling.)"""
    typed = {}
    for word in _TYPED_WORD_RE.findall(query.lower()):
        folded = fold(word)
        if folded != word and folded.isascii():
            typed[folded] = word
    if not typed:
        return
    for slot in slots:
        for alternative in list(slot):
            spelling = typed.get(alternative[0]) if len(alternative) == 1 else None
            if spelling and (spelling,) not in slot:
                slot.append((spelling,))


def _title_score(title: str, plan: SearchPlan, query_words: list[str]) -> tuple[int, int]:
    """(0 when the title is the query, else 1; minus the slots the title answers)."""
    title_words = words(title)
    if title_words == query_words:
        return (0, 0)
    language = plan.language
    title_stems = {stem(w, language) for w in title_words}
    answered = sum(
        any(all(stem(w, language) in title_stems for w in alternative) for alternative in slot)
        for slot in plan.slots
    )
    return (1, -answered)


class RankedResults(Sequence):
    """The engine's results with a re-ranked head, sliceable and countable for Paginator.

    `results` is either Wagtail's search results or sqlite_fts.FTSResults (which can give
    titles without loading pages)."""

    def __init__(self, results, plan: SearchPlan, query: str, exclude_ids=()):
        self.results = results
        self.plan = plan
        self.query_words = words(query)
        self.exclude_ids = set(exclude_ids)
        self._head: list[int] | None = None
        self._loaded: dict[int, object] = {}
        self._hidden = 0
        self._fetched = 0
        self._count = None

    def head(self) -> list[int]:
        if self._head is None:
            if hasattr(self.results, "titles"):
                pairs = self.results.titles(HEAD_SIZE)
            else:
                pages = list(self.results[:HEAD_SIZE])
                self._loaded = {p.pk: p for p in pages}
                pairs = [(p.pk, p.title) for p in pages]
            order = {pk: position for position, (pk, _) in enumerate(pairs)}
            pairs.sort(
                key=lambda pair: (
                    *_title_score(pair[1], self.plan, self.query_words),
                    order[pair[0]],
                )
            )
            # Promoted pages are shown above the results, not again among them.
            self._head = [pk for pk, _ in pairs if pk not in self.exclude_ids]
            self._fetched = len(pairs)
            self._hidden = len(pairs) - len(self._head)
        return self._head

    def count(self) -> int:
        if self._count is None:
            head = self.head()
            if self._fetched < HEAD_SIZE:
                self._count = len(head)  # the head is everything; no second query needed
            else:
                self._count = max(len(head), self.results.count() - self._hidden)
        return self._count

    def __len__(self) -> int:
        return self.count()

    def _pages(self, ids: list[int]) -> list:
        missing = [i for i in ids if i not in self._loaded]
        if missing:
            self._loaded.update({p.pk: p for p in sqlite_fts.specific_pages(missing)})
        return [self._loaded[i] for i in ids if i in self._loaded]

    def __getitem__(self, key):
        if isinstance(key, int):
            return self[key : key + 1][0]
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count()
        head = self.head()
        if stop <= len(head):
            return self._pages(head[start:stop])
        # Past the head: the engine's own order, shifted by what the head held back.
        offset = self._hidden
        tail = list(self.results[max(start, len(head)) + offset : stop + offset])
        return (self._pages(head[start:]) + tail) if start < len(head) else tail


def _any(results) -> bool:
    if hasattr(results, "ids"):
        return bool(results.ids(HEAD_SIZE))  # fetched once, reused by the head
    return bool(results[:1])


def search(query: str, plan: SearchPlan, *, site=None, exclude_ids=()):
    """(results, broadened): results is a RankedResults; broadened is True when no page had
    every word and the search fell back to any word."""
    pages = scoped(
        Page.objects.filter(public_q(indexed_fields_only=True), depth__gt=1), site, plan.language
    )
    if not plan.slots:
        return RankedResults(pages.none(), plan, query), False
    if sqlite_fts.available():
        run = lambda operator: sqlite_fts.FTSResults(  # noqa: E731
            sqlite_fts.match_expression(plan.slots, operator.upper()), site, language=plan.language
        )
    else:
        run = lambda operator: pages.specific().search(plan.backend_query(operator))  # noqa: E731
    results = run("and")
    broadened = False
    if len(plan.slots) > 1 and not _any(results):
        results = run("or")
        broadened = True
    return RankedResults(results, plan, query, exclude_ids), broadened
