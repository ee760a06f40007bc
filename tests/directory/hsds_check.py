"""Checks a document against the vendored HSDS 3.0 schema files (tests/directory/hsds_schema/).

The `jsonschema` package is not installed, so this reads the keywords those files use:
`$ref` (to a sibling file), `type`, `required`, `enum`, `properties` and `items`, plus the
`format` values uuid, date-time, uri and email and the data-package type `date`. It is stricter
than JSON Schema in one way: a property the schema does not define is an error, so a misspelt
or invented field cannot slip into the export. The compiled HSDS service nests its organization
(schema/compiled/service.json); the per-table files do not, so ONE_TO_ONE adds it."""

import datetime
import json
import re
import uuid
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

SCHEMA_DIR = Path(__file__).parent / "hsds_schema"
ONE_TO_ONE = {"service.json": {"organization": {"$ref": "organization.json"}}}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TYPES = {
    "string": (str,),
    "number": (int, float),
    "integer": (int,),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


@cache
def schema(name: str) -> dict:
    loaded = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    loaded["properties"].update(ONE_TO_ONE.get(name, {}))
    return loaded


def errors(document, name: str = "service.json") -> list[str]:
    """Every way `document` breaks the schema file `name`, as "path: problem" lines."""
    found: list[str] = []
    check(document, schema(name), "$", found)
    return found


def check(value, rule: dict, path: str, found: list[str]) -> None:
    if "$ref" in rule:
        rule = schema(rule["$ref"])
    expected = rule.get("type")
    if expected:
        is_bool = isinstance(value, bool)
        if not isinstance(value, TYPES[expected]) or (is_bool and expected != "boolean"):
            found.append(f"{path}: expected {expected}, got {type(value).__name__}")
            return
    if "enum" in rule and value not in rule["enum"]:
        found.append(f"{path}: {value!r} is not one of {rule['enum']}")
    if isinstance(value, str):
        check_format(value, rule, path, found)
    if isinstance(value, dict):
        for key in rule.get("required", []):
            if key not in value:
                found.append(f"{path}: required {key!r} is missing")
        properties = rule.get("properties", {})
        for key, item in value.items():
            if key not in properties:
                found.append(f"{path}: {key!r} is not an HSDS field here")
            else:
                check(item, properties[key], f"{path}.{key}", found)
    if isinstance(value, list) and "items" in rule:
        for position, item in enumerate(value):
            check(item, rule["items"], f"{path}[{position}]", found)


def check_format(value: str, rule: dict, path: str, found: list[str]) -> None:
    fmt, kind = rule.get("format"), rule.get("datapackage_type")
    try:
        if fmt == "uuid":
            uuid.UUID(value)
        elif fmt == "date-time":
            datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            if "T" not in value:
                raise ValueError
        elif kind == "date":
            datetime.date.fromisoformat(value)
        elif fmt == "uri":
            parts = urlsplit(value)
            if not (parts.scheme and parts.netloc):
                raise ValueError
        elif fmt == "email" and not EMAIL.match(value):
            raise ValueError
    except ValueError:
        found.append(f"{path}: {value!r} is not a valid {fmt or kind}")
