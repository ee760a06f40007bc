"""Does a query sound like someone in crisis? Then the results page leads with crisis help.

A miss costs far more than a false alarm, so matching is forgiving: case, accents and
punctuation do not matter, words may be run together or split ("killmyself", "self harm",
"kill my self"), suffixes are allowed ("overdosed", "self-harming"), simple misspellings
count ("suicde", "kil myself") and so does common look-alike spelling ("su1c1de", "$uicide").
It stays strict where a loose match would fire on ordinary searches: short words must be
exact ("die" is not "diet"), numbers must be exact ("988" is not "9880"), and a misspelling of
a one-word phrase must not be a real word the site uses ("overdone" is not "overdose").

Spanish phrases (search/crisis_phrases.py) are read by Spanish rules: spellings that sound
the same match ("kiero" for "quiero", "morirrr" for "morir"), a pronoun may be attached
("suicidarme", "morirme") and plurals count, but short verbs stay exact, because their other
forms are everyday Spanish ("me corté el dedo" is not "me corto", "me mata" is not "me mato").
"""

import re
from collections.abc import Iterable
from typing import NamedTuple

from core.text import edit_distance, fold, stem
from search.crisis_phrases import CRISIS_PHRASES

DEFAULT_CRISIS_PHRASES = CRISIS_PHRASES["en"]


class CrisisPhrase(NamedTuple):
    """A phrase and the language whose rules read it; a plain string is an English phrase."""

    text: str
    language: str = "en"


# Ordinary words one edit away from a crisis word. They still match exactly-typed phrases
# that contain them; they just are not read as a misspelling.
ORDINARY_LOOKALIKES = frozenset({"overdone", "overdoes", "overdo", "overdue", "overdoses"})

# Texting shorthand read as the word it stands for.
_SHORTHAND = {
    "2": "to",
    "u": "you",
    "ur": "your",
    "im": "i",
    # Spanish
    "q": "que",
    "k": "que",
    "xq": "porque",
    "pq": "porque",
    "x": "por",
    "d": "de",
    # Run-together forms, read as their two words ("wanna die" is "want to die")
    "wanna": "want to",
    "gonna": "going to",
}
# Words that only add weight, dropped from queries and phrases alike, so "i just want to
# die" reads as "i want to die" and "ya no quiero vivir" as "no quiero vivir".
_FILLERS = frozenset(
    [
        "just",
        "really",
        "literally",
        "honestly",
        "seriously",
        "actually",
        "so",
        "fucking",
        "kinda",
        "lowkey",
        "ya",
        "solo",
        "nomas",
        "simplemente",
        "realmente",
    ]
)
_STRETCHED_RE = re.compile(r"([a-z])\1{2,}")  # "dieeeee", "morirrrr"

_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "i",
    }
)
_LEET_WORD_RE = re.compile(r"[a-z0-9@$!|]+")


def _unleet(match: re.Match) -> str:
    token = match.group(0)
    if token.isalpha() or not any(ch.isalpha() for ch in token):
        return token  # plain words and plain numbers ("988") stay as they are
    # Keep sentence punctuation at a word's edge ("die!") from turning into a letter.
    core = token.rstrip("!|").lstrip("!|")
    if not any(ch.isalpha() for ch in core):
        return token
    return token.replace(core, core.translate(_LEET))


def crisis_words(text: str) -> list[str]:
    """The words of a text as crisis matching sees them."""
    text = _STRETCHED_RE.sub(r"\1", _LEET_WORD_RE.sub(_unleet, fold(text)))
    read = " ".join(_SHORTHAND.get(w, w) for w in re.findall(r"[^\W_]+", text))
    return [w for w in read.split() if w not in _FILLERS]


def _is_inflection(typed: str, expected: str) -> bool:
    """ "harming" of "harm", "overdosing" of "overdose"; not "harmony" of "harm"."""
    return stem(typed) == stem(expected)


def _word_matches(typed: str, expected: str, *, alone: bool, known_words: frozenset) -> bool:
    if typed == expected:
        return True
    if not (typed.isalpha() and expected.isalpha()):
        return False  # numbers are exact
    if len(expected) >= 4 and _is_inflection(typed, expected):
        return True  # "overdosed", "harming", "killing", "suicides"
    if len(expected) <= 3 or (typed[0] != expected[0] and len(expected) <= 5):
        return False  # "die" is not "diet"; "kill" is not "will"
    if alone and (typed in ORDINARY_LOOKALIKES or typed in known_words):
        return False
    allowed = 1 if len(expected) <= 7 or alone else 2
    return edit_distance(typed, expected, allowed) <= allowed


# Spanish: one spelling for letters that sound alike, so "kiero", "bida" and "aser" are read
# as "quiero", "vida" and "hacer". Applied to the query and the phrase alike.
_SOUNDS_ALIKE = [
    (re.compile(r"ch"), "C"),
    (re.compile(r"ll"), "y"),
    (re.compile(r"(.)\1+"), r"\1"),  # "morirrrr", "muyyy"
    (re.compile(r"h"), ""),
    (re.compile(r"qu|q|c(?=[aou])|c$|c(?=[^aeiou])"), "k"),
    (re.compile(r"c|z"), "s"),
    (re.compile(r"v"), "b"),
    (re.compile(r"gu(?=[ei])"), "g"),
]
# Pronouns written onto a verb: "suicidarme", "morirse", "matandome".
_ATTACHED_PRONOUN_RE = re.compile(r"(?<=[aei]r|do)(me|se)$")


def _sounds(word: str) -> str:
    for pattern, replacement in _SOUNDS_ALIKE:
        word = pattern.sub(replacement, word)
    return word


# Other persons and moods of "querer": "mi hijo quiere morir", "quisiera morirme".
_WANTING = dict.fromkeys(("quiere", "quieres", "queria", "quisiera", "queremos"), "quiero")


def _spanish_word_matches(typed: str, expected: str, *, alone: bool, known_words) -> bool:
    typed, expected = _WANTING.get(typed, typed), _WANTING.get(expected, expected)
    if typed == expected:
        return True
    if not (typed.isalpha() and expected.isalpha()):
        return False
    # "morirme" for "morir"; "matarse" for "matarme"; never "matar" for "matarme".
    typed_bare = _ATTACHED_PRONOUN_RE.sub("", typed)
    expected_bare = _ATTACHED_PRONOUN_RE.sub("", expected)
    if typed_bare != typed and typed_bare == expected_bare:
        return True
    if typed in (expected + "s", expected + "es"):
        return True  # "suicidas", "autolesiones"
    # A long stem is specific enough to stand for its family ("despertara", "suicidio");
    # a short one is not ("mat" is "mata", "matar" and "matarme").
    expected_stem = stem(expected, "es")
    if len(expected_stem) >= 6 and stem(typed, "es") == expected_stem:
        return True
    typed_sound, expected_sound = _sounds(typed), _sounds(expected)
    if typed_sound == expected_sound:
        return True
    if len(expected_sound) <= 5 or typed_sound[:1] != expected_sound[:1]:
        return False  # short words are exact: "corte" is not "corto", "mata" not "mato"
    if alone and typed in known_words:
        return False
    allowed = 1 if len(expected_sound) <= 9 or alone else 2
    return edit_distance(typed_sound, expected_sound, allowed) <= allowed


_WORD_RULES = {"en": _word_matches, "es": _spanish_word_matches}


def _joined_matches(candidate: str, joined: str, language: str) -> bool:
    """Run-together words: an inflection in English ("killingmyself"), a sound-alike spelling
    in Spanish, where stems are too short to tell "cortarla" from "cortarme"."""
    if language == "es":
        return _sounds(candidate) == _sounds(joined)
    return _is_inflection(candidate, joined)


def _phrase_matches(
    query: list[str], phrase: list[str], known_words: frozenset, language: str = "en"
) -> bool:
    word_matches = _WORD_RULES.get(language, _word_matches)
    size = len(phrase)
    alone = size == 1
    for start in range(len(query) - size + 1):
        window = query[start : start + size]
        if all(
            word_matches(t, e, alone=alone, known_words=known_words)
            for t, e in zip(window, phrase, strict=True)
        ):
            return True
    # Words run together or split apart ("killmyself", "kill my self"): compare the letters
    # without the spaces, for every other way of cutting them into words.
    joined = "".join(phrase)
    if len(joined) < 6 or not joined.isalpha():
        return False
    for width in range(1, size + 2):
        if width == size:
            continue  # the same cut was compared word by word above
        for start in range(len(query) - width + 1):
            candidate = "".join(query[start : start + width])
            if candidate == joined or _joined_matches(candidate, joined, language):
                return True
            if (
                language == "en"
                and not alone
                and len(joined) >= 8
                and candidate[:1] == joined[:1]
                and candidate not in known_words
                and edit_distance(candidate, joined, 1) <= 1
            ):
                return True
    return False


def parse_phrases(text: str) -> list[str]:
    """An editor's list, one phrase a line (commas also separate), blank lines ignored."""
    return [p.strip() for p in re.split(r"[\n,]", text or "") if p.strip()]


def default_phrases() -> list[CrisisPhrase]:
    """Every built-in phrase of every language."""
    return [CrisisPhrase(p, lang) for lang, phrases in CRISIS_PHRASES.items() for p in phrases]


def matched_crisis_phrase(
    query: str, phrases: Iterable[str | CrisisPhrase], known_words: Iterable[str] = ()
) -> str | None:
    """The text of the first crisis phrase the query matches, or None. A plain string is an
    English phrase."""
    typed = crisis_words(query)
    if not typed:
        return None
    known = frozenset(known_words)
    for phrase in phrases:
        text, language = (phrase, "en") if isinstance(phrase, str) else phrase
        expected = crisis_words(text)
        if expected and _phrase_matches(typed, expected, known, language):
            return text
    return None
