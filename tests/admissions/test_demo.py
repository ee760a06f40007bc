"""The admissions demo: the inquiry page and teams everywhere, and in the embedded default
only, thirty fictional inquiries that show the inbox, clock and report at work."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from admissions import clock, demo, referrals
from admissions.choices import Status
from admissions.models import (
    AdmissionsTeam,
    Callback,
    ContactAttempt,
    Inquiry,
    InquiryPage,
    RoutingRule,
)
from tests.directory.factories import ProgramPageFactory

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_makes_a_working_page(home_page):
    demo.load()
    demo.load()
    page = InquiryPage.objects.get()
    assert page.slug == "get-help" and page.show_in_menus and page.live
    assert AdmissionsTeam.objects.count() == 3
    assert AdmissionsTeam.objects.filter(is_default=True).count() == 1
    assert set(RoutingRule.objects.values_list("population", "level_of_care")) == {
        ("healthcare-workers", ""),
        ("", "virtual-iop"),
    }
    assert not Inquiry.objects.exists()  # no demo inquiries outside the embedded default
    assert Client().get(page.url).status_code == 200


def test_the_inquiry_page_is_edited_by_administrators_not_editors(
    client, editor_user, admin_user, home_page
):
    from django.urls import reverse

    from tests.conftest import sign_in_with_second_factor

    page = demo.load()
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    # Editors write articles; the inquiry page belongs to admissions (issue 15's groups).
    client.force_login(editor_user)
    refused = client.get(edit)
    assert refused.status_code == 302 and refused["Location"] == "/admin/"

    sign_in_with_second_factor(client, admin_user)
    html = client.get(edit).content.decode()
    for field in ("intro", "privacy_notice", "thank_you_text"):
        assert f'name="{field}"' in html


@pytest.fixture
def demo_inquiries(settings, home_page, admin_user):
    settings.ADMISSIONS_DEMO_INQUIRIES = True
    ProgramPageFactory(parent=home_page, title="Demo Harbor IOP")
    demo.load()
    return Inquiry.objects.all()


def test_the_embedded_default_seeds_thirty_fictional_inquiries_once(demo_inquiries, settings):
    assert demo_inquiries.count() == 30
    demo.load()  # `make run` again: nothing twice
    assert Inquiry.objects.count() == 30
    names = {inquiry.first_name for inquiry in demo_inquiries}
    assert names == {f"Demo Person {number}" for number in range(1, 30)}
    for inquiry in demo_inquiries:
        assert re.fullmatch(r"demo\.person\d+@example\.com", inquiry.email)
        assert re.fullmatch(r"\(215\) 555-01\d\d", inquiry.phone)
    with connection.cursor() as cursor:
        cursor.execute("SELECT first_name, email, phone FROM admissions_inquiry")
        rows = cursor.fetchall()
    # Each column holds a Fernet token. A short piece such as "555" turns up in random base64
    # now and then (CI met one), so look for the whole values: their spaces, "@" and "(" are
    # never in a token.
    assert all(value.startswith("gAAAAA") for row in rows for value in row)
    stored = " ".join(" ".join(row) for row in rows)
    for inquiry in demo_inquiries:
        for plain in (inquiry.first_name, inquiry.email, inquiry.phone):
            assert plain not in stored
    assert not mail.outbox  # marked as notified: the worker sends nothing for them


def test_the_demo_covers_every_team_status_and_two_months_of_ages(demo_inquiries):
    assert set(demo_inquiries.values_list("team__name", flat=True)) == {
        name for name, *_ in demo.TEAMS
    }
    assert set(demo_inquiries.values_list("status", flat=True)) == set(Status.values)
    oldest = min(inquiry.received_at for inquiry in demo_inquiries)
    assert timezone.now() - oldest > timedelta(days=55)
    assert ContactAttempt.objects.count() > 30
    for inquiry in demo_inquiries.exclude(status=Status.NEW):
        assert inquiry.status_changes.exists(), inquiry  # each step is on its timeline
    unreachable = demo_inquiries.filter(status=Status.UNREACHABLE)
    assert all(inquiry.attempts.count() >= 5 for inquiry in unreachable)


def test_the_demo_has_an_overdue_one_a_duplicate_pair_a_referral_and_a_callback_today(
    demo_inquiries, client, admin_user, staff_login
):
    assert len(clock.overdue()) == 1
    duplicate = demo_inquiries.exclude(duplicate_of=None).get()
    assert duplicate.first_name == duplicate.duplicate_of.first_name == "Demo Person 5"
    referred = demo_inquiries.filter(status=Status.REFERRED)
    assert referred.exists()
    assert all(referrals.latest(inquiry).destination for inquiry in referred)
    callback = Callback.objects.get()
    assert callback.assignee == admin_user and callback.done_at is None
    assert timedelta(0) < callback.due_at - timezone.now() <= timedelta(minutes=20)

    staff_login(admin_user)
    inbox = client.get(reverse("admissions_inbox:index")).content.decode()
    assert f"#{duplicate.duplicate_of_id}" in inbox
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f"Inquiry #{callback.inquiry_id}</a>" in dashboard
