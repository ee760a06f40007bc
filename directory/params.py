"""GET parameters -> ProgramQuery. Only the whitelisted names below are read; bad values are
repaired (nearest radius, last page, known slugs only, text cut to 200 characters) and an
unknown ZIP becomes a message while every other filter is kept. Never raises."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext_noop

from core.pagination import page_number
from directory.engines.base import (
    DEFAULT_RADIUS,
    FILTER_FACETS,
    PAGE_SIZE,
    RADII,
    SORTS,
    ProgramQuery,
)
from directory.facets import FACET_VOCABULARIES
from directory.geo import lookup_zip
from directory.shortlist import Shortlist, parse_ids

MAX_TEXT = 200
MAX_ZIP_INPUT = 10
# Far past the last page of any directory (a page past the end shows the last one), and small
# enough that the row offset it asks for fits every database's integers.
MAX_PAGE = 100_000
# "list" carries the person's saved programs through a search (directory/shortlist.py).
PARAMS = ("q", "zip", "radius", *FILTER_FACETS, "accepting", "soon", "sort", "list", "page")
TRUE_VALUES = {"1", "yes", "on", "true"}
SORT_LABELS = {
    "distance": gettext_noop("Distance"),
    "name": gettext_noop("Name"),
    "verified": gettext_noop("Recently verified"),
}


def _clean_text(value: str, limit: int) -> str:
    # Control characters (NUL among them) would make PostgreSQL refuse the query.
    value = "".join(ch for ch in value if ch.isprintable())
    return " ".join(value.split())[:limit].strip()


def _int_or_none(value: str) -> int | None:
    value = (value or "").strip()[:12]
    try:
        return int(float(value))
    except (ValueError, OverflowError):
        return None


def nearest_radius(value: str) -> int:
    number = _int_or_none(value)
    if number is None:
        return DEFAULT_RADIUS
    return min(RADII, key=lambda radius: (abs(radius - number), radius))


@dataclass
class ParsedSearch:
    query: ProgramQuery
    zip_input: str = ""
    zip_error: str = ""
    selected: dict[str, list[str]] = field(default_factory=dict)
    sort_given: str = ""
    saved: Shortlist = field(default_factory=Shortlist)

    @property
    def is_search(self) -> bool:
        q = self.query
        return bool(
            q.text or self.zip_input or any(self.selected.values()) or q.accepting or q.start_soon
        )

    def pairs(self, *, page: int | None = None, **changes) -> list[tuple[str, str]]:
        """The canonical GET pairs for this search, with `changes` applied (None drops)."""
        state: dict[str, object] = {
            "q": self.query.text,
            "zip": self.zip_input,
            "radius": str(self.query.radius) if self.zip_input else "",
            **{facet: self.selected.get(facet, []) for facet in FILTER_FACETS},
            "accepting": "1" if self.query.accepting else "",
            "soon": "1" if self.query.start_soon else "",
            "sort": self.sort_given,
            "list": self.saved.param,
        }
        state.update(changes)
        pairs = []
        for name in PARAMS[:-1]:
            value = state.get(name)
            values = value if isinstance(value, list | tuple) else [value]
            pairs += [(name, str(v)) for v in values if v]
        if page and page > 1:
            pairs.append(("page", str(page)))
        return pairs

    def querystring(self, **changes) -> str:
        pairs = self.pairs(**changes)
        return "?" + urlencode(pairs) if pairs else "?"


def parse(data, *, page_size: int = PAGE_SIZE) -> ParsedSearch:
    """`data` is a QueryDict (request.GET) or anything with get() and getlist()."""
    text = _clean_text(data.get("q", "") or "", MAX_TEXT)
    zip_input = _clean_text(data.get("zip", "") or "", MAX_ZIP_INPUT)
    place = lookup_zip(zip_input) if zip_input else None
    zip_error = f"We don't recognise ZIP {zip_input}." if zip_input and place is None else ""

    selected: dict[str, list[str]] = {}
    for facet in FILTER_FACETS:
        allowed = {slug for slug, _label in FACET_VOCABULARIES[facet]}
        wanted = [(v or "").strip()[:40] for v in data.getlist(facet)[:60]]
        if facet == "state":
            wanted = [v.upper() for v in wanted]
        chosen = [v for v in dict.fromkeys(wanted) if v in allowed]
        if chosen:
            selected[facet] = chosen

    sort_given = (data.get("sort", "") or "").strip()
    if sort_given not in SORTS or (sort_given == "distance" and place is None):
        sort_given = ""
    sort = sort_given or ("distance" if place else "name")
    page = page_number(data.get("page")) or 1

    query = ProgramQuery(
        text=text,
        zip_code=place.zip_code if place else "",
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        zip_state=place.state if place else "",
        radius=nearest_radius(data.get("radius", "")),
        filters={facet: tuple(slugs) for facet, slugs in selected.items()},
        accepting=(data.get("accepting", "") or "").strip().lower() in TRUE_VALUES,
        start_soon=(data.get("soon", "") or "").strip().lower() in TRUE_VALUES,
        sort=sort,
        page=min(max(1, page), MAX_PAGE),
        page_size=page_size,
    )
    saved = parse_ids(data.getlist("list"))
    return ParsedSearch(query, zip_input, zip_error, selected, sort_given, saved)
