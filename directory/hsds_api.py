"""GET /api/directory/hsds/services/: the directory as Open Referral HSDS 3.0 services, a page at
a time, in the HSDS API's own paginated shape. The mapping is directory/hsds.py; this module
declares what the OpenAPI schema shows (the HSDS fields Haven fills) and reads the parameters.
A parameter it cannot read gets a 400 that says what to send instead."""

import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import BaseModel, Field

from directory import hsds

router = Router(tags=["Open data (HSDS 3.0)"])
# The response models are plain pydantic: ninja's Schema reads each field through a getter made
# for model instances, which doubled the time of a page of plain dicts.


class Problem(BaseModel):
    detail: str


class TaxonomyTerm(BaseModel):
    id: str
    code: str
    name: str
    description: str
    taxonomy: str


class Attribute(BaseModel):
    id: str
    link_id: str
    link_entity: str
    taxonomy_term_id: str
    taxonomy_term: TaxonomyTerm


class Phone(BaseModel):
    id: str
    service_id: str | None = None
    location_id: str | None = None
    number: str
    type: str


class Address(BaseModel):
    id: str
    location_id: str
    address_1: str
    city: str
    state_province: str
    postal_code: str
    country: str = Field(description="ISO 3166-1 alpha-2: always US.")
    address_type: str


class Location(BaseModel):
    id: str
    location_type: str
    name: str
    organization_id: str
    latitude: float | None = None
    longitude: float | None = None
    phones: list[Phone] | None = None
    addresses: list[Address] | None = None


class ServiceAtLocation(BaseModel):
    id: str
    service_id: str
    location_id: str
    location: Location


class ServiceArea(BaseModel):
    id: str
    service_id: str
    name: str = Field(description="A US state the online program is licensed to serve.")
    description: str


class Language(BaseModel):
    id: str
    service_id: str
    name: str
    code: str | None = Field(None, description="ISO 639-1, or ISO 639-3 where there is no 639-1.")


class ServiceSchedule(BaseModel):
    id: str
    service_id: str
    freq: str
    description: str
    attending_type: str | None = None


class Organization(BaseModel):
    id: str
    name: str
    description: str


class Service(BaseModel):
    id: str
    organization_id: str
    name: str
    description: str | None = None
    url: str | None = None
    status: str
    wait_time: str | None = None
    fees_description: str | None = None
    accreditations: str | None = None
    licenses: str | None = None
    eligibility_description: str | None = None
    alert: str | None = Field(
        None, description="Present when the listing is not verified recently."
    )
    assured_date: datetime.date | None = Field(
        None, description="When someone last confirmed the details (HSDS: last checked)."
    )
    last_modified: str | None = Field(None, description="When the listing was last published.")
    organization: Organization
    phones: list[Phone] | None = None
    schedules: list[ServiceSchedule] | None = None
    languages: list[Language] | None = None
    service_areas: list[ServiceArea] | None = None
    service_at_locations: list[ServiceAtLocation] | None = None
    attributes: list[Attribute] | None = Field(
        None, description="Levels of care, conditions and populations as taxonomy terms."
    )


class ServicePage(BaseModel):
    total_items: int
    total_pages: int
    page_number: int
    size: int
    first_page: bool
    last_page: bool
    empty: bool
    contents: list[Service]


class About(BaseModel):
    version: str = Field(description="The HSDS version served.")
    openapi_url: str = Field(description="This API's OpenAPI document.")


class PageParams(Schema):
    page: str = Field("1", description="Page number, from 1.", examples=["1"])
    per_page: str = Field(
        str(hsds.DEFAULT_PER_PAGE),
        description=f"Services a page, 1 to {hsds.MAX_PER_PAGE}.",
        examples=["50"],
    )
    modified_after: str = Field(
        "",
        description="Only listings published on or after this date or date-time (ISO 8601); "
        "a date-time without an offset is read in the site's time zone.",
        examples=["2026-01-31", "2026-01-31T09:00:00Z"],
    )


@router.get("/", response=About, summary="What this HSDS API serves")
def about(request: HttpRequest):
    # HSDS 3.0's own root endpoint: a consumer checks the version before it reads services.
    openapi = reverse("directory_api:openapi-json")
    return {"version": "3.0", "openapi_url": request.build_absolute_uri(openapi)}


@router.get(
    "/services/",
    response={200: ServicePage, 400: Problem},
    exclude_none=True,
    summary="Programs as Open Referral HSDS 3.0 services",
    description="Live, public listings that are not out of date, oldest first, each a fully "
    "nested HSDS 3.0 service. Programs never carry an admissions e-mail or other private "
    "field. Identifiers are stable between requests.",
)
def services(request: HttpRequest, paging: Query[PageParams]):
    per_page = whole_number("per_page", paging.per_page, 1, hsds.MAX_PER_PAGE)
    programs = hsds.exported_programs()
    since = moment("modified_after", paging.modified_after)
    if since is not None:
        programs = programs.filter(last_published_at__gte=since)
    total = programs.count()
    last = hsds.page_count(total, per_page)
    page = whole_number("page", paging.page, 1, None)
    if page > last:
        raise HttpError(400, f"page: the last page is {last} (at {per_page} a page).")
    return hsds.service_page(programs, total, page, per_page, request)


def whole_number(name: str, text: str, low: int, high: int | None) -> int:
    text = text.strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 9):
        raise HttpError(400, f"{name}: send a whole number, such as {low}.")
    value = int(text)
    if value < low or (high is not None and value > high):
        limit = f"from {low} to {high}" if high is not None else f"of {low} or more"
        raise HttpError(400, f"{name}: send a number {limit}.")
    return value


def moment(name: str, text: str) -> datetime.datetime | None:
    """An aware datetime from an ISO date or date-time, or None for an empty value."""
    text = text.strip()
    if not text:
        return None
    problem = f"{name}: send a date (2026-01-31) or a date-time (2026-01-31T09:00:00Z)."
    try:
        value = parse_datetime(text)
        if value is None:
            day = parse_date(text)
            value = day and datetime.datetime.combine(day, datetime.time())
        if value is None:
            raise HttpError(400, problem)
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        return value.astimezone(datetime.UTC)
    except (ValueError, OverflowError) as error:  # a day that does not exist, a year past 9999
        raise HttpError(400, problem) from error
