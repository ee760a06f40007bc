import time

import pytest
from django.contrib.auth.models import Group

from admissions import spam
from admissions.permissions import ADMISSIONS_GROUP
from tests.admissions.factories import AdmissionsTeamFactory, InquiryPageFactory

# Distinctive values, so a test can search logs, emails and rows for them.
SECRET_VALUES = {
    "first_name": "Theodosia",
    "email": "theodosia.q@example.test",
    "phone": "215-555-0199",
    "zip_code": "19103",
    "insurance": "Pangolin Health",
    "message": "Lanterns drifting past the quiet reservoir",
}


@pytest.fixture
def inquiry_page(home_page):
    return InquiryPageFactory(parent=home_page)


@pytest.fixture
def default_team(db):
    return AdmissionsTeamFactory(
        name="Central", notification_email="central@haven.invalid", is_default=True
    )


@pytest.fixture
def form_data():
    """A valid POST body, as a browser that waited a while before sending would submit it."""

    def make(**overrides):
        data = {
            **SECRET_VALUES,
            "preferred_contact": "email",
            "best_time": "evening",
            "voicemail_ok": "on",
            "for_whom": "myself",
            "interest": "virtual-iop",
            "consent": "on",
            "website": "",
            "program": "",
            "started": spam.started_token(time.time() - 30),
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return make


@pytest.fixture
def admissions_user(db, django_user_model):
    user = django_user_model.objects.create_user("ada", "ada@haven.invalid", "a-long-password-1")
    user.groups.add(Group.objects.get(name=ADMISSIONS_GROUP))
    return user


@pytest.fixture
def editor_user(db, django_user_model):
    user = django_user_model.objects.create_user("ed", "ed@haven.invalid", "a-long-password-1")
    # Wagtail's own "Editors" group: page editing, no inquiry permissions.
    user.groups.add(Group.objects.get(name="Editors"))
    return user
