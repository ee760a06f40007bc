"""Programs to and from CSV.

Columns (header row required; order free; unknown columns are an error):

  name*            program name (the page title)
  slug             page slug; a row whose slug exists under the directory updates that program
  organisation*    provider organisation
  summary*         one or two sentences (max 400 characters)
  description      plain text; paragraphs separated by blank lines
  levels_of_care*  slugs separated by "|": iop|php|virtual-iop|outpatient|residential
  format*          in-person, virtual or hybrid
  conditions       slugs separated by "|" (anxiety|burnout|...; see core/vocabulary.py)
  populations      slugs separated by "|" (healthcare-workers|veterans|...)
  payment          slugs separated by "|" (private-insurance|medicaid|medicare|tricare|...)
  insurance_carriers  carrier names separated by commas
  days_per_week, hours_per_week   whole numbers
  session_times    slugs separated by "|" (morning|daytime|evening|weekend)
  languages        slugs separated by "|" (english|spanish|...)
  street_address, city
  state*           two-letter code (PA)
  zip_code*        five digits; coordinates come from it unless latitude/longitude are given
  latitude, longitude   decimal degrees (both or neither)
  states_served    two-letter codes separated by "|" (required for virtual and hybrid)
  phone, website, accreditation
  admissions_email   where inquiries go; an empty cell leaves a program's address as it is
                   (Programs (CSV) empties it for everyone but admissions staff)
  accepting_new_clients   yes or no (default yes)
  last_verified    YYYY-MM-DD

(* required.) Every invalid row is reported with its line number and the reason.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.html import escape

from core import vocabulary
from core.exports import read_cell, safe_cell
from directory.geo import lookup_zip
from directory.models import ProgramPage

COLUMNS = [
    "name",
    "slug",
    "organisation",
    "summary",
    "description",
    "levels_of_care",
    "format",
    "conditions",
    "populations",
    "payment",
    "insurance_carriers",
    "days_per_week",
    "hours_per_week",
    "session_times",
    "languages",
    "street_address",
    "city",
    "state",
    "zip_code",
    "latitude",
    "longitude",
    "states_served",
    "phone",
    "website",
    "admissions_email",
    "accreditation",
    "accepting_new_clients",
    "last_verified",
]
REQUIRED = ["name", "organisation", "summary", "levels_of_care", "format", "state", "zip_code"]
LIST_COLUMNS = {
    "levels_of_care": vocabulary.LEVELS_OF_CARE,
    "conditions": vocabulary.CONDITIONS,
    "populations": vocabulary.POPULATIONS,
    "payment": vocabulary.PAYMENT,
    "session_times": vocabulary.SESSION_TIMES,
    "languages": vocabulary.LANGUAGES,
    "states_served": vocabulary.US_STATES,
}
TEXT_LIMITS = {
    name: ProgramPage._meta.get_field(field_name).max_length
    for name, field_name in [
        ("name", "title"),
        ("slug", "slug"),
        ("organisation", "organisation"),
        ("summary", "summary"),
        ("insurance_carriers", "insurance_carriers"),
        ("street_address", "street_address"),
        ("city", "city"),
        ("phone", "phone"),
        ("accreditation", "accreditation"),
    ]
}


@dataclass
class RowError:
    line: int
    reasons: list[str]

    def __str__(self):
        return f"line {self.line}: " + "; ".join(self.reasons)


@dataclass
class ParsedFile:
    rows: list[tuple[int, dict]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    header_error: str = ""


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _description_html(text: str) -> str:
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def parse_row(raw: dict) -> tuple[dict, list[str]]:
    """Row of strings -> ProgramPage field values, and the reasons it is invalid (if any)."""
    row = {key: read_cell((value or "").strip()) for key, value in raw.items() if key}
    reasons = [f"{name} is required" for name in REQUIRED if not row.get(name)]
    values: dict = {}
    for name, limit in TEXT_LIMITS.items():
        if len(row.get(name, "")) > limit:
            reasons.append(f"{name} is longer than {limit} characters")
    values.update(
        title=row.get("name", ""),
        organisation=row.get("organisation", ""),
        summary=row.get("summary", ""),
        description=_description_html(row.get("description", "")),
        insurance_carriers=row.get("insurance_carriers", ""),
        street_address=row.get("street_address", ""),
        city=row.get("city", ""),
        phone=row.get("phone", ""),
        accreditation=row.get("accreditation", ""),
    )
    if row.get("slug"):
        values["slug"] = row["slug"]
    for name, choices in LIST_COLUMNS.items():
        slugs = _split(row.get(name, ""))
        if name == "states_served":
            slugs = [s.upper() for s in slugs]
        allowed = {slug for slug, _label in choices}
        unknown = [s for s in slugs if s not in allowed]
        if unknown:
            reasons.append(f"unknown {name} value(s): {', '.join(unknown)}")
        values[name] = [s for s in slugs if s in allowed]
    fmt = row.get("format", "")
    if fmt and fmt not in dict(vocabulary.FORMATS):
        reasons.append(f"format must be one of in-person, virtual, hybrid (got {fmt!r})")
    values["format"] = fmt
    state = row.get("state", "").upper()
    if state and state not in dict(vocabulary.US_STATES):
        reasons.append(f"unknown state {state!r}")
    values["state"] = state
    for name in ("days_per_week", "hours_per_week"):
        text = row.get(name, "")
        values[name] = None
        if text:
            if not text.isdigit() or int(text) > (7 if name == "days_per_week" else 168):
                reasons.append(f"{name} must be a whole number of days/hours in a week")
            else:
                values[name] = int(text)
    lat_text, lon_text = row.get("latitude", ""), row.get("longitude", "")
    values["latitude"] = values["longitude"] = None
    if bool(lat_text) != bool(lon_text):
        reasons.append("give both latitude and longitude, or neither")
    elif lat_text:
        try:
            lat, lon = float(lat_text), float(lon_text)
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
            values["latitude"], values["longitude"] = lat, lon
        except ValueError:
            reasons.append("latitude/longitude must be decimal degrees")
    zip_code = row.get("zip_code", "")
    values["zip_code"] = zip_code
    if zip_code and lookup_zip(zip_code) is None and values["latitude"] is None:
        reasons.append(f"We don't recognise ZIP {zip_code} (give latitude and longitude)")
    if fmt in ("virtual", "hybrid") and not values["states_served"]:
        reasons.append("virtual and hybrid programs need states_served")
    for name, validator in (("website", URLValidator()), ("admissions_email", EmailValidator())):
        values[name] = row.get(name, "")
        if values[name]:
            try:
                validator(values[name])
            except ValidationError:
                reasons.append(f"{name} is not valid")
    if not values["admissions_email"]:
        # An export for editors has this column empty; importing it must not re-route inquiries.
        del values["admissions_email"]
    accepting = row.get("accepting_new_clients", "").lower() or "yes"
    if accepting not in ("yes", "no", "true", "false", "1", "0"):
        reasons.append("accepting_new_clients must be yes or no")
    values["accepting_new_clients"] = accepting in ("yes", "true", "1")
    values["last_verified"] = None
    if row.get("last_verified"):
        try:
            values["last_verified"] = datetime.date.fromisoformat(row["last_verified"])
        except ValueError:
            reasons.append("last_verified must be a date like 2026-05-31")
    return values, reasons


def parse_csv(handle) -> ParsedFile:
    result = ParsedFile()
    reader = csv.DictReader(handle)
    header = [name.strip() for name in (reader.fieldnames or [])]
    unknown = [name for name in header if name not in COLUMNS]
    missing = [name for name in REQUIRED if name not in header]
    if not header or unknown or missing:
        parts = []
        if unknown:
            parts.append("unknown column(s): " + ", ".join(unknown))
        if missing:
            parts.append("missing column(s): " + ", ".join(missing))
        result.header_error = "line 1: " + ("; ".join(parts) or "the file has no header row")
        return result
    reader.fieldnames = header
    seen_slugs: dict[str, int] = {}
    for raw in reader:
        line = reader.line_num
        values, reasons = parse_row(raw)
        if None in raw:
            reasons.append("more cells than columns")
        slug = values.get("slug")
        if slug and slug in seen_slugs:
            reasons.append(f"slug {slug!r} also on line {seen_slugs[slug]}")
        elif slug:
            seen_slugs[slug] = line
        if reasons:
            result.errors.append(RowError(line, reasons))
        else:
            result.rows.append((line, values))
    return result


def export_csv(programs, *, with_admissions_email: bool = False) -> str:
    """The programs as the import reads them, every cell formula-escaped (core.exports)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for program in programs:
        row = {
            "name": program.title,
            "slug": program.slug,
            "description": program.description_text(),
            "accepting_new_clients": "yes" if program.accepting_new_clients else "no",
            "last_verified": program.last_verified.isoformat() if program.last_verified else "",
        }
        for name in COLUMNS:
            if name in row:
                continue
            value = getattr(program, name)
            if name in LIST_COLUMNS:
                value = "|".join(value)
            row[name] = "" if value is None else value
        if not with_admissions_email:
            row["admissions_email"] = ""
        writer.writerow({name: safe_cell(value) for name, value in row.items()})
    return out.getvalue()
