"""Who must use a second factor in the admin, and which admin URLs stay open before it.

Administrators (superusers) and members of the "Admissions" group (created by the admissions
app's data migration; looked up by name) must set up and use a TOTP authenticator for every
admin page. Anyone else who chose to set one up must use it too. Other editors are not forced.
"""

from django.conf import settings
from django_otp import user_has_device

ADMISSIONS_GROUP = "Admissions"

# Admin URL names a signed-in person may open before the second factor: signing in and out,
# the two-factor pages themselves, and the assets those pages load.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_setup",
    "two_factor_verify",
}


def is_required(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=ADMISSIONS_GROUP).exists()


def has_device(user) -> bool:
    return user_has_device(user, confirmed=True)


def enforced() -> bool:
    """settings.HAVEN_REQUIRE_TWO_FACTOR: on everywhere but in the test settings, where only
    tests/security turns it on (other tests sign in with force_login and no device)."""
    return getattr(settings, "HAVEN_REQUIRE_TWO_FACTOR", True)


def must_verify(user) -> bool:
    """True when this person must pass a second factor before the admin opens."""
    if not (enforced() and user and user.is_authenticated):
        return False
    if user.is_verified():
        return False
    return is_required(user) or has_device(user)
