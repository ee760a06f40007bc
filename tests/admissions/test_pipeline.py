"""The pipeline: statuses an intake team uses, the migration from the first status list, and a
timeline entry (who, when, from, to) for every change, shown newest first."""

import importlib
import re
from html import unescape

import pytest
from django.urls import reverse

from admissions.choices import Status
from admissions.models import Inquiry
from tests.admissions.factories import InquiryFactory

pytestmark = pytest.mark.django_db


def text(response):
    return unescape(response.content.decode())


def test_working_an_inquiry_from_new_to_admitted_shows_every_step_newest_first(
    client, admissions_user, staff_login
):
    inquiry = InquiryFactory()
    staff_login(admissions_user)
    url = reverse("admissions_inbox:detail", args=[inquiry.pk])
    steps = [Status.ATTEMPTING, Status.REACHED, Status.SCHEDULED, Status.ADMITTED]
    for status in steps:
        response = client.post(
            url, {"action": "update", "status": status, "assigned_to": "", "notes": ""}
        )
        assert response.status_code == 302
    page = text(client.get(url))
    timeline = page[page.index('id="timeline-heading"') :]
    items = re.findall(r"<li>(.*?)</li>", timeline, re.S)
    assert len(items) == 4
    labels = [" ".join(re.sub(r"<[^>]+>", "", item).split()) for item in items]
    assert "New → Attempting contact" in labels[3]
    assert "Assessment scheduled → Admitted" in labels[0]  # newest first
    assert all("by ada" in label for label in labels)
    inquiry.refresh_from_db()
    assert inquiry.status == Status.ADMITTED and inquiry.closed_at is not None
    assert [c.to_status for c in inquiry.status_changes.order_by("at", "id")] == steps


def test_saving_without_changing_the_status_adds_no_step(client, admissions_user, staff_login):
    inquiry = InquiryFactory()
    staff_login(admissions_user)
    url = reverse("admissions_inbox:detail", args=[inquiry.pk])
    client.post(url, {"action": "update", "status": "new", "assigned_to": "", "notes": "hello"})
    assert inquiry.status_changes.count() == 0


def test_the_migration_maps_the_first_statuses_onto_the_pipeline():
    from django.apps import apps

    migration = importlib.import_module("admissions.migrations.0003_pipeline_timeline")
    made = {}
    for old in ("new", "contacted", "scheduled", "enrolled", "not-a-fit", "closed"):
        made[old] = InquiryFactory().pk
        Inquiry.objects.filter(pk=made[old]).update(status=old)  # as the first list stored it
    migration.remap(migration.FORWARD)(apps, None)
    now = dict(Inquiry.objects.values_list("pk", "status"))
    assert {old: now[pk] for old, pk in made.items()} == {
        "new": "new",
        "contacted": "reached",
        "scheduled": "scheduled",
        "enrolled": "admitted",
        "not-a-fit": "not-a-fit",
        "closed": "closed",
    }
