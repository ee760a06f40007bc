"""The search page as a reader sees it: labels, highlights, counts, paging, the empty page,
promotions, suggestions."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import Synonym
from tests.articles.factories import make_article


def results(html):
    """(type label, title text, href) of each ranked result, in order."""
    items = re.findall(
        r'<li class="search-result">\s*<p class="search-result__type">(.*?)</p>\s*'
        r'<h3 class="search-result__title"><a href="([^"]+)">(.*?)</a>',
        html,
        re.S,
    )
    return [(label, re.sub(r"</?mark>", "", title), href) for label, href, title in items]


def get(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_results_are_labelled_and_highlighted(client, content):
    html = get(client, q="anxiety")
    found = results(html)
    assert ("Article", "Anxiety at work", "/articles/anxiety/") in found
    assert ("Program", "Cedar Ridge Recovery", "/programs/cedar/") in found
    assert "<mark>Anxiety</mark> at work" in html
    assert re.search(r'search-result__excerpt">[^<]*<mark>Anxiety</mark> responds', html)


def test_count_is_announced_and_query_is_kept(client, content):
    html = get(client, q="burnout")
    assert re.search(r'role="status" aria-live="polite">2 results for “burnout”', html)
    assert re.search(r'<input id="search-page-q"[^>]*value="burnout"', html)
    assert '<meta name="robots" content="noindex">' in html
    assert html.count("<h1") == 1


def test_results_page_is_noindex_and_private(client, content):
    response = client.get("/search/", {"q": "burnout"})
    assert response["X-Robots-Tag"] == "noindex"
    assert "private" in response["Cache-Control"]


def test_query_text_is_escaped_everywhere(client, content):
    html = get(client, q='<script>alert("x")</script> burnout')
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_pagination(client, content):
    index = content["articles"]
    for n in range(12):
        make_article(
            index,
            title=f"Shift work guide {n}",
            slug=f"shift-{n}",
            summary="Rotating shift work and sleep.",
        )
    first = get(client, q="rotating shift")
    assert len(results(first)) == 10
    assert "Page 1 of 2" in first
    assert 'href="/search/?q=rotating+shift&amp;page=2" rel="next"' in first
    second = get(client, q="rotating shift", page="2")
    assert len(results(second)) == 2
    titles = {t for _, t, _ in results(first)} | {t for _, t, _ in results(second)}
    assert len(titles) == 12  # every page exactly once across the two pages
    assert 'rel="prev"' in second
    assert re.search(r'<ol class="search-results" start="11">', second)
    # Out of range or nonsense page numbers land on a real page.
    assert results(get(client, q="rotating shift", page="99")) == results(second)
    assert results(get(client, q="rotating shift", page="abc")) == results(first)


def test_empty_query_offers_topics_and_directory(client, content):
    html = get(client, q="   ")
    assert "Popular topics" in html
    assert 'href="/search/?q=Virtual+IOP"' in html
    assert 'action="/programs/"' in html and 'name="zip"' in html
    assert "search-result" not in html
    assert 'role="status"' not in html


def test_zero_results_explains_and_links_directory(client, content):
    html = get(client, q="xylophone")
    assert "0 results for “xylophone”" in html
    assert "Nothing matched" in html
    assert 'href="/programs/"' in html


def test_promotion_shows_first(client, content):
    pick = content["cedar"]
    SearchPromotion.objects.create(
        query=Query.get("burnout"), page=pick, description="Our burnout program.", sort_order=0
    )
    html = get(client, q="Burnout")
    promoted = html.find("search-result--promoted")
    assert 0 < promoted < html.find('<li class="search-result">')
    assert "Our burnout program." in html
    assert html.find('href="/programs/cedar/"') < html.find('href="/articles/burnout/"')
    # Not listed a second time among the ranked results.
    assert html.count('href="/programs/cedar/"') == 1


def test_promotion_matches_despite_case_and_punctuation(client, content):
    SearchPromotion.objects.create(query=Query.get("iop"), page=content["harbor"], sort_order=0)
    html = get(client, q="IOP?")
    assert "search-result--promoted" in html and 'href="/programs/harbor/"' in html


def test_unpublished_promotion_is_not_shown(client, content):
    page = content["harbor"]
    SearchPromotion.objects.create(query=Query.get("evening"), page=page, sort_order=0)
    page.unpublish()
    assert 'href="/programs/harbor/"' not in get(client, q="evening")


@pytest.mark.parametrize(
    ("typed", "expected_title"),
    [
        ("burnot", "Burnout in nurses"),
        ("anxeity", "Anxiety at work"),
        ("intensiv outpatient", "What a week of structured care looks like"),
        ("telehelth", "Therapy from your kitchen table"),
    ],
)
def test_typos_still_find_the_page(client, content, typed, expected_title):
    assert expected_title in [t for _, t, _ in results(get(client, q=typed))]


def test_did_you_mean(client, content):
    html = get(client, q="burnot")
    assert re.search(r'Did you mean <a href="/search/\?q=burnout">burnout</a>\?', html)
    assert "Did you mean" not in get(client, q="burnout")


def test_editor_synonym_pair(client, content):
    assert results(get(client, q="compassion fatigue")) == []
    Synonym.objects.create(words="compassion fatigue, burnout")
    titles = [t for _, t, _ in results(get(client, q="compassion fatigue"))]
    assert "Burnout in nurses" in titles


def test_suggest_fills_eight_places_words_first_then_pages(client, content):
    index = content["articles"]
    for n in range(10):
        make_article(index, title=f"Burnout story {n}", slug=f"burn-{n}", summary=f"bur{n}ish")
    data = client.get("/search/suggest/", {"q": "bur"}).json()
    assert data["query"] == "bur"
    kinds = [item["kind"] for item in data["suggestions"]]
    assert kinds == ["search"] * 5 + ["page"] * 3  # more would not fit under the box
    words = [item["text"] for item in data["suggestions"][:5]]
    assert words[0] == "burnout" and all(word.startswith("bur") for word in words)
    for item in data["suggestions"][5:]:
        assert item["text"].startswith("Burnout") and item["type"] == "Article"
        assert f"<h1>{item['text']}</h1>" in client.get(item["url"]).content.decode()


def test_suggest_completes_the_last_word_of_several(client, content):
    data = client.get("/search/suggest/", {"q": "intensive outp"}).json()
    assert "intensive outpatient" in [item["text"] for item in data["suggestions"]]


def test_suggest_needs_two_letters(client, content):
    assert client.get("/search/suggest/", {"q": "b"}).json()["suggestions"] == []
    assert client.get("/search/suggest/").json() == {"query": "", "suggestions": []}


def test_page_works_without_script_and_loads_it_from_static(client, content):
    html = get(client, q="burnout")
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", html, re.S)
    assert all(body.strip() == "" for body in scripts if "ld+json" not in body)
    assert re.search(r'<script src="/static/js/suggest\.js" defer>', html)
    assert 'data-suggest-url="/search/suggest/"' in html
    assert re.search(
        r'<form class="search-form" role="search"[^>]*action="/search/" '
        r'method="get">',
        html,
    )


def test_an_excerpt_kept_between_searches_shows_an_edit_on_the_next_search(
    client, content, settings
):
    """Excerpts are read from texts kept in the fragment cache (search/pagetext.kept_texts)
    until the page changes."""
    settings.HAVEN_FRAGMENT_CACHE_SECONDS = 300
    assert "the first signs of" in client.get("/search/", {"q": "burnout"}).content.decode()

    draft = content["burnout"].get_latest_revision_as_object()
    draft.summary = "How long shifts wear nurses down, and the early warnings of burnout."
    draft.save_revision().publish()

    html = client.get("/search/", {"q": "burnout"}).content.decode()
    assert "the early warnings of" in html
    assert "the first signs of" not in html
