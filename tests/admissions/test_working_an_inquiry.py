"""Issue 14's "done when": working one demo inquiry from New to Admitted through the inbox, as
an admissions coordinator, shows every step on its timeline, newest first."""

import re
from datetime import datetime, time, timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from admissions import callbacks, demo
from admissions.choices import AttemptOutcome, Status
from admissions.models import Inquiry

pytestmark = pytest.mark.django_db


def timeline(client, url):
    page = unescape(client.get(url).content.decode())
    section = page[page.index('id="timeline-heading"') :]
    return [
        " ".join(re.sub(r"<[^>]+>", "", item).split())
        for item in re.findall(r"<li>(.*?)</li>", section, re.S)
    ]


def a_time_they_asked_for(inquiry):
    """Two days ahead, at the start of the person's window (10:00 when any time suits)."""
    zone = callbacks.team_time_zone(inquiry)
    day = (timezone.now().astimezone(zone) + timedelta(days=2)).date()
    start = callbacks.WINDOWS.get(inquiry.best_time, (time(10),))[0]
    return datetime.combine(day, start).strftime("%Y-%m-%dT%H:%M")


def test_a_demo_inquiry_worked_from_new_to_admitted_shows_every_step(
    client, settings, home_page, admissions_user, staff_login
):
    settings.ADMISSIONS_DEMO_INQUIRIES = True
    demo.load()
    inquiry = Inquiry.objects.filter(status=Status.NEW, duplicate_of=None).latest("received_at")
    assert inquiry.first_name.startswith("Demo Person")
    staff_login(admissions_user)
    url = reverse("admissions_inbox:detail", args=[inquiry.pk])

    def post(**data):
        response = client.post(url, data)
        assert response.status_code == 302, response.content.decode()[:2000]

    post(action="attempt", channel="call", outcome=AttemptOutcome.CALLBACK, note="")
    post(action="callback", due_at=a_time_they_asked_for(inquiry))
    callback = inquiry.callbacks.get()
    post(action="callback-done", callback=callback.pk)
    post(action="attempt", channel="call", outcome=AttemptOutcome.REACHED, note="")
    for status in (Status.SCHEDULED, Status.ADMITTED):
        post(action="update", status=status, assigned_to=admissions_user.pk, notes="")

    steps = [re.sub(r"^\d{4}-\d\d-\d\d \d\d:\d\d: ", "", item) for item in timeline(client, url)]
    due = callback.due_at.astimezone(callbacks.team_time_zone(inquiry))
    due_text = f"{due:%Y-%m-%d %H:%M} {due.tzname()}"
    assert steps == [
        "Assessment scheduled → Admitted, by ada",
        "Reached → Assessment scheduled, by ada",
        "Attempting contact → Reached, by ada",
        "Contact attempt: call, reached, by ada",
        f"Callback done (it was due {due_text}), by ada",
        f"Callback scheduled for {due_text}, by ada",
        "New → Attempting contact, by ada",
        "Contact attempt: call, asked for a callback, by ada",
    ]
    inquiry.refresh_from_db()
    assert inquiry.status == Status.ADMITTED and inquiry.closed_at is not None
