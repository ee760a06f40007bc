"""GET /api/directory/programs/: the directory search as JSON, with the same parameters,
parser and engine as the directory page, so both always agree. Beside it, the open-data export
at /api/directory/hsds/ (directory/hsds_api.py). Schema at /api/directory/openapi.json (no docs
page: it would load Swagger from a CDN)."""

import datetime

from django.http import HttpRequest
from ninja import Field, NinjaAPI, Query, Schema

from directory import params
from directory.engines import get_engine
from directory.hsds_api import router as hsds_router
from directory.search_page import facet_groups, page_links

api = NinjaAPI(
    title="Haven program directory",
    version="1",
    description="Treatment programs by ZIP, distance, level of care and other filters.",
    urls_namespace="directory_api",
    docs_url=None,
)
api.add_router("/hsds/", hsds_router)


class ProgramOut(Schema):
    id: int
    name: str
    organisation: str
    url: str
    summary: str
    levels_of_care: list[str]
    format: str
    payment: list[str]
    payment_summary: str
    phone: str
    city: str
    state: str
    zip_code: str
    distance_miles: float | None
    location_label: str
    accepting_new_clients: bool
    last_verified: datetime.date | None
    next_intake_date: datetime.date | None
    waitlist_weeks: int | None
    availability_as_of: datetime.date | None
    accreditations: list[str]
    licence_number: str
    verification: str = Field(
        description='"recent" (verified within the recent age), "not-recent" (older, never '
        "verified, or a confirmed error report waits for re-verification). Out-of-date "
        "listings are not in results."
    )
    verification_label: str


class FacetOption(Schema):
    slug: str
    label: str
    count: int
    selected: bool


class Facet(Schema):
    name: str
    label: str
    options: list[FacetOption]


class Paging(Schema):
    page: int
    num_pages: int
    page_size: int
    total: int
    next: str | None
    previous: str | None


class SearchEcho(Schema):
    q: str
    zip: str
    zip_error: str
    radius: int
    sort: str
    accepting: bool
    start_soon: bool
    filters: dict[str, list[str]]


class ProgramsOut(Schema):
    search: SearchEcho
    results: list[ProgramOut]
    facets: list[Facet]
    accepting_count: int
    paging: Paging


class ProgramParams(Schema):
    """Every parameter is optional; bad values are repaired, never rejected."""

    q: str = ""
    zip: str = ""
    radius: str = "25"
    level: list[str] = []
    format: list[str] = []
    condition: list[str] = []
    population: list[str] = []
    payment: list[str] = []
    time: list[str] = []
    language: list[str] = []
    state: list[str] = []
    accreditation: list[str] = []
    accepting: str = ""
    soon: str = Field("", description="1: accepting and can start within 2 weeks.")
    sort: str = ""
    page: str = "1"


@api.get("/programs/", response=ProgramsOut, summary="Search treatment programs")
def programs(request: HttpRequest, filters: Query[ProgramParams]):
    # The declared parameters document the API; parsing uses request.GET through the
    # page's own parser, so the same URL gives the same programs in both places.
    parsed = params.parse(request.GET)
    result = get_engine().search(parsed.query)
    links = page_links(parsed, result)
    base = request.path
    return {
        "search": {
            "q": parsed.query.text,
            "zip": parsed.zip_input,
            "zip_error": parsed.zip_error,
            "radius": parsed.query.radius,
            "sort": parsed.query.sort,
            "accepting": parsed.query.accepting,
            "start_soon": parsed.query.start_soon,
            "filters": parsed.selected,
        },
        "results": [
            {
                "id": hit.program.pk,
                "name": hit.program.title,
                "organisation": hit.program.organisation,
                "url": hit.program.get_url(request) or "",
                "summary": hit.program.summary,
                "levels_of_care": hit.program.levels_of_care,
                "format": hit.program.format,
                "payment": hit.program.payment,
                "payment_summary": hit.program.payment_summary(),
                "phone": hit.program.phone,
                "city": hit.program.city,
                "state": hit.program.state,
                "zip_code": hit.program.zip_code,
                "distance_miles": (
                    round(hit.distance_miles, 2) if hit.distance_miles is not None else None
                ),
                "location_label": hit.location_label,
                "accepting_new_clients": hit.program.accepting_new_clients,
                "last_verified": hit.program.last_verified,
                "next_intake_date": hit.program.next_intake_date,
                "waitlist_weeks": hit.program.waitlist_weeks,
                "availability_as_of": hit.program.availability_as_of,
                "accreditations": hit.program.accreditations,
                "licence_number": hit.program.licence_number,
                "verification": hit.program.freshness,
                "verification_label": hit.program.freshness_label,
            }
            for hit in result.hits
        ],
        "facets": [
            {
                "name": group["name"],
                "label": group["label"],
                "options": [
                    {
                        "slug": option["slug"],
                        "label": option["label"],
                        "count": option["count"],
                        "selected": option["checked"],
                    }
                    for option in group["options"]
                ],
            }
            for group in facet_groups(parsed, result)
        ],
        "accepting_count": result.facets.get("accepting", {}).get("yes", 0),
        "paging": {
            "page": result.page,
            "num_pages": result.num_pages,
            "page_size": parsed.query.page_size,
            "total": result.total,
            "next": base + links["next"] if links["next"] else None,
            "previous": base + links["previous"] if links["previous"] else None,
        },
    }
