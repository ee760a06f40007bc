"""Excerpts for the results page: a short window of a page's text around the first matched
word, HTML-escaped, with every matched word wrapped in <mark>."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.text import fold, stem

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
ELLIPSIS = "\u2026"


def _matcher(terms):
    wanted = {fold(t) for t in terms if t}
    stems = {stem(t) for t in wanted}

    def matches(word: str) -> bool:
        folded = fold(word)
        return folded in wanted or stem(folded) in stems

    return matches


def excerpt(text: str, terms, length: int = 240, lead: int = 60) -> SafeString:
    """About `length` characters of `text`, starting a little before the first word that
    matches one of `terms` (or at the start), escaped, matched words in <mark>."""
    text = " ".join((text or "").split())
    if not text:
        return mark_safe("")  # noqa: S308 - empty
    matches = _matcher(terms)
    found = [m for m in _WORD_RE.finditer(text) if matches(m.group(0))]
    start = 0
    if found and found[0].start() > lead:
        start = text.rfind(" ", 0, found[0].start() - lead) + 1
    end = len(text)
    if end - start > length:
        end = text.rfind(" ", start, start + length)
        if end <= start:
            end = start + length
    html = [ELLIPSIS] if start > 0 else []
    position = start
    for match in found:
        if match.start() < start or match.end() > end:
            continue
        html.append(escape(text[position : match.start()]))
        html.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    html.append(escape(text[position:end]))
    if end < len(text):
        html.append(ELLIPSIS)
    return mark_safe("".join(html))  # noqa: S308 - every piece of text above is escaped
