"""The site search page (/search/?q=) and its autocomplete (/search/suggest/?q=).

Only `q` and `page` are read from the query string; nothing a visitor types can make
either view fail: a failing engine shows a calm message (and the crisis panel still shows).
"""

import logging
from dataclasses import dataclass

from django.apps import apps
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from wagtail.models import Site

from core.pagination import page_number as page_number_of
from core.site_lookup import needs_site
from core.visibility import public_q
from search import engine, querylog
from search.crisis import matched_crisis_phrase
from search.highlight import excerpt
from search.highlight import pattern as highlight_pattern
from search.models import search_settings
from search.pagetext import kept_texts, type_label
from search.promotions import promotions_for
from search.query import clean_query
from search.suggestions import suggestions_for

logger = logging.getLogger(__name__)

PER_PAGE = 10
MAX_PAGE = 100


@dataclass
class Hit:
    title: SafeString
    url: str
    type_label: str
    excerpt: SafeString


def _excerpt_text(page, pattern, request) -> str:
    """The first of the page's texts that mentions a searched word (or its first text)."""
    first = ""
    for text in kept_texts(page, request):
        if pattern is None or pattern.search(text):
            return text
        first = first or text
    return first


def _hit(page, terms, request, pattern) -> Hit:
    return Hit(
        title=excerpt(page.title, terms, length=500),
        url=page.get_url(request) or "",
        type_label=type_label(page),
        excerpt=excerpt(_excerpt_text(page, pattern, request), terms),
    )


def _topics(request) -> list[tuple[str, str]]:
    """Article topics as (name, link): the topic's page under the article index when there is
    one, else a search for the topic. Only when the articles app defines a Topic snippet."""
    try:
        topic_model = apps.get_model("articles", "Topic")
        index_model = apps.get_model("articles", "ArticleIndexPage")
    except LookupError:
        return []
    try:
        topics = list(topic_model.objects.order_by("name")[:12])
        index = index_model.objects.filter(public_q()).order_by("path").first()
    except DatabaseError:
        return []
    index_url = index.get_url(request) if index else None
    return [
        (t.name, f"{index_url}topic/{t.slug}/" if index_url else search_url(t.name)) for t in topics
    ]


def search_url(query: str, page: int = 1) -> str:
    params = {"q": query}
    if page > 1:
        params["page"] = page
    return f"{reverse('search:results')}?{urlencode(params)}"


def _respond(request, context):
    response = render(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    # A query can say a lot about a person: never keep it in a shared cache.
    patch_cache_control(response, private=True)
    return response


@needs_site
def search(request):
    query = clean_query(request.GET.get("q"))
    page_number = min(page_number_of(request.GET.get("page")) or 1, MAX_PAGE)
    settings = search_settings(request)
    context = {"search_query": query}
    if not query:
        context["topics"] = topics = _topics(request)
        listed = {name.casefold() for name, _ in topics}
        context["popular_searches"] = [
            (q, search_url(q)) for q in settings.popular_search_list if q.casefold() not in listed
        ]
        return _respond(request, context)

    plan = None
    try:
        plan = engine.plan(query)
    except Exception:
        logger.exception("Site search could not read its vocabulary")
    crisis = matched_crisis_phrase(
        query, settings.crisis_phrase_list, plan.known_words if plan else ()
    )
    context["crisis"] = bool(crisis)
    try:
        if plan is None:
            raise RuntimeError("no search plan")
        promoted = promotions_for(query, request)
        results, broadened = engine.search(
            query,
            plan,
            site=Site.find_for_request(request),
            exclude_ids=[p.page_id for p in promoted if p.page_id],
        )
        paginator = Paginator(results, PER_PAGE)
        page = paginator.get_page(page_number)
        terms = plan.highlight_terms
        pattern = highlight_pattern(terms)
        context.update(
            results=page,
            hits=[_hit(p, terms, request, pattern) for p in page.object_list],
            result_count=paginator.count,
            approximate=getattr(results.results, "approximate", False),
            promotions=promoted if page.number == 1 else [],
            broadened=broadened,
            suggestion=plan.suggestion,
            suggestion_url=search_url(plan.suggestion) if plan.suggestion else "",
            page_links=_page_links(query, page),
        )
    except Exception:
        logger.exception("Site search failed")
        context["search_failed"] = True
        context["result_count"] = 0
    if page_number == 1 and not context.get("search_failed"):
        querylog.record(query, context["result_count"], crisis)
    return _respond(request, context)


def _page_links(query, page) -> dict:
    links = {}
    if page.has_previous():
        links["previous"] = search_url(query, page.previous_page_number())
    if page.has_next():
        links["next"] = search_url(query, page.next_page_number())
    return links


@needs_site
def suggest(request):
    """Up to 8 suggestions for what is being typed, as JSON:
    {"query": "bur", "suggestions": [{"text": "burnout", "url": "/search/?q=burnout",
    "kind": "search"}, {"text": "Burnout on night shifts", "url": "/…/", "kind": "page",
    "type": "Article"}]}."""
    query = clean_query(request.GET.get("q"))[:100]
    try:
        items = suggestions_for(query, request)
    except Exception:
        logger.exception("Search suggestions failed")
        items = []
    response = JsonResponse({"query": query, "suggestions": items})
    response["X-Robots-Tag"] = "noindex"
    patch_cache_control(response, private=True, max_age=60)
    return response
