"""Autocomplete: what the search box offers while someone types.

Searches first (words and title phrases of the vocabulary that complete the last word), then
pages whose titles have a word starting that way. When the text already reads as a crisis
phrase, the first suggestion is the crisis line itself.
"""

from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Page, Site

from core.text import STOP_WORDS, is_plain_word, words
from core.visibility import public_q
from search import sqlite_fts, vocabulary
from search.crisis import matched_crisis_phrase
from search.models import search_settings
from search.pagetext import type_label
from search.scope import request_language

MAX_SUGGESTIONS = 8
MAX_PAGES = 3
MIN_PREFIX = 2


def _search_item(text: str) -> dict:
    url = f"{reverse('search:results')}?{urlencode({'q': text})}"
    return {"text": text, "url": url, "kind": "search"}


def _crisis_item(request) -> dict | None:
    """The first channel of the short form (the banner's first link)."""
    from home.context_processors import site_settings_for

    site_settings = site_settings_for(request)
    channels = site_settings.banner_channels or site_settings.channels
    if not channels:
        return None
    return {
        "text": f"Talk to someone now: {channels[0].label}",
        "url": channels[0].action,
        "kind": "crisis",
    }


def suggestions_for(query: str, request) -> list[dict]:
    typed = [w for w in words(query) if is_plain_word(w)][:12]
    if not typed or len(" ".join(typed)) < MIN_PREFIX:
        return []
    items: list[dict] = []
    if matched_crisis_phrase(query, search_settings(request).crisis_phrase_list):
        items += [item for item in [_crisis_item(request)] if item]

    head, prefix = typed[:-1], typed[-1]
    texts: list[str] = []
    if head:
        # "intensive out" -> the title phrase "intensive outpatient"
        for phrase in vocabulary.completions(f"{head[-1]} {prefix}", MAX_SUGGESTIONS):
            texts.append(" ".join([*head[:-1], phrase]))
    stop = STOP_WORDS[request_language()]
    for term in vocabulary.completions(prefix, MAX_SUGGESTIONS + 4):
        if term not in stop and len(term) > 2:
            texts.append(" ".join([*head, term]))
    as_typed = " ".join(typed)
    completions = [_search_item(t) for t in dict.fromkeys(texts) if t != as_typed]
    items += completions[: MAX_SUGGESTIONS - MAX_PAGES - len(items)]

    candidates = Page.objects.filter(public_q(indexed_fields_only=True), depth__gt=1)
    site = Site.find_for_request(request)
    if site is not None:
        candidates = candidates.in_site(site)
    room = MAX_SUGGESTIONS - len(items)
    if sqlite_fts.available():
        pages = sqlite_fts.autocomplete(typed, site, room)
    else:
        pages = candidates.specific().autocomplete(" ".join(typed))[:room]
    for page in pages:
        url = page.get_url(request)
        if url:
            items.append({"text": page.title, "url": url, "kind": "page", "type": type_label(page)})
    return items[:MAX_SUGGESTIONS]
