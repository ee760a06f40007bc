"""Words into terms: lowercase, drop stop words, and fold common English endings together.

The stemmer is deliberately tiny (a few suffix rules, not Porter): it only has to map
"nurse", "nurses" and "nursing" to one term so the same idea counts once, and it must be
consistent, never clever.
"""

import re
from collections import Counter
from functools import lru_cache
from html import unescape

_WORD = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"<[^>]+>")

_STOP_TEXT = """
    a about above after again against all almost also am an and any are as at be because been
    before being below between both but by can could did do does doing done down during each
    either even ever every few for from further get gets getting go goes going got had has have
    having he her here hers herself him himself his how i if in into is it its itself just
    least less like make makes many may me might more most much must my myself never no nor not
    now of off often on once one only or other others our ours ourselves out over own per
    perhaps quite rather really same say says she should since so some still such than that
    the their theirs them themselves then there these they thing things this those though
    through to too two under until up upon us use used using very want was way we well were
    what when where whether which while who whom whose why will with within without would yet
    you your yours yourself yourselves s t don doesn didn isn aren wasn weren won wouldn
    shouldn couldn can cannot ll re ve d m
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# Longest first; each rule is (suffix, replacement). Applied once, then a trailing "e" goes,
# so nurse/nurses/nursing/nursed all become "nurs".
_SUFFIXES = (
    ("ational", "ate"),
    ("fulness", "ful"),
    ("iveness", "ive"),
    ("ousness", "ous"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("ingly", ""),
    ("ments", ""),
    ("ment", ""),
    ("ness", ""),
    ("ings", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("edly", ""),
    ("ers", "er"),
    ("ed", ""),
    ("ly", ""),
    ("es", "e"),
    ("s", ""),
)
_KEEP_AS_IS = frozenset({"iop", "php", "ptsd", "ocd", "emdr", "cbt", "dbt", "is", "this", "has"})


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    if len(word) <= 3 or word in _KEEP_AS_IS or word.isdigit():
        return word
    if word.endswith(("ss", "us", "is")):
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def strip_html(text: str) -> str:
    text = _TAG.sub(" ", text)
    return unescape(text) if "&" in text else text


def terms(text: str) -> list[str]:
    """The stemmed, stop-word-free terms of `text`, in order (HTML tags ignored)."""
    if not text:
        return []
    out = []
    for word in _WORD.findall(strip_html(text).lower().replace("'", "").replace("\u2019", "")):
        if word in STOP_WORDS or len(word) < 2:
            continue
        out.append(stem(word))
    return out


_TERM_OF: dict[str, str] = {}  # word -> its term, "" for a stop word (grows to the vocabulary)


def _term_of(word: str) -> str:
    term = "" if word in STOP_WORDS or len(word) < 2 else stem(word)
    if len(_TERM_OF) < 500_000:
        _TERM_OF[word] = term
    return term


def add_term_counts(counts: dict[str, float], text: str, weight: float = 1.0) -> None:
    """Add `weight` to counts[term] for each occurrence of each term of `text`: the same as
    counting `terms(text)`, but each distinct word is looked up once (what makes reading
    10,000 articles fast)."""
    if not text:
        return
    clean = strip_html(text).lower().replace("'", "").replace("\u2019", "")
    lookup, get = _TERM_OF.get, counts.get
    for word, n in Counter(_WORD.findall(clean)).items():
        term = lookup(word)
        if term is None:
            term = _term_of(word)
        if term:
            counts[term] = get(term, 0.0) + n * weight
