"""Does a query sound like someone in crisis? Then the results page leads with crisis help.

A miss costs far more than a false alarm, so matching is forgiving: case, accents and
punctuation do not matter, words may be run together or split ("killmyself", "self harm",
"kill my self"), suffixes are allowed ("overdosed", "self-harming"), simple misspellings
count ("suicde", "kil myself") and so does common look-alike spelling ("su1c1de", "$uicide").
It stays strict where a loose match would fire on ordinary searches: short words must be
exact ("die" is not "diet"), numbers must be exact ("988" is not "9880"), and a misspelling of
a one-word phrase must not be a real word the site uses ("overdone" is not "overdose").
"""

import re
from collections.abc import Iterable

from core.text import edit_distance, fold, stem

DEFAULT_CRISIS_PHRASES = [
    "suicide",
    "suicidal",
    "kill myself",
    "killing myself",
    "want to die",
    "wanna die",
    "want to be dead",
    "wish i was dead",
    "wish i were dead",
    "better off dead",
    "end my life",
    "ending my life",
    "end my own life",
    "take my life",
    "take my own life",
    "end it all",
    "ending it all",
    "no reason to live",
    "dont want to live",
    "dont want to be alive",
    "not worth living",
    "self-harm",
    "self harm",
    "harm myself",
    "hurt myself",
    "cut myself",
    "cutting myself",
    "overdose",
    "overdosing",
    "unalive",
    "kms",
    "988",
    "crisis line",
    "crisis hotline",
    "suicide hotline",
]

# Ordinary words one edit away from a crisis word. They still match exactly-typed phrases
# that contain them; they just are not read as a misspelling.
ORDINARY_LOOKALIKES = frozenset({"overdone", "overdoes", "overdo", "overdue", "overdoses"})

# Texting shorthand read as the word it stands for.
_SHORTHAND = {"2": "to", "u": "you", "ur": "your", "im": "i"}

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
    text = _LEET_WORD_RE.sub(_unleet, fold(text))
    return [_SHORTHAND.get(w, w) for w in re.findall(r"[^\W_]+", text)]


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


def _phrase_matches(query: list[str], phrase: list[str], known_words: frozenset) -> bool:
    size = len(phrase)
    alone = size == 1
    for start in range(len(query) - size + 1):
        window = query[start : start + size]
        if all(
            _word_matches(t, e, alone=alone, known_words=known_words)
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
            if candidate == joined or _is_inflection(candidate, joined):
                return True
            if (
                not alone
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


def matched_crisis_phrase(
    query: str, phrases: Iterable[str], known_words: Iterable[str] = ()
) -> str | None:
    """The first crisis phrase the query matches, or None."""
    typed = crisis_words(query)
    if not typed:
        return None
    known = frozenset(known_words)
    for phrase in phrases:
        expected = crisis_words(phrase)
        if expected and _phrase_matches(typed, expected, known):
            return phrase
    return None
