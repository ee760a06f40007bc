"""Referral out: "Referred elsewhere" records where, a directory program (a page chooser limited
to program pages) or a description of somewhere else, encrypted; both show on the inquiry page
and its timeline, and the report can read the destination."""

import re
from html import unescape

import pytest
from django.db import connection
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from admissions import referrals
from admissions.choices import Status
from admissions.models import Referral
from admissions.referrals import ReferralForm
from tests.admissions.factories import InquiryFactory
from tests.directory.factories import ProgramPageFactory

pytestmark = pytest.mark.django_db

ELSEWHERE = "Juniper Hollow eating-disorder clinic"


def text(response):
    return unescape(response.content.decode())


def refer(client, inquiry, **referral):
    url = reverse("admissions_inbox:detail", args=[inquiry.pk])
    data = {"action": "update", "status": Status.REFERRED, "assigned_to": "", "notes": ""}
    data.update({f"referral-{name}": value for name, value in referral.items()})
    return client.post(url, data)


def timeline_items(page):
    timeline = page[page.index('id="timeline-heading"') :]
    return [
        " ".join(re.sub(r"<[^>]+>", "", item).split())
        for item in re.findall(r"<li>(.*?)</li>", timeline, re.S)
    ]


@pytest.fixture
def program(home_page):
    return ProgramPageFactory(parent=home_page, title="Harbor Virtual IOP")


def test_referring_to_a_directory_program_shows_it_on_the_page_and_timeline(
    client, staff_login, admissions_user, program
):
    inquiry = InquiryFactory(status=Status.REACHED)
    staff_login(admissions_user)
    response = refer(client, inquiry, program=program.pk)
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == Status.REFERRED
    assert referrals.latest(inquiry).destination == "Harbor Virtual IOP"
    page = text(client.get(response["Location"]))
    assert "<dt>Referred to</dt><dd>Harbor Virtual IOP</dd>" in page
    items = timeline_items(page)
    assert items[0].endswith("Referred to Harbor Virtual IOP, by ada")
    assert "Reached → Referred elsewhere" in items[1]


def test_a_place_outside_the_directory_is_kept_encrypted_and_shown_decrypted(
    client, staff_login, admissions_user
):
    inquiry = InquiryFactory(status=Status.REACHED)
    staff_login(admissions_user)
    response = refer(client, inquiry, program="", elsewhere=f"  {ELSEWHERE} ")
    assert response.status_code == 302
    with connection.cursor() as cursor:
        cursor.execute("SELECT elsewhere FROM admissions_referral")
        (stored,) = cursor.fetchone()
    assert "Juniper" not in stored and stored  # ciphertext only
    assert Referral.objects.get().destination == ELSEWHERE
    page = text(client.get(response["Location"]))
    assert f"<dd>{ELSEWHERE}</dd>" in page
    assert any(item.endswith(f"Referred to {ELSEWHERE}, by ada") for item in timeline_items(page))


def test_referring_without_saying_where_is_refused_and_changes_nothing(
    client, staff_login, admissions_user
):
    inquiry = InquiryFactory(status=Status.REACHED)
    staff_login(admissions_user)
    response = refer(client, inquiry, program="", elsewhere="   ")
    assert response.status_code == 200
    assert "Say where the person was referred: choose a program from the directory" in text(
        response
    )
    inquiry.refresh_from_db()
    assert inquiry.status == Status.REACHED
    assert not inquiry.status_changes.exists() and not Referral.objects.exists()


def test_only_a_program_page_can_be_chosen(client, staff_login, admissions_user, home_page):
    inquiry = InquiryFactory(status=Status.REACHED)
    staff_login(admissions_user)
    response = refer(client, inquiry, program=home_page.pk)
    assert "Choose a program page from the directory." in text(response)
    assert not Referral.objects.exists()


def test_the_chooser_offers_program_pages_only(client, staff_login, admissions_user):
    inquiry = InquiryFactory()
    staff_login(admissions_user)
    page = text(client.get(reverse("admissions_inbox:detail", args=[inquiry.pk])))
    assert 'new PageChooser("id_referral-program", {"modelNames": ["directory.programpage"]' in page


def test_other_status_changes_ignore_the_referral_fields(
    client, staff_login, admissions_user, program
):
    inquiry = InquiryFactory()
    staff_login(admissions_user)
    url = reverse("admissions_inbox:detail", args=[inquiry.pk])
    data = {"action": "update", "status": Status.ATTEMPTING, "assigned_to": "", "notes": ""}
    assert client.post(url, {**data, "referral-program": program.pk}).status_code == 302
    assert not Referral.objects.exists()
    assert referrals.latest(inquiry) is None


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(program=st.text(max_size=25), elsewhere=st.text(max_size=300))
def test_whatever_is_posted_the_referral_form_answers(program, elsewhere):
    form = ReferralForm({"referral-program": program, "referral-elsewhere": elsewhere})
    if form.is_valid():
        assert form.cleaned_data["program"] is None
        assert form.has_destination() == bool(elsewhere.strip())
    else:
        assert form.errors
