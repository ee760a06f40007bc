"""Backup codes: ten single-use codes for signing in when the phone is lost or flat.

django-otp's static device keeps them; each is deleted as it is used. A new set replaces the
old one. They are shown once, when made; afterwards the admin says only how many are left.
"""

import re

from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

DEVICE_NAME = "Backup codes"
COUNT = 10
# StaticToken.random_token(): 8 characters of lower-case base32.
CODE_PATTERN = re.compile(r"^[a-z2-7]{8}$")


def normalise(typed: str) -> str:
    """What a person typed ("ABCD efgh", "abcd-efgh") as the stored form ("abcdefgh")."""
    return re.sub(r"[\s-]", "", typed).lower()


def looks_like_code(typed: str) -> bool:
    return bool(CODE_PATTERN.match(normalise(typed)))


def grouped(code: str) -> str:
    return f"{code[:4]} {code[4:]}"


@transaction.atomic
def issue(user) -> list[str]:
    """A fresh set for `user`, replacing any earlier one; returns the codes to show once.

    The device stays and only its codes change: a session that signed in with a backup code
    holds the device's id, and would be asked for a second factor again if it went."""
    device = StaticDevice.objects.filter(user=user).order_by("pk").first()
    if device is None:
        device = StaticDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=True)
    StaticToken.objects.filter(device__user=user).delete()
    codes = [StaticToken.random_token() for _ in range(COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remaining(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
