"""Duplicates: found by keyed hashes of the normalised phone and lower-cased e-mail, flagged in
the inbox, linked or merged by a coordinator; no plaintext and no unkeyed hash in the database."""

import hashlib
import re
from html import unescape

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from wagtail.models import ModelLogEntry

from admissions import hashing
from admissions.choices import DuplicateState, Status
from admissions.models import Inquiry
from tests.admissions.factories import InquiryFactory

pytestmark = pytest.mark.django_db

INDEX = reverse("admissions_inbox:index")


def text(response):
    return unescape(re.sub(r"</?strong>", "", response.content.decode()))


def raw_rows():
    """Every stored value of every admissions table, as the database holds it."""
    values = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if table.startswith("admissions_"):
                cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (introspected names)
                values += [str(value) for row in cursor.fetchall() for value in row]
    return " ".join(values).lower()


def make_pair():
    first = InquiryFactory(email="Wren.Halloway@Example.test", phone="(267) 555-0111")
    second = InquiryFactory(email="", phone="+1 267.555.0111")
    third = InquiryFactory(email="  wren.halloway@example.TEST ", phone="")
    unrelated = InquiryFactory(email="someone.else@example.test", phone="610-555-0123")
    return first, second, third, unrelated


def test_the_same_phone_or_email_is_flagged_as_a_possible_duplicate(
    client, admissions_user, staff_login
):
    first, second, third, unrelated = make_pair()
    assert first.duplicate_of is None and unrelated.duplicate_of is None
    assert second.duplicate_of == first  # same phone, another format
    assert third.duplicate_of == second or third.duplicate_of == first
    assert third.duplicate_of == first  # the e-mail matches only the first
    staff_login(admissions_user)
    page = " ".join(text(client.get(INDEX)).split())
    assert f"possible duplicate of #{first.pk}" in page
    assert page.count("possible duplicate of") == 2


def test_no_plaintext_and_no_unkeyed_hash_is_stored():
    make_pair()
    stored = raw_rows()
    normal_email = "wren.halloway@example.test"
    normal_phone = "2675550111"
    for plain in (normal_email, normal_phone, "267) 555-0111", "555-0111", "halloway"):
        assert plain not in stored
    for value in (normal_email, normal_phone, f"email:{normal_email}", f"phone:{normal_phone}"):
        for algorithm in ("md5", "sha1", "sha256", "sha512", "blake2b"):
            assert hashlib.new(algorithm, value.encode()).hexdigest() not in stored
    # What is stored is the keyed hash, which needs the key to reproduce.
    assert hashing.email_hash(normal_email) in stored


def test_hashes_follow_a_key_rotation(settings):
    first = InquiryFactory(email="", phone="215 555 0188")
    old_hash = first.phone_hash
    settings.INQUIRY_HASH_KEYS = [Fernet.generate_key().decode(), *settings.INQUIRY_HASH_KEYS]
    # Before the rewrite, a new inquiry still matches through the old key.
    second = InquiryFactory(email="", phone="2155550188")
    assert second.duplicate_of == first
    call_command("rotate_inquiry_keys", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first.refresh_from_db()
    assert first.phone_hash != old_hash
    settings.INQUIRY_HASH_KEYS = settings.INQUIRY_HASH_KEYS[:1]  # the old key is retired
    third = InquiryFactory(email="", phone="215-555-0188")
    assert third.duplicate_of in (first, second)


def test_merge_closes_the_newer_and_keeps_both_timelines(client, admissions_user, staff_login):
    first, second, _, _ = make_pair()
    first.change_status(Status.ATTEMPTING, user=admissions_user)
    second.change_status(Status.REACHED, user=admissions_user)
    staff_login(admissions_user)
    response = client.post(
        reverse("admissions_inbox:duplicate", args=[second.pk]), {"choice": "merge"}
    )
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.duplicate_state == DuplicateState.MERGED and second.status == Status.CLOSED
    assert second.status_changes.count() == 2  # its own timeline stays
    page = " ".join(text(client.get(reverse("admissions_inbox:detail", args=[first.pk]))).split())
    assert f"(#{second.pk}, merged)" in page and "New → Attempting contact" in page
    assert f"merged into #{first.pk}" in " ".join(text(client.get(INDEX)).split())
    entry = ModelLogEntry.objects.get(action="admissions.duplicate")
    assert entry.user == admissions_user and entry.object_id == str(second.pk)


def test_link_and_dismiss_keep_the_inquiry_open(client, admissions_user, staff_login):
    first, second, third, _ = make_pair()
    staff_login(admissions_user)
    client.post(reverse("admissions_inbox:duplicate", args=[second.pk]), {"choice": "link"})
    client.post(reverse("admissions_inbox:duplicate", args=[third.pk]), {"choice": "dismiss"})
    client.post(reverse("admissions_inbox:duplicate", args=[third.pk]), {"choice": "bogus"})
    states = dict(Inquiry.objects.values_list("pk", "duplicate_state"))
    assert states[second.pk] == "linked" and states[third.pk] == "dismissed"
    assert Inquiry.objects.filter(status=Status.NEW).count() == 4
    page = " ".join(text(client.get(INDEX)).split())
    assert f"linked to #{first.pk}" in page and "possible duplicate of" not in page


def test_editors_cannot_resolve_duplicates(client, editor_user):
    _, second, _, _ = make_pair()
    client.force_login(editor_user)
    response = client.post(
        reverse("admissions_inbox:duplicate", args=[second.pk]), {"choice": "merge"}
    )
    assert response.status_code in (302, 403)
    second.refresh_from_db()
    assert second.duplicate_state == ""
