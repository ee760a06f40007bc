import pytest
from django.contrib.auth.models import Group, Permission

from accounts.two_factor import ADMISSIONS_GROUP

# pragma: allowlist nextline secret
PASSWORD = "a-long-password-1"


@pytest.fixture
def admissions_user(db, django_user_model):
    """A member of the "Admissions" group the admissions app's migration creates."""
    user = django_user_model.objects.create_user("amara", "amara@example.test", PASSWORD)
    user.groups.add(Group.objects.get(name=ADMISSIONS_GROUP))
    return user


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user("eddie", "eddie@example.test", PASSWORD)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return user


@pytest.fixture(autouse=True)
def _two_factor_enforced(settings):
    # Off in the test settings for everyone else's tests; these tests are about it.
    settings.HAVEN_REQUIRE_TWO_FACTOR = True
