"""The one interface every directory engine implements: a ProgramQuery in, a SearchResult out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from directory.models import ProgramPage

PAGE_SIZE = 10
RADII = (5, 10, 25, 50, 100)
DEFAULT_RADIUS = 25
START_SOON_DAYS = 14
SORTS = ("distance", "name", "verified")
# Facets whose ticked values must all hold ("treats burnout and anxiety"); the others match
# any ticked value ("IOP or PHP").
ALL_OF_FACETS = frozenset({"condition", "population", "time", "language"})
FILTER_FACETS = (
    "level",
    "format",
    "condition",
    "population",
    "payment",
    "time",
    "language",
    "state",
    "accreditation",
)


@dataclass(frozen=True)
class ProgramQuery:
    text: str = ""
    zip_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    zip_state: str = ""
    radius: int = DEFAULT_RADIUS
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    accepting: bool = False
    start_soon: bool = False  # accepting, and can start within START_SOON_DAYS
    sort: str = "name"
    page: int = 1
    page_size: int = PAGE_SIZE

    @property
    def has_origin(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def with_changes(self, **changes) -> ProgramQuery:
        return replace(self, **changes)


@dataclass
class ProgramHit:
    program: ProgramPage
    distance_miles: float | None  # set when the program is within the radius
    online_state: str = ""  # set when included because it serves the ZIP's state online

    @property
    def location_label(self) -> str:
        """ "4.2 miles", "Online — serves PA", "Online", or "" for an in-person program."""
        if self.distance_miles is not None:
            miles = round(self.distance_miles, 1)
            return "1 mile" if miles == 1 else f"{miles:.1f} miles"
        if self.online_state:
            return f"Online — serves {self.online_state}"
        if self.program.format == "virtual":
            return "Online"
        return ""


@dataclass
class SearchResult:
    hits: list[ProgramHit]
    total: int
    page: int
    num_pages: int
    # facet -> {slug: count}; "accepting" -> {"yes": count}
    facets: dict[str, dict[str, int]]


class Engine(Protocol):
    def search(self, query: ProgramQuery, *, facets: bool = True) -> SearchResult: ...

    def counts(self, queries: Sequence[ProgramQuery]) -> list[int]:
        """How many programs each query finds, in one round trip (the ways out of a search
        that found nothing)."""
        ...


def clamp_page(page: int, total: int, page_size: int) -> tuple[int, int]:
    """(page, num_pages): a page past the end becomes the last page."""
    num_pages = max(1, -(-total // page_size))
    return min(max(1, page), num_pages), num_pages
