"""A query as typed, made safe to store and show, and the words a search looks for.

Tokenising, stemming and stop words are core/text.py's, shared with crisis matching and related
reading.
"""

import re

from core.text import STOP_WORDS, is_plain_word, words

# Queries longer than this are cut before anything else happens (the box says maxlength=200 too).
MAX_QUERY_LENGTH = 200
# What the query log keeps of a query: enough to read, too little to hold a life story.
MAX_LOGGED_LENGTH = 100
# More words than this add nothing to a site search and only slow the engine down.
MAX_QUERY_TERMS = 12

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_query(raw: str | None) -> str:
    """The query as typed, made safe to store and show: no NUL or control characters, one
    space between words, cut to MAX_QUERY_LENGTH."""
    if not raw:
        return ""
    text = _CONTROL_RE.sub(" ", str(raw))
    # Lone surrogates cannot be encoded to UTF-8 (the database and the response would fail).
    text = text.encode("utf-8", "ignore").decode("utf-8")
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH].strip()


def query_terms(text: str, language: str = "en") -> list[str]:
    """The words a search should look for: folded, ASCII, without stop words, de-duplicated,
    at most MAX_QUERY_TERMS. Falls back to the stop words when the query has nothing else
    (someone searching "what is" still gets an answer)."""
    all_words = [w for w in words(text) if is_plain_word(w) and len(w) <= 40]
    kept = [w for w in all_words if w not in STOP_WORDS[language]] or all_words
    return list(dict.fromkeys(kept))[:MAX_QUERY_TERMS]
