"""Text helpers shared by the search, crisis detection, vocabulary and highlighting.

Everything here is pure Python: no database, no Django, so it is cheap to test in isolation.
"""

import re
import unicodedata

# Queries longer than this are cut before anything else happens (the box says maxlength=200 too).
MAX_QUERY_LENGTH = 200
# What the query log keeps of a query: enough to read, too little to hold a life story.
MAX_LOGGED_LENGTH = 100
# More words than this add nothing to a site search and only slow the engine down.
MAX_QUERY_TERMS = 12

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Words a search engine should not require: they appear in questions ("php vs iop",
# "what is virtual iop") but rarely in the text that answers them.
_STOPWORD_TEXT = """
    a about an and any are as at be by can do does for from how i if in into is it its
    me my of on or our so than that the their them then there these they this to vs versus
    was we what when where which who why will with you your near best find get
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


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


def fold(text: str) -> str:
    """Lower case without accents: "Café" -> "cafe". Apostrophes vanish so "don't" -> "dont"."""
    if text.isascii():
        return text.lower().replace("'", "")
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("'", "").replace("\u2019", "")


def words(text: str) -> list[str]:
    """Folded words of letters and digits; punctuation, emoji and symbols split words."""
    return _WORD_RE.findall(fold(text))


def is_plain_word(word: str) -> bool:
    """Only ASCII letters and digits: what the engines and the vocabulary deal in."""
    return word.isascii() and word.isalnum()


def query_terms(text: str) -> list[str]:
    """The words a search should look for: folded, ASCII, without stopwords, de-duplicated,
    at most MAX_QUERY_TERMS. Falls back to the stopwords when the query has nothing else
    (someone searching "what is" still gets an answer)."""
    all_words = [w for w in words(text) if is_plain_word(w) and len(w) <= 40]
    kept = [w for w in all_words if w not in STOPWORDS] or all_words
    return list(dict.fromkeys(kept))[:MAX_QUERY_TERMS]


def stem(word: str) -> str:
    """A deliberately light English stem, to group "nurse", "nurses" and "nursing"
    for the engines that do not stem (SQLite FTS5)."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif word.endswith("ing") and len(word) >= 7:
        word = word[:-3]
    elif word.endswith("ed") and len(word) >= 6:
        word = word[:-2]
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return word


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, giving up past `limit`:
    "anxeity" -> "anxiety" is 1 (one transposition)."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


def allowed_typos(word: str) -> int:
    """How many edits a word may carry and still count as a misspelling of another."""
    if len(word) <= 3:
        return 0
    if len(word) <= 7:
        return 1
    return 2
