"""The directory as Open Referral's Human Services Data Specification (HSDS 3.0): what 211 lines
and resource directories exchange. One program is one fully nested HSDS `service` (the shape of
the HSDS API's GET /services/{id}), with its organization, location, phones, schedule,
languages, service areas and level-of-care attributes inside it.

Only listings the public may see go out: live, public (core.visibility) and not out of date.
Nothing private does: the admissions e-mail is never even loaded (it routes inquiries), nor the
"needs re-verification" flag (a not-recent listing carries an `alert` instead).

Identifiers are UUIDs, as HSDS requires, derived from Haven's own keys, so a program keeps the
same id in every export and a consumer can update its copy in place."""

import json
import math
import uuid
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet

from core import vocabulary
from core.visibility import public_q
from directory import credentials, freshness
from directory.models import ProgramPage

# Fixed, so identifiers never change between exports; uuid5 of "haven.directory.hsds".
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "haven.directory.hsds")
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
# ISO 639-1 where one exists; American Sign Language has only an ISO 639-3 code.
LANGUAGE_CODES = {
    "english": "en",
    "spanish": "es",
    "chinese": "zh",
    "vietnamese": "vi",
    "korean": "ko",
    "russian": "ru",
    "arabic": "ar",
    "french": "fr",
    "haitian-creole": "ht",
    "portuguese": "pt",
    "asl": "ase",
}
# Haven's taxonomies that travel as HSDS attributes: (field, vocabulary, taxonomy name).
ATTRIBUTE_TAXONOMIES = [
    ("levels_of_care", vocabulary.LEVELS_OF_CARE, "Haven level of care"),
    ("conditions", vocabulary.CONDITIONS, "Haven condition"),
    ("populations", vocabulary.POPULATIONS, "Haven population"),
]
ATTENDING = {
    "in-person": "In person",
    "virtual": "Online",
    "hybrid": "In person or online",
}
NOT_RECENT_ALERT = (
    "Not verified recently: check these details with the program before relying on them."
)


def hsds_id(kind: str, key) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def exported_programs() -> QuerySet:
    """Live, public, not out-of-date programs, oldest first (a stable order to page through)."""
    return (
        ProgramPage.objects.filter(public_q(), freshness.listed_q())
        .defer("admissions_email")
        .order_by("pk")
    )


# --- one program -----------------------------------------------------------------------------
def service(program: ProgramPage, request=None) -> dict:
    """The HSDS service for one program. Empty values are left out: HSDS types allow no null."""
    service_id = hsds_id("service", program.pk)
    record = {
        "id": service_id,
        "organization_id": organization_id(program),
        "name": program.title,
        "description": "\n\n".join(p for p in [program.summary, program.description_text()] if p),
        "url": program.website or program.get_full_url(request) or "",
        "status": "active",
        "wait_time": wait_time(program),
        "fees_description": fees_description(program),
        "accreditations": accreditations(program),
        "licenses": f"{program.state} state licence {program.licence_number}"
        if program.licence_number
        else "",
        "eligibility_description": eligibility(program),
        "alert": NOT_RECENT_ALERT if program.freshness == freshness.NOT_RECENT else "",
        # HSDS's own name for "when the information was last checked".
        "assured_date": program.last_verified.isoformat() if program.last_verified else "",
        "last_modified": timestamp(program.last_published_at),
        "organization": organization(program),
        "phones": phones(program, service_id=service_id),
        "schedules": schedules(program, service_id),
        "languages": [
            {
                "id": hsds_id("language", f"{program.pk}:{slug}"),
                "service_id": service_id,
                "name": vocabulary.label(vocabulary.LANGUAGES, slug),
                "code": LANGUAGE_CODES.get(slug, ""),
            }
            for slug in program.languages
        ],
        "service_areas": service_areas(program, service_id),
        "service_at_locations": service_at_locations(program, service_id),
        "attributes": attributes(program, service_id),
    }
    return prune(record)


def organization_id(program: ProgramPage) -> str:
    # Programs run by the same organisation share one organization record.
    return hsds_id("organization", " ".join(program.organisation.casefold().split()))


def organization(program: ProgramPage) -> dict:
    return {
        "id": organization_id(program),
        "name": program.organisation,
        "description": f"{program.organisation} runs treatment programs listed in this directory.",
    }


def phones(program: ProgramPage, **link) -> list[dict]:
    if not program.phone:
        return []
    key = next(iter(link.values()))
    return [{"id": hsds_id("phone", key), **link, "number": program.phone, "type": "voice"}]


def schedules(program: ProgramPage, service_id: str) -> list[dict]:
    parts = []
    if program.days_per_week:
        parts.append(f"{program.days_per_week} days a week")
    if program.hours_per_week:
        parts.append(f"{program.hours_per_week} hours a week")
    times = [vocabulary.label(vocabulary.SESSION_TIMES, s) for s in program.session_times]
    if times:
        parts.append("sessions: " + ", ".join(times).lower())
    if not parts:
        return []
    return [
        {
            "id": hsds_id("schedule", program.pk),
            "service_id": service_id,
            "freq": "WEEKLY",
            "description": "; ".join(parts).capitalize() + ".",
            "attending_type": ATTENDING.get(program.format, ""),
        }
    ]


def service_areas(program: ProgramPage, service_id: str) -> list[dict]:
    """Online programs serve the states they are licensed in; in-person ones, their location."""
    if not program.serves_online:
        return []
    return [
        {
            "id": hsds_id("service-area", f"{program.pk}:{code}"),
            "service_id": service_id,
            "name": vocabulary.label(vocabulary.US_STATES, code),
            "description": f"Online sessions for clients in {code}, where it is licensed.",
        }
        for code in program.states_served
    ]


def service_at_locations(program: ProgramPage, service_id: str) -> list[dict]:
    if program.is_virtual:
        return []
    location_id = hsds_id("location", program.pk)
    location = {
        "id": location_id,
        "location_type": "physical",
        "name": program.title,
        "organization_id": organization_id(program),
        "latitude": program.latitude,
        "longitude": program.longitude,
        "phones": phones(program, location_id=location_id),
    }
    if program.street_address and program.city:
        location["addresses"] = [
            {
                "id": hsds_id("address", program.pk),
                "location_id": location_id,
                "address_1": program.street_address,
                "city": program.city,
                "state_province": program.state,
                "postal_code": program.zip_code,
                "country": "US",
                "address_type": "physical",
            }
        ]
    return [
        {
            "id": hsds_id("service-at-location", program.pk),
            "service_id": service_id,
            "location_id": location_id,
            "location": location,
        }
    ]


def attributes(program: ProgramPage, service_id: str) -> list[dict]:
    found = []
    for field_name, choices, taxonomy in ATTRIBUTE_TAXONOMIES:
        for slug in getattr(program, field_name):
            term_id = hsds_id("term", f"{field_name}:{slug}")
            label = vocabulary.label(choices, slug)
            found.append(
                {
                    "id": hsds_id("attribute", f"{program.pk}:{field_name}:{slug}"),
                    "link_id": service_id,
                    "link_entity": "service",
                    "taxonomy_term_id": term_id,
                    "taxonomy_term": {
                        "id": term_id,
                        "code": slug,
                        "name": label,
                        "description": f"{taxonomy}: {label}",
                        "taxonomy": taxonomy,
                    },
                }
            )
    return found


# --- text fields -----------------------------------------------------------------------------
def wait_time(program: ProgramPage) -> str:
    if not program.accepting_new_clients:
        text = "Not accepting new clients."
    elif program.waitlist_weeks:
        text = f"Accepting new clients; a waiting list of about {program.waitlist_weeks} weeks."
    elif program.next_intake_date:
        text = f"Accepting new clients; next start date {program.next_intake_date.isoformat()}."
    else:
        text = "Accepting new clients."
    if program.availability_as_of:
        text += f" As of {program.availability_as_of.isoformat()}."
    return text


def fees_description(program: ProgramPage) -> str:
    text = program.payment_summary()
    if program.carriers():
        text = "; ".join(p for p in [text, "carriers: " + ", ".join(program.carriers())] if p)
    return text


def accreditations(program: ProgramPage) -> str:
    labels = dict(credentials.ACCREDITATIONS)
    names = [labels.get(slug, slug) for slug in program.accreditations]
    return ", ".join([*names, program.accreditation] if program.accreditation else names)


def eligibility(program: ProgramPage) -> str:
    parts = []
    if program.populations:
        parts.append("For: " + ", ".join(program.labels("population")) + ".")
    if program.conditions:
        parts.append("Helps with: " + ", ".join(program.labels("condition")) + ".")
    return " ".join(parts)


def timestamp(moment) -> str:
    """RFC 3339 with milliseconds, as HSDS's last_modified asks."""
    if moment is None:
        return ""
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def prune(value):
    """Drop empty strings, None and empty lists, at every depth: HSDS types allow no null."""
    if isinstance(value, dict):
        pruned = {key: prune(item) for key, item in value.items()}
        return {key: item for key, item in pruned.items() if item not in ("", None, [])}
    if isinstance(value, list):
        return [prune(item) for item in value]
    return value


# --- many programs ---------------------------------------------------------------------------
def page_count(total: int, per_page: int) -> int:
    """Pages in the listing; an empty listing still has its page 1, which says `empty`."""
    return max(1, math.ceil(total / per_page))


def service_page(
    queryset: QuerySet, total: int, page_number: int, per_page: int, request=None
) -> dict:
    """One page of services in the HSDS API's paginated shape; `total` is queryset.count() and
    page_number is within page_count(total, per_page)."""
    total_pages = page_count(total, per_page)
    start = (page_number - 1) * per_page
    contents = [service(p, request) for p in queryset[start : start + per_page]]
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page_number,
        "size": len(contents),
        "first_page": page_number == 1,
        "last_page": page_number == total_pages,
        "empty": total == 0,
        "contents": contents,
    }


def json_lines(programs: Iterable[ProgramPage]) -> Iterator[str]:
    """A JSON array of services, one program at a time: 10,000 programs never sit in memory."""
    yield "["
    for position, program in enumerate(programs):
        yield ("," if position else "") + "\n" + json.dumps(service(program), ensure_ascii=False)
    yield "\n]\n"
