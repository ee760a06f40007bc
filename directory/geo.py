"""ZIP codes to coordinates, offline, from the `zipcodes` package; distances in miles; the
link to directions to a program's address."""

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

import zipcodes
from django.conf import settings

EARTH_RADIUS_MILES = 3958.8
MILES_PER_DEGREE_LAT = 69.0
ZIP_PATTERN = re.compile(r"^\d{5}$")


@dataclass(frozen=True)
class ZipPlace:
    zip_code: str
    latitude: float
    longitude: float
    city: str
    state: str


@lru_cache(maxsize=1)
def _zip_table() -> dict[str, ZipPlace]:
    # One dict built once per process: zipcodes.matching() scans the whole list on every call.
    table = {}
    for row in zipcodes.list_all():
        try:
            place = ZipPlace(
                row["zip_code"], float(row["lat"]), float(row["long"]), row["city"], row["state"]
            )
        except (KeyError, TypeError, ValueError):
            continue
        table[place.zip_code] = place
    return table


def lookup_zip(zip_code: str) -> ZipPlace | None:
    """The place of a five-digit ZIP code, or None when it is not a known ZIP."""
    zip_code = (zip_code or "").strip()
    if not ZIP_PATTERN.match(zip_code):
        return None
    return _zip_table().get(zip_code)


def all_zip_places() -> list[ZipPlace]:
    return sorted(_zip_table().values(), key=lambda place: place.zip_code)


def haversine_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat: float, lon: float, miles: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) of a box that contains the circle of `miles`.

    A little wider than exact (5%): the box only prefilters, haversine decides."""
    miles *= 1.05
    dlat = miles / MILES_PER_DEGREE_LAT
    cos_lat = max(math.cos(math.radians(lat)), 0.01)
    dlon = miles / (MILES_PER_DEGREE_LAT * cos_lat)
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def directions_url(street: str, city: str, state: str, zip_code: str) -> str:
    """The maps site's directions to an address (settings.DIRECTORY_DIRECTIONS_URL), or "" when
    there is no street or city to go to."""
    if not (street or city):
        return ""
    place = ", ".join(part for part in (street, city, f"{state} {zip_code}".strip()) if part)
    return settings.DIRECTORY_DIRECTIONS_URL.format(address=quote(place, safe=""))
