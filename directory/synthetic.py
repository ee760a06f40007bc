"""Fictional but plausible program data, from a seeded random generator: the same seed
always gives the same programs. Used by the demo content and by generate_programs."""

import datetime
import random

from django.utils.text import slugify

from core import vocabulary

NAME_FIRST = [
    "Harbor",
    "Cedar",
    "Lantern",
    "Northstar",
    "Willow",
    "Riverbend",
    "Summit",
    "Clearwater",
    "Bridgeway",
    "Stillpoint",
    "Meadowlark",
    "Keystone",
    "Tidewater",
    "Juniper",
    "Brightwater",
    "Oak Hollow",
    "Red Maple",
    "Blue Heron",
    "Granite",
    "Morning Light",
]
NAME_SECOND = [
    "Recovery",
    "Wellness",
    "Behavioral Health",
    "Counseling",
    "Care",
    "Healing",
    "Renewal",
]
ORGANISATIONS = [
    "Haven Partner Network",
    "Commonwealth Behavioral Group",
    "Second Shift Health",
    "Open Door Clinics",
    "Steady Ground Collective",
    "Lakeside Health System",
    "First Light Care Partners",
    "Frontline Wellness Cooperative",
]
LEVEL_WORDS = {
    "iop": "Intensive Outpatient",
    "php": "Day Program",
    "virtual-iop": "Virtual IOP",
    "outpatient": "Outpatient Clinic",
    "residential": "Residential",
}
FOCUS = {
    "healthcare-workers": "nurses, physicians and other clinicians",
    "mental-health-professionals": "therapists and counselors",
    "first-responders": "firefighters, paramedics and police officers",
    "veterans": "veterans and their families",
    "adults": "adults",
    "young-adults": "young adults",
    "adolescents": "teenagers",
    "older-adults": "older adults",
    "lgbtq": "LGBTQ+ people",
}
CARRIERS = ["Aetna", "Cigna", "UnitedHealthcare", "Blue Cross Blue Shield", "Humana", "Optum"]
STREETS = ["Main St", "Market St", "Oak Ave", "Park Blvd", "River Rd", "Elm St", "Church St"]


def _a(words: str) -> str:
    article = "An" if words[0].lower() in "aeiou" else "A"
    return f"{article} {words.lower().replace('iop', 'IOP')}"


def _some(rng: random.Random, choices, low: int, high: int) -> list[str]:
    slugs = [slug for slug, _label in choices]
    picked = set(rng.sample(slugs, rng.randint(low, min(high, len(slugs)))))
    return [slug for slug in slugs if slug in picked]


def _age_days(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.6:
        return rng.randint(0, 89)
    if roll < 0.9:
        return rng.randint(91, 360)
    return rng.randint(370, 700)


def _availability(rng: random.Random) -> dict:
    accepting = rng.random() < 0.85
    roll = rng.random()
    as_of = datetime.date.today() - datetime.timedelta(days=rng.randint(0, 60))
    values = {"accepting_new_clients": accepting, "availability_as_of": as_of}
    if accepting and roll < 0.3:
        values["waitlist_weeks"] = rng.choice([1, 2, 3, 4, 6, 8])
    elif accepting and roll < 0.55:
        values["next_intake_date"] = datetime.date.today() + datetime.timedelta(
            days=rng.randint(3, 40)
        )
    return values


def program_values(
    rng: random.Random, index: int, zip_code: str, city: str, state: str, fmt: str | None = None
) -> dict:
    """Field values for one ProgramPage (coordinates are left to the ZIP)."""
    fmt = fmt or rng.choices(["in-person", "virtual", "hybrid"], weights=[6, 2, 2])[0]
    if fmt == "virtual":
        levels = ["virtual-iop"] + (["outpatient"] if rng.random() < 0.4 else [])
    else:
        levels = _some(rng, vocabulary.LEVELS_OF_CARE[:2] + vocabulary.LEVELS_OF_CARE[3:], 1, 2)
    populations = _some(rng, vocabulary.POPULATIONS, 1, 3)
    conditions = _some(rng, vocabulary.CONDITIONS, 2, 5)
    payment = _some(rng, vocabulary.PAYMENT, 1, 4)
    name = f"{rng.choice(NAME_FIRST)} {rng.choice(NAME_SECOND)} {LEVEL_WORDS[levels[0]]}"
    served = [state]
    if fmt != "in-person":
        others = [code for code, _name in vocabulary.US_STATES if code != state]
        served += rng.sample(others, rng.randint(1, 5))
    focus = ", ".join(FOCUS[p] for p in populations)
    carriers = rng.sample(CARRIERS, rng.randint(1, 3)) if "private-insurance" in payment else []
    return {
        "title": name,
        "slug": slugify(f"{name} {city} {index}"),
        "organisation": rng.choice(ORGANISATIONS),
        "summary": (
            f"{_a(LEVEL_WORDS[levels[0]])} program in {city} for {focus}, with small "
            "groups, one-to-one therapy and a plan for life after the program."
        ),
        "description": (
            f"<p>Each week combines group sessions, individual therapy and skills practice. "
            f"The team has worked with {focus} for years and plans around shift work.</p>"
            "<p>Starting is simple: a short phone call, then an assessment within a few days.</p>"
        ),
        "levels_of_care": levels,
        "format": fmt,
        "conditions": conditions,
        "populations": populations,
        "payment": payment,
        "insurance_carriers": ", ".join(carriers),
        "days_per_week": rng.choice([2, 3, 4, 5]),
        "hours_per_week": rng.choice([6, 9, 12, 15, 20]),
        "session_times": _some(rng, vocabulary.SESSION_TIMES, 1, 3),
        "languages": ["english"] + (["spanish"] if rng.random() < 0.35 else []),
        "street_address": f"{rng.randint(10, 2999)} {rng.choice(STREETS)}",
        "city": city,
        "state": state,
        "zip_code": zip_code,
        "states_served": served if fmt != "in-person" else [],
        "phone": f"(555) 01{rng.randint(0, 9)}-{rng.randint(1000, 9999)}",
        "website": "",
        "admissions_email": f"admissions+{index}@haven.invalid",
        "accreditations": rng.choice(
            [[], [], ["joint-commission"], ["carf"], ["joint-commission", "carf"]]
        ),
        "licence_number": f"{state}-{rng.randint(10000, 99999)}" if rng.random() < 0.7 else "",
        **_availability(rng),
        # Verification ages spread over the three states: about 60% recent, 30% not verified
        # recently, 10% out of date (relative to today, so every state stays on show).
        "last_verified": datetime.date.today() - datetime.timedelta(days=_age_days(rng)),
    }
