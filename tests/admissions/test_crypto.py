"""Encryption at rest: the database never holds what a person typed."""

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from admissions.models import PERSONAL_FIELDS, Inquiry
from tests.admissions.conftest import SECRET_VALUES
from tests.admissions.factories import InquiryFactory

pytestmark = pytest.mark.django_db


def raw_row(pk):
    table = Inquiry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} WHERE id = %s", [pk])  # noqa: S608
        columns = [col[0] for col in cursor.description]
        return dict(zip(columns, cursor.fetchone(), strict=True))


def test_raw_database_row_holds_no_plaintext(client, inquiry_page, form_data, default_team):
    client.post(inquiry_page.url, form_data(notes="ignored"))
    inquiry = Inquiry.objects.get()
    inquiry.notes = "Called back, prefers evenings after 6"
    inquiry.save()
    row = raw_row(inquiry.pk)
    flat = " ".join(str(value) for value in row.values()).lower()
    for value in [*SECRET_VALUES.values(), "(215) 555-0199", "prefers evenings"]:
        assert value.lower() not in flat, value
    for field in PERSONAL_FIELDS:
        assert row[field].startswith("gAAAA")  # a Fernet token
    # ...and the application reads it back.
    assert Inquiry.objects.get().insurance == "Pangolin Health"


def test_rotation_re_encrypts_under_the_first_key(settings):
    old_key = settings.FIELD_ENCRYPTION_KEYS[0]
    inquiry = InquiryFactory(first_name="Ottoline")
    before = raw_row(inquiry.pk)["first_name"]

    new_key = Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    assert Inquiry.objects.get().first_name == "Ottoline"  # old rows still readable
    call_command("rotate_inquiry_keys", stdout=open("/dev/null", "w"))  # noqa: SIM115
    after = raw_row(inquiry.pk)["first_name"]
    assert after != before
    assert Fernet(new_key.encode()).decrypt(after.encode()) == b"Ottoline"

    settings.FIELD_ENCRYPTION_KEYS = [new_key]  # the old key can now be retired
    assert Inquiry.objects.get().first_name == "Ottoline"
