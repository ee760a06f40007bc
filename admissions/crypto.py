"""Encryption of the inquiry's personal fields at rest (privacy rule 1).

settings.FIELD_ENCRYPTION_KEYS lists Fernet keys: the first encrypts, every key decrypts, so a
new key can be put first and `manage.py rotate_inquiry_keys` re-encrypts the old rows.
"""

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


@lru_cache(maxsize=4)
def _fernet_for(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS must hold at least one Fernet key.")
    return MultiFernet([Fernet(key) for key in keys])


def fernet() -> MultiFernet:
    # Keyed on the settings value so override_settings in tests takes effect.
    return _fernet_for(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(value: str) -> str:
    if not value:
        return ""
    return fernet().encrypt(value.encode()).decode()


def decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return fernet().decrypt(token.encode()).decode()
    except InvalidToken as error:
        # The message names no value: the token itself is useless to a reader of the logs.
        raise ImproperlyConfigured(
            "An inquiry field could not be decrypted with any key in FIELD_ENCRYPTION_KEYS."
        ) from error


def rotate(token: str) -> str:
    """The same plaintext, encrypted under the first key."""
    if not token:
        return ""
    return fernet().rotate(token.encode()).decode()


class EncryptedTextField(models.TextField):
    """A text field stored as a Fernet token; Python code only ever sees the plaintext.

    It cannot be filtered or searched on by content (that is the point)."""

    description = "Text encrypted at rest with Fernet"

    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        return decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None:
            return value
        return encrypt(value)
