"""Keyed hashes of an inquiry's contact details, so the inbox can spot the same person asking
twice without reading plaintext (privacy rule 5).

settings.INQUIRY_HASH_KEYS lists HMAC-SHA256 keys, separate from the encryption keys: the first
writes, every key is tried when looking for a match, so a new key can be put first and
`manage.py rotate_inquiry_keys` rewrites the stored hashes under it. Without the key a stored
hash cannot be checked against a guessed phone number or address."""

import hashlib
import hmac
import re

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def keys() -> list[str]:
    configured = list(getattr(settings, "INQUIRY_HASH_KEYS", []))
    if not configured:
        raise ImproperlyConfigured("INQUIRY_HASH_KEYS must hold at least one key.")
    return configured


def normalise_phone(value: str) -> str:
    """Digits only, without the US country code: "(215) 555-0147" and "+1 215.555.0147" agree."""
    digits = re.sub(r"\D", "", value or "")
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits


def normalise_email(value: str) -> str:
    return (value or "").strip().lower()


def _digest(key: str, kind: str, value: str) -> str:
    message = f"{kind}:{value}".encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


def phone_hash(value: str) -> str:
    normal = normalise_phone(value)
    return _digest(keys()[0], "phone", normal) if normal else ""


def email_hash(value: str) -> str:
    normal = normalise_email(value)
    return _digest(keys()[0], "email", normal) if normal else ""


def phone_hashes(value: str) -> list[str]:
    """The value's hash under every key: what a lookup must match during a rotation."""
    normal = normalise_phone(value)
    return [_digest(key, "phone", normal) for key in keys()] if normal else []


def email_hashes(value: str) -> list[str]:
    normal = normalise_email(value)
    return [_digest(key, "email", normal) for key in keys()] if normal else []
