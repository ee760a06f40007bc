"""Crisis channels as dated facts: the defaults, what a channel's link may be, and when a
fact is stale.

The channels live in SiteSettings (home/models.py, CrisisChannel). DEFAULT_CHANNELS seeds a
new settings row and the migration for existing ones, and is what the 500 page shows when
the database is down; nothing else hard-codes a crisis number.

These defaults were written from the team's knowledge on 2026-12-05, with no internet access
to check them; each says so in `checked_by`, and each must be re-checked against its
`source_url` (the facts change: 988 ended its LGBTQI+ youth option, "press 3", in 2025).
"""

import re
from datetime import date

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_noop

STALE_AFTER_MONTHS = 12

LANGUAGES = [("en", "English"), ("es", "Spanish"), ("ase", "American Sign Language")]

_TEL = re.compile(r"tel:\+?[0-9]+")
_SMS = re.compile(r"sms:\+?[0-9]+(\?body=[A-Za-z0-9%]+)?")


def validate_action(value: str) -> None:
    """A link a phone or browser can act on: tel:, sms: (with an optional body) or https://."""
    if _TEL.fullmatch(value) or _SMS.fullmatch(value):
        return
    if value.startswith("https://"):
        URLValidator(schemes=["https"])(value)
        return
    raise ValidationError(
        "Use tel: and digits (tel:988), sms: and digits with an optional body "
        "(sms:838255, sms:988?body=AYUDA), or an https:// address."
    )


def is_stale(as_of: date, today: date) -> bool:
    return as_of + relativedelta(months=STALE_AFTER_MONTHS) < today


_AS_OF = date(2026, 12, 5)
_CHECKED_BY = (
    "Written from the Haven team's knowledge on 2026-12-05, without access to the source: "
    "not yet checked. Re-check it against the source."
)
_LIFELINE = "https://988lifeline.org/"
_DEAF = "https://988lifeline.org/help-yourself/for-deaf-hard-of-hearing/"
_VETERANS = "https://www.veteranscrisisline.net/"


def _channel(group, label, action, source_url, language="en", in_banner=False) -> dict:
    return {
        "group": group,
        "label": label,
        "action": action,
        "language": language,
        "in_banner": in_banner,
        "source_url": source_url,
        "as_of": _AS_OF,
        "checked_by": _CHECKED_BY,
    }


_ANYONE = gettext_noop("Anyone, any hour: the 988 Suicide & Crisis Lifeline")
_SPANISH = gettext_noop("In Spanish (en español)")
_VETS = gettext_noop("Veterans, service members and their families")
_DEAF_GROUP = gettext_noop("Deaf and hard of hearing")
_DANGER = gettext_noop("Someone is in immediate danger")

DEFAULT_CHANNELS = [
    _channel(_ANYONE, gettext_noop("Call 988"), "tel:988", _LIFELINE, in_banner=True),
    _channel(_ANYONE, gettext_noop("Text 988"), "sms:988", _LIFELINE, in_banner=True),
    _channel(
        _ANYONE,
        gettext_noop("Chat online at 988lifeline.org"),
        _LIFELINE + "chat/",
        _LIFELINE + "chat/",
    ),
    _channel(
        _SPANISH,
        "Llame al 988 y marque 2",
        "tel:988",
        _LIFELINE + "help-yourself/en-espanol/",
        language="es",
    ),
    _channel(
        _SPANISH,
        "Envíe AYUDA al 988",
        "sms:988?body=AYUDA",
        _LIFELINE + "help-yourself/en-espanol/",
        language="es",
    ),
    _channel(_VETS, gettext_noop("Veterans: call 988, then press 1"), "tel:988", _VETERANS),
    _channel(_VETS, gettext_noop("Veterans: text 838255"), "sms:838255", _VETERANS),
    _channel(
        _DEAF_GROUP, gettext_noop("ASL by videophone: how to connect"), _DEAF, _DEAF, language="ase"
    ),
    _channel(_DEAF_GROUP, gettext_noop("TTY: dial 711, then 988"), "tel:711", _DEAF),
    _channel(
        _DANGER,
        gettext_noop("Call 911 in an emergency"),
        "tel:911",
        "https://www.911.gov/",
        in_banner=True,
    ),
]
