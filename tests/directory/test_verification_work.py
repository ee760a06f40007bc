"""Verification and error reports as work, through the admin as a signed-in member of the
Directory staff group: "Verified today" clears the label and keeps the history; a confirmed
report flips the listing back to "not verified recently"."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from directory.models import ListingReport, ProgramPage, Verification


def days_ago(n):
    return timezone.localdate() - datetime.timedelta(days=n)


@pytest.fixture(autouse=True)
def ages(settings):
    settings.DIRECTORY_VERIFIED_RECENTLY_DAYS = 90
    settings.DIRECTORY_OUT_OF_DATE_DAYS = 365


@pytest.fixture
def staff(db, django_user_model):
    user = django_user_model.objects.create_user("checker", "checker@example.test", "pw-check-1")
    user.groups.add(Group.objects.get(name="Directory staff"))
    return user


def test_marking_a_stale_listing_verified_removes_the_label_and_records_history(
    client, make_program, staff
):
    make_program(title="Recently Checked", last_verified=days_ago(5))
    stale = make_program(title="Long Unchecked", last_verified=days_ago(200), waitlist_weeks=6)
    assert "Not verified recently" in client.get(stale.url).content.decode()

    client.force_login(staff)
    queue = client.get(reverse("directory_listings_to_verify")).content.decode()
    assert queue.index("Long Unchecked") < queue.index("Recently Checked")  # most stale first
    form_url = reverse("directory_verify_listing", args=[stale.pk])
    response = client.post(
        form_url,
        {
            "method": "phone",
            "changes": "New intake coordinator; waiting list now two weeks.",
            "accepting_new_clients": "on",
            "waitlist_weeks": "2",
        },
    )
    assert response.status_code == 302

    stale = ProgramPage.objects.get(pk=stale.pk)
    assert stale.last_verified == timezone.localdate()
    assert stale.waitlist_weeks == 2 and stale.availability_as_of == timezone.localdate()
    history = Verification.objects.get(program=stale)
    assert (history.verified_by, history.method) == (staff, "phone")
    assert "waiting list now two weeks" in history.changes
    # An editor's next publish keeps the new date: the latest revision has it too.
    assert stale.get_latest_revision_as_object().last_verified == timezone.localdate()

    page = client.get(stale.url).content.decode()
    assert "Not verified recently" not in page
    assert "Last verified by phone call on" in page
    assert "Waiting list of about 2 weeks" in page
    assert "New intake coordinator" in client.get(form_url).content.decode()  # history


def test_a_confirmed_report_flips_the_listing_back_until_it_is_verified(
    client, make_program, staff
):
    program = make_program(title="Fresh But Wrong", last_verified=days_ago(3))
    client.post(program.url + "report-error/", {"problem": "contact", "details": "Number is dead."})
    report = ListingReport.objects.get()
    assert report.status == "new"
    assert "Not verified recently" not in client.get(program.url).content.decode()

    client.force_login(staff)
    queue = client.get(reverse("directory_listings_to_verify")).content.decode()
    assert "1 new" in queue
    reports = client.get(reverse("listing_reports:index")).content.decode()
    assert reverse("directory_verify_listing", args=[program.pk]) in reports  # linked
    edit = client.post(reverse("listing_reports:edit", args=[report.pk]), {"status": "confirmed"})
    assert edit.status_code == 302

    assert "Not verified recently" in client.get(program.url).content.decode()
    assert "1 confirmed" in client.get(reverse("directory_listings_to_verify")).content.decode()
    client.post(
        reverse("directory_verify_listing", args=[program.pk]),
        {"method": "website", "accepting_new_clients": "on"},
    )
    assert "Not verified recently" not in client.get(program.url).content.decode()
    assert ListingReport.objects.get().status == "fixed"


def test_the_queue_is_only_for_directory_staff(client, make_program, django_user_model, editor):
    program = make_program()
    client.force_login(editor)
    # The admin turns a refusal into a redirect to its dashboard with a message.
    refused = client.get(reverse("directory_listings_to_verify"))
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    client.post(reverse("directory_verify_listing", args=[program.pk]), {"method": "phone"})
    assert not Verification.objects.exists()


def test_the_report_form_is_rate_limited_per_client(client, make_program, settings):
    settings.DIRECTORY_REPORT_RATE_LIMIT = 2
    program = make_program()
    url = program.url + "report-error/"
    for _ in range(2):
        assert client.post(url, {"problem": "other"}).status_code == 302
    refused = client.post(url, {"problem": "other"})
    assert refused.status_code == 429
    assert "try again later" in refused.content.decode()
    assert ListingReport.objects.count() == 2
    # Another address is counted on its own.
    assert client.post(url, {"problem": "other"}, REMOTE_ADDR="203.0.113.7").status_code == 302
