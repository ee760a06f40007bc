"""Words, stems and stop words in English and Spanish: the one place Haven reads text.

Site search (queries, vocabulary, highlights), crisis matching and related reading all cut text
with `words`, drop `STOP_WORDS` and stem with `stem`, so a word counts the same wherever it is
read: "nurses" finds what "nursing" was indexed as, and "recaídas" what "recaer" was.

Stems come from the Snowball algorithms (PyStemmer, the C build of snowballstemmer); typo
distance from rapidfuzz. Pure functions, no database: cheap to test alone.
"""

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from html import unescape

import Stemmer
from rapidfuzz.distance import OSA

LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"

_WORD_RE = re.compile(r"[^\W_]+")
_TAG_RE = re.compile(r"<[^>]+>")

# Function words that carry no subject, plus the few that fill searches ("best iop near me",
# "php vs iop") but rarely the text that answers them.
_ENGLISH = """
    a about above after again against all almost also am an and any are as at be because been
    before being below best between both but by can cannot could d did didn do does doesn doing
    don done down during each either even ever every few find for from further get gets getting
    go goes going got had has have having he her here hers herself him himself his how i if in
    into is isn it its itself just least less like ll m make makes many may me might more most
    much must my myself near never no nor not now of off often on once one only or other others
    our ours ourselves out over own per perhaps quite rather re really s same say says she
    should shouldn since so some still such t than that the their theirs them themselves then
    there these they thing things this those though through to too two under until up upon us
    use used using ve versus very vs want was wasn way we well were weren what when where
    whether which while who whom whose why will with within without won would wouldn yet you
    your yours yourself yourselves aren couldn
"""
# Written without accents: stop words are compared after `fold`.
_SPANISH = """
    a al algo algun alguna algunas alguno algunos ante antes aquel aquella aquellas aquellos
    aqui asi aun cada casi como con contra cual cuales cualquier cuando de del desde donde dos
    el ella ellas ello ellos en entre era eran eres es esa esas ese eso esos esta estaba estado
    estamos estan estar estas este esto estos estoy fue fueron ha habia han hasta hay he la las
    le les lo los mas me mi mis mucho muy nos nosotros o os otra otras otro otros para pero poco
    por porque que quien quienes se sea segun ser si sido siempre sin sobre son su sus tambien
    tan tanto te tiene tienen todo todos tu tus un una unas uno unos usted ustedes vs y ya yo
"""
STOP_WORDS = {"en": frozenset(_ENGLISH.split()), "es": frozenset(_SPANISH.split())}

# Abbreviations stay as typed: "mat" or "sud" is not a word to stem.
_KEEP_AS_IS = frozenset({"iop", "php", "ptsd", "ocd", "emdr", "cbt", "dbt", "adhd", "sud", "mat"})
_STEMMERS = {"en": Stemmer.Stemmer("english"), "es": Stemmer.Stemmer("spanish")}


def fold(text: str) -> str:
    """Lower case without accents or apostrophes: "Café" -> "cafe", "don't" -> "dont"."""
    if text.isascii():
        return text.lower().replace("'", "")
    text = unicodedata.normalize("NFKD", text)
    # casefold() turns Cherokee letters to upper case (Unicode folds that script upward), so
    # lower() after it: every term comes out in lower case, whatever the script.
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().lower()
    return text.replace("'", "").replace("\u2019", "")


def words(text: str) -> list[str]:
    """Folded words of letters and digits; punctuation, emoji and symbols split words."""
    return _WORD_RE.findall(fold(text))


def is_plain_word(word: str) -> bool:
    """Only ASCII letters and digits: what the engines and the vocabulary deal in."""
    return word.isascii() and word.isalnum()


def language_of(code: str | None) -> str:
    """A Haven language for a locale or language code ("es-mx" -> "es"); English otherwise."""
    base = (code or "").split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


@lru_cache(maxsize=200_000)
def stem(word: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The Snowball stem of a folded word; short words, numbers and abbreviations stay."""
    if len(word) <= 3 or word in _KEEP_AS_IS or not word.isalpha():
        return word
    return _STEMMERS[language].stemWord(word)


def strip_html(text: str) -> str:
    text = _TAG_RE.sub(" ", text)
    return unescape(text) if "&" in text else text


def terms(text: str, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """The stemmed, stop-word-free terms of `text`, in order (HTML tags ignored)."""
    stop = STOP_WORDS[language]
    return [
        stem(word, language)
        for word in words(strip_html(text or ""))
        if word not in stop and len(word) >= 2
    ]


_TERM_OF: dict[tuple[str, str], str] = {}  # (word, language) -> term, "" for a stop word


def add_term_counts(
    counts: dict[str, float], text: str, weight: float = 1.0, language: str = DEFAULT_LANGUAGE
) -> None:
    """Add `weight` to counts[term] for each occurrence of each term of `text`: the same as
    counting `terms(text)`, but each distinct word is stemmed once (what makes reading 10,000
    articles fast)."""
    if not text:
        return
    stop, get = STOP_WORDS[language], counts.get
    for word, n in Counter(words(strip_html(text))).items():
        term = _TERM_OF.get((word, language))
        if term is None:
            term = "" if word in stop or len(word) < 2 else stem(word, language)
            if len(_TERM_OF) < 500_000:
                _TERM_OF[(word, language)] = term
        if term:
            counts[term] = get(term, 0.0) + n * weight


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), or limit + 1 past `limit`:
    "anxeity" -> "anxiety" is 1 (one transposition)."""
    return OSA.distance(a, b, score_cutoff=limit)


def allowed_typos(word: str) -> int:
    """How many edits a word may carry and still count as a misspelling of another."""
    if len(word) <= 3:
        return 0
    if len(word) <= 7:
        return 1
    return 2
