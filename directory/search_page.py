"""What the directory page and the API show: a parsed search, its results, facet groups with
counts, pagination links and, when nothing matches, the nearest ways out. Imports no model:
the directory page (directory/models.py) builds its context from here."""

from django.utils.translation import gettext as _

from directory import params
from directory.engines import get_engine
from directory.engines.base import FILTER_FACETS, RADII, SearchResult
from directory.facets import FACET_LABELS, FACET_VOCABULARIES
from directory.shortlist import Shortlist, list_url, saved_programs


def facet_groups(parsed: params.ParsedSearch, result: SearchResult) -> list[dict]:
    groups = []
    for facet in FILTER_FACETS:
        counts = result.facets.get(facet, {})
        chosen = set(parsed.selected.get(facet, []))
        options = [
            {
                "slug": slug,
                "label": _(label),
                "count": counts.get(slug, 0),
                "checked": slug in chosen,
            }
            for slug, label in FACET_VOCABULARIES[facet]
        ]
        if facet == "state":  # 52 boxes would bury the form: show states that have programs
            options = [o for o in options if o["count"] or o["checked"]]
        groups.append(
            {
                "name": facet,
                "label": _(FACET_LABELS[facet]),
                "options": options,
                "open": any(o["checked"] for o in options),
            }
        )
    return groups


def ways_out(parsed: params.ParsedSearch, engine) -> list[dict]:
    """Nearby searches that do find programs, tried only when the search found none."""
    query = parsed.query
    candidates = []
    if query.has_origin and query.radius < RADII[-1]:
        candidates.append(
            (
                _("Widen the search to %(miles)s miles") % {"miles": RADII[-1]},
                query.with_changes(radius=RADII[-1]),
                {"radius": str(RADII[-1])},
            )
        )
    formats = parsed.selected.get("format", [])
    if formats and "virtual" not in formats:
        filters = {k: v for k, v in query.filters.items() if k != "format"}
        candidates.append(
            (_("Include online programs"), query.with_changes(filters=filters), {"format": None})
        )
    for facet, slugs in parsed.selected.items():
        if facet == "format" and "virtual" not in slugs:
            continue
        filters = {k: v for k, v in query.filters.items() if k != facet}
        candidates.append(
            (
                _("Drop the “%(filter)s” filter") % {"filter": _(FACET_LABELS[facet])},
                query.with_changes(filters=filters),
                {facet: None},
            )
        )
    if query.accepting:
        candidates.append(
            (
                _("Include programs with a waiting list"),
                query.with_changes(accepting=False),
                {"accepting": None},
            )
        )
    if query.start_soon:
        candidates.append(
            (
                _("Include programs that start later"),
                query.with_changes(start_soon=False),
                {"soon": None},
            )
        )
    if query.text:
        candidates.append(
            (
                _("Search without the words “%(words)s”") % {"words": query.text},
                query.with_changes(text=""),
                {"q": None},
            )
        )
    counts = engine.counts([changed.with_changes(page=1) for _label, changed, _url in candidates])
    return [
        {"label": label, "count": count, "url": parsed.querystring(**url_changes)}
        for (label, _changed, url_changes), count in zip(candidates, counts, strict=True)
        if count
    ]


def page_links(parsed: params.ParsedSearch, result: SearchResult) -> dict:
    def url(page):
        return parsed.querystring(page=page)

    return {
        "previous": url(result.page - 1) if result.page > 1 else "",
        "next": url(result.page + 1) if result.page < result.num_pages else "",
        "pages": [
            {"number": n, "url": url(n), "current": n == result.page}
            for n in range(max(1, result.page - 2), min(result.num_pages, result.page + 2) + 1)
        ],
    }


def directory_context(request, page) -> dict:
    parsed = params.parse(request.GET)
    # Only programs that are still live stay on the list the results carry forward.
    parsed.saved = Shortlist(tuple(p.pk for p in saved_programs(parsed.saved)))
    engine = get_engine()
    result = engine.search(parsed.query)
    return {
        "search": parsed,
        "result": result,
        "facet_groups": facet_groups(parsed, result),
        "ways_out": ways_out(parsed, engine) if not result.total else [],
        "page_links": page_links(parsed, result),
        "radii": RADII,
        "sort_labels": params.SORT_LABELS,
        "accepting_count": result.facets.get("accepting", {}).get("yes", 0),
        "shortlist_url": list_url(page, request, parsed.saved),
    }
