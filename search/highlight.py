"""Excerpts for the results page: a short window of a page's text around the first matched
word, HTML-escaped, with every matched word wrapped in <mark>."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.text import fold, stem

ELLIPSIS = "\u2026"


def pattern(terms) -> re.Pattern | None:
    """One regular expression for every term: whole words, or for longer words any word
    sharing their stem ("nurse" marks "nurses" and "nursing")."""
    alternatives = set()
    for term in terms:
        for word in fold(term or "").split():
            if not word:
                continue
            base = stem(word)
            alternatives.add(re.escape(base) + r"\w*" if len(base) >= 4 else re.escape(word))
    if not alternatives:
        return None
    ordered = sorted(alternatives, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(ordered) + r")(?!\w)", re.IGNORECASE)


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
