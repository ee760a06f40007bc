"""The indexed vocabulary: every word the live pages use, with how many pages use it.

It lets a search engine without stemming (SQLite FTS5) find "nurse" for "nurses", turns
"burnot" into "burnout" ("Did you mean …"), and completes "bur" in the suggestion box.
`refresh()` rebuilds it (manage.py refresh_search_vocabulary, or the refresh_vocabulary task);
a published page adds its new words at once (search/signals.py).
"""

from collections import Counter, defaultdict

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Q

from core.text import STOP_WORDS, allowed_typos, edit_distance, is_plain_word, stem, words
from core.visibility import public_q
from search.models import SearchTerm
from search.pagetext import page_text

MAX_TERM_LENGTH = 40
CHUNK = 500
# Corrections and completions are cached under a version that every change of the
# vocabulary bumps, so a stale answer never outlives the words it came from.
VERSION_KEY = "search:vocabulary-version"
CACHE_SECONDS = 3600


def _version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def _bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def _cached(kind: str, key: str, compute):
    cache_key = f"search:{kind}:{_version()}:{key}".replace(" ", "_")
    found = cache.get(cache_key)
    if found is None:
        found = compute()
        cache.set(cache_key, found, CACHE_SECONDS)
    return found


def _vocabulary_words(text: str) -> list[str]:
    return [
        w
        for w in words(text)
        if is_plain_word(w) and 2 <= len(w) <= MAX_TERM_LENGTH and not w.isdigit()
    ]


def _title_phrases(title: str) -> set[str]:
    """Two-word phrases of a title ("virtual iop", "intensive outpatient") for autocomplete."""
    kept = [w for w in _vocabulary_words(title) if w not in STOP_WORDS["en"]]
    return {f"{a} {b}" for a, b in zip(kept, kept[1:], strict=False)}


def page_terms(page) -> tuple[set[str], set[str]]:
    """(words, title phrases) of one page."""
    text = f"{page.title} {page_text(page, follow_relations=True)}"
    return set(_vocabulary_words(text)), _title_phrases(page.title)


def _live_pages():
    from wagtail.models import Page

    ids = list(Page.objects.filter(public_q(), depth__gt=1).values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        yield from Page.objects.filter(pk__in=ids[start : start + CHUNK]).specific()


def _index_texts():
    """(title, body) of every live, public page, read from the database search index where
    it keeps plain text (SQLite): seconds for 20,000 pages instead of minutes of StreamField
    parsing. None when the engine keeps no text (PostgreSQL vectors, Elasticsearch)."""
    from modelsearch.conf import get_app_config
    from wagtail.models import Page

    from search import sqlite_fts

    if not sqlite_fts.available():
        return None
    entries = (
        get_app_config()
        .get_model("IndexEntry")
        .objects.filter(content_type_id__in=sqlite_fts.content_type_ids())
    )
    live = set(Page.objects.filter(public_q(), depth__gt=1).values_list("pk", flat=True))
    return (
        (title, body)
        for object_id, title, body in entries.values_list("object_id", "title", "body").iterator(
            chunk_size=2000
        )
        if object_id.isdigit() and int(object_id) in live
    )


def _page_texts():
    for page in _live_pages():
        yield page.title, page_text(page, follow_relations=True)


def refresh() -> int:
    """Rebuild the vocabulary from every live, public page. Returns the number of terms."""
    counts: Counter = Counter()
    phrases: Counter = Counter()
    texts = _index_texts()
    for title, body in texts if texts is not None else _page_texts():
        counts.update(set(_vocabulary_words(f"{title} {body}")))
        phrases.update(_title_phrases(title))
    rows = [SearchTerm(term=t, stem=stem(t), length=len(t), pages=n) for t, n in counts.items()]
    rows += [
        SearchTerm(term=p, stem=p, length=len(p), pages=n, is_phrase=True)
        for p, n in phrases.items()
        if len(p) <= 80 and p not in counts
    ]
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(rows, batch_size=1000)
    _bump()
    return len(rows)


def add_page(page) -> int:
    """Add the words of one page that the vocabulary does not have yet."""
    page_words, page_phrases = page_terms(page)
    wanted = page_words | page_phrases
    existing = set(SearchTerm.objects.filter(term__in=wanted).values_list("term", flat=True))
    rows = [SearchTerm(term=t, stem=stem(t), length=len(t), pages=1) for t in page_words - existing]
    rows += [
        SearchTerm(term=p, stem=p, length=len(p), pages=1, is_phrase=True)
        for p in page_phrases - existing
        if len(p) <= 80
    ]
    SearchTerm.objects.bulk_create(rows, ignore_conflicts=True)
    if rows:
        _bump()
    return len(rows)


def _starts_with(prefix: str) -> Q:
    """Terms starting with `prefix`, written so the database can use the unique index on
    `term`: SQLite's LIKE cannot (it ignores case); a range can. PostgreSQL's collation does
    not order by code point, so there LIKE (startswith) is the safe choice."""
    if connection.vendor == "sqlite":
        return Q(term__gte=prefix, term__lt=prefix + "\U0010ffff")
    return Q(term__startswith=prefix)


def known_forms(terms: list[str], language: str = "en") -> dict[str, list[str]]:
    """For each term, the words of the vocabulary with its stem, most used first
    ("nurses" -> ["nurse", "nurses", "nursing"]). Unknown terms map to []."""
    if language != "en":
        return _known_forms_by_prefix(terms, language)
    stems = {stem(t) for t in terms}
    by_stem: dict[str, list[tuple[int, str]]] = defaultdict(list)
    rows = SearchTerm.objects.filter(is_phrase=False, stem__in=stems).values_list(
        "term", "stem", "pages"
    )
    for term, term_stem, pages in rows:
        by_stem[term_stem].append((-pages, term))
    return {t: [w for _, w in sorted(by_stem.get(stem(t), []))] for t in terms}


def _known_forms_by_prefix(terms: list[str], language: str) -> dict[str, list[str]]:
    """known_forms for a language whose stems the vocabulary does not keep (it keeps English
    ones): every form of a word starts with its stem ("recaidas" and "recaer" with "reca"),
    so the words starting with it are read and stemmed here. Short stems are looked up as
    whole words: "mat" would start hundreds."""
    stems = {t: stem(t, language) for t in terms}
    wanted = Q()
    for term, term_stem in stems.items():
        wanted |= _starts_with(term_stem) if len(term_stem) >= 4 else Q(term=term)
    by_stem: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for term, pages in SearchTerm.objects.filter(wanted, is_phrase=False).values_list(
        "term", "pages"
    ):
        by_stem[stem(term, language)].append((-pages, term))
    return {t: [w for _, w in sorted(by_stem.get(stems[t], []))] for t in terms}


def correction(word: str) -> str | None:
    """The closest word of the vocabulary within a typo or two, preferring common words.
    Only asked about words the vocabulary does not know."""
    return _cached("fix", word, lambda: _correction(word) or "") or None


def _correction(word: str) -> str | None:
    allowed = allowed_typos(word)
    if not allowed or not word.isalpha():
        return None
    first = word[0]
    candidates = SearchTerm.objects.filter(
        _starts_with(first),
        is_phrase=False,
        length__gte=len(word) - allowed,
        length__lte=len(word) + allowed,
    ).values_list("term", "pages")
    letters = set(word)
    best: tuple[int, int, str] | None = None
    for term, pages in candidates:
        # A cheap test first: too many letters that the word lacks cannot be a typo.
        if len(set(term) ^ letters) > 2 * allowed:
            continue
        distance = edit_distance(word, term, allowed)
        if distance <= allowed:
            key = (distance, -pages, term)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def completions(prefix: str, limit: int = 8) -> list[str]:
    """Words and title phrases that start with `prefix`, most used first."""
    if not prefix:
        return []
    return _cached("complete", f"{limit}:{prefix}", lambda: _completions(prefix, limit))


def _completions(prefix: str, limit: int) -> list[str]:
    return list(
        SearchTerm.objects.filter(_starts_with(prefix))
        .order_by("-pages", "term")
        .values_list("term", flat=True)[:limit]
    )
