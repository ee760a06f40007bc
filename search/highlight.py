"""Excerpts for the results page: a short window of a page's text around the first matched
word, HTML-escaped, with every matched word wrapped in <mark>."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.text import fold, stem

ELLIPSIS = "\u2026"


_WORD_RE = re.compile(r"[^\W_]+")


class WordMatcher:
    """Finds the words of a text that a search looked for: the same word, or for longer words
    any word with the same stem ("nurse" marks "nurses" and "nursing")."""

    def __init__(self, words: set[str], stems: set[str]):
        self.words, self.stems = words, stems

    def matches(self, word: str) -> bool:
        folded = fold(word)
        return folded in self.words or (len(folded) >= 4 and stem(folded) in self.stems)

    def finditer(self, text: str):
        return (m for m in _WORD_RE.finditer(text) if self.matches(m.group(0)))

    def search(self, text: str):
        return next(self.finditer(text), None)


def pattern(terms) -> WordMatcher | None:
    """What marks the searched words in a text; None when there is nothing to mark."""
    found = {word for term in terms for word in fold(term or "").split() if word}
    if not found:
        return None
    return WordMatcher(found, {stem(word) for word in found if len(word) >= 4})


def excerpt(text: str, terms, length: int = 240, lead: int = 60) -> SafeString:
    """About `length` characters of `text`, starting a little before the first word that
    matches one of `terms` (or at the start), escaped, matched words in <mark>."""
    text = " ".join((text or "").split())
    if not text:
        return mark_safe("")  # noqa: S308 - empty
    found = pattern(terms)
    first = found.search(text) if found else None
    start = 0
    if first and first.start() > lead:
        start = text.rfind(" ", 0, first.start() - lead) + 1
    end = len(text)
    if end - start > length:
        end = text.rfind(" ", start, start + length)
        if end <= start:
            end = start + length
    window = text[start:end]
    html = [ELLIPSIS] if start > 0 else []
    position = 0
    for match in found.finditer(window) if found else ():
        html.append(escape(window[position : match.start()]))
        html.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    html.append(escape(window[position:]))
    if end < len(text):
        html.append(ELLIPSIS)
    return mark_safe("".join(html))  # noqa: S308 - every piece of text above is escaped
