"""Contact attempts: logged through the admin within the person's consent, with the note
encrypted, moving the inquiry along the pipeline; every page that decrypts is audited."""

from html import unescape

import pytest
from django.db import connection
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from admissions.choices import AttemptChannel, AttemptOutcome, Status
from admissions.models import ContactAttempt
from admissions.pipeline import ContactAttemptForm
from tests.admissions.factories import AdmissionsTeamFactory, InquiryFactory

pytestmark = pytest.mark.django_db


def text(response):
    return unescape(response.content.decode())


def attempt(client, inquiry, **data):
    url = reverse("admissions_inbox:detail", args=[inquiry.pk])
    return client.post(url, {"action": "attempt", "note": "", **data})


def test_a_voicemail_attempt_is_refused_where_it_was_not_allowed(
    client, admissions_user, staff_login
):
    inquiry = InquiryFactory(first_name="Ottoline", voicemail_ok=False, texts_ok=True)
    staff_login(admissions_user)
    response = attempt(client, inquiry, channel="voicemail", outcome="voicemail")
    assert response.status_code == 200
    page = text(response)
    assert "said no to voicemail" in page
    assert not ContactAttempt.objects.exists()
    inquiry.refresh_from_db()
    assert inquiry.status == Status.NEW
    # The refused form showed the decrypted inquiry again: that is audited like an open.
    assert "Ottoline" in page
    entry = ModelLogEntry.objects.get(action="admissions.open")
    assert entry.user == admissions_user and entry.object_id == str(inquiry.pk)
    # A call that ends in "left a voicemail" is refused the same way.
    response = attempt(client, inquiry, channel="call", outcome="voicemail")
    assert "said no to voicemail" in text(response)
    assert not ContactAttempt.objects.exists()


def test_a_text_is_refused_where_texts_were_not_allowed(client, admissions_user, staff_login):
    inquiry = InquiryFactory(voicemail_ok=True, texts_ok=False)
    staff_login(admissions_user)
    response = attempt(client, inquiry, channel="text", outcome="no-answer")
    assert "said no to text messages" in text(response)
    assert not ContactAttempt.objects.exists()


def test_allowed_attempts_move_the_inquiry_and_keep_the_note_encrypted(
    client, admissions_user, staff_login
):
    inquiry = InquiryFactory(voicemail_ok=True)
    staff_login(admissions_user)
    response = attempt(
        client, inquiry, channel="voicemail", outcome="voicemail", note="Mentioned Thursday"
    )
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == Status.ATTEMPTING and inquiry.first_contact_at is not None
    with connection.cursor() as cursor:
        cursor.execute("SELECT note FROM admissions_contactattempt")
        (stored,) = cursor.fetchone()
    assert "Thursday" not in stored
    page = text(client.get(reverse("admissions_inbox:detail", args=[inquiry.pk])))
    assert "Mentioned Thursday" in page and "Left a voicemail" in page
    attempt(client, inquiry, channel="call", outcome="reached")
    inquiry.refresh_from_db()
    assert inquiry.status == Status.REACHED
    assert ModelLogEntry.objects.filter(action="admissions.attempt").count() == 2


def test_the_teams_number_of_misses_makes_an_inquiry_unreachable(
    client, admissions_user, staff_login
):
    inquiry = InquiryFactory(team=AdmissionsTeamFactory(unreachable_after=3))
    staff_login(admissions_user)
    for expected in (Status.ATTEMPTING, Status.ATTEMPTING, Status.UNREACHABLE):
        attempt(client, inquiry, channel="call", outcome="no-answer")
        inquiry.refresh_from_db()
        assert inquiry.status == expected
    steps = list(inquiry.status_changes.values_list("from_status", "to_status"))
    assert steps == [("attempting", "unreachable"), ("new", "attempting")]


def test_a_refused_update_is_audited_and_changes_nothing(client, admissions_user, staff_login):
    inquiry = InquiryFactory()
    staff_login(admissions_user)
    url = reverse("admissions_inbox:detail", args=[inquiry.pk])
    response = client.post(url, {"action": "update", "status": "bogus", "notes": "x"})
    assert response.status_code == 200
    assert ModelLogEntry.objects.filter(action="admissions.open").count() == 1
    inquiry.refresh_from_db()
    assert inquiry.status == Status.NEW and inquiry.notes == ""


def test_editors_cannot_log_attempts(client, editor_user):
    inquiry = InquiryFactory()
    client.force_login(editor_user)
    response = attempt(client, inquiry, channel="call", outcome="reached")
    assert response.status_code in (302, 403)
    assert not ContactAttempt.objects.exists()
    assert not ModelLogEntry.objects.filter(action__startswith="admissions.").exists()


@settings(max_examples=40, deadline=None)
@given(
    channel=st.sampled_from([*AttemptChannel.values, "fax", ""]),
    outcome=st.sampled_from([*AttemptOutcome.values, "maybe", ""]),
    voicemail_ok=st.booleans(),
    texts_ok=st.booleans(),
    note=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=50),
)
def test_the_attempt_form_never_accepts_what_the_person_refused(
    channel, outcome, voicemail_ok, texts_ok, note
):
    inquiry = InquiryFactory.build(voicemail_ok=voicemail_ok, texts_ok=texts_ok)
    form = ContactAttemptForm(
        {"channel": channel, "outcome": outcome, "note": note}, inquiry=inquiry
    )
    valid = form.is_valid()
    voicemail = "voicemail" in (channel, outcome)
    allowed = (
        channel in AttemptChannel.values
        and outcome in AttemptOutcome.values
        and (voicemail_ok or not voicemail)
        and (texts_ok or channel != "text")
    )
    assert valid == allowed
