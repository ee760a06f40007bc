"""The response clock as admissions staff meet it: team hours in the team editor, time left or
overdue in the inbox, the deadline on the inquiry, and one escalation e-mail to the lead that
says which inquiry and how late, nothing more. The arithmetic itself is checked in
test_business_time.py; here the teams are open around the clock, so real time is business
time and the figures do not depend on when the suite runs."""

import logging
from datetime import datetime, time, timedelta
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from admissions.choices import Status
from admissions.models import AdmissionsTeam
from admissions.tasks import escalate_overdue_inquiries, schedule_escalations
from tests.admissions.conftest import SECRET_VALUES
from tests.admissions.factories import AdmissionsTeamFactory, InquiryFactory
from tests.admissions.test_notify import assert_no_personal_values

pytestmark = pytest.mark.django_db

INDEX = reverse("admissions_inbox:index")
MIDNIGHT = time(0)
ALWAYS_OPEN = {
    f"{day}_{edge}": MIDNIGHT
    for day in ("weekday", "saturday", "sunday")
    for edge in ("opens", "closes")
}


def text(response):
    return unescape(response.content.decode())


def received(minutes_ago, **fields):
    return InquiryFactory(received_at=timezone.now() - timedelta(minutes=minutes_ago), **fields)


@pytest.fixture
def night_desk():
    return AdmissionsTeamFactory(
        name="Night desk",
        time_zone="America/Chicago",
        lead_email="lead@haven.invalid",
        **ALWAYS_OPEN,
    )


def test_a_team_starts_on_weekdays_nine_to_five_in_new_york_with_an_hour_to_answer():
    team = AdmissionsTeamFactory()
    hours = team.business_hours()
    monday = datetime(2026, 2, 9, tzinfo=ZoneInfo("America/New_York"))
    assert hours.elapsed(monday, monday + timedelta(days=7)) == timedelta(hours=40)
    assert team.first_contact_target == 60


def test_the_team_editor_checks_the_time_zone_and_hours_and_keeps_holidays(
    client, admin_user, staff_login
):
    team = AdmissionsTeamFactory(name="Central", notification_email="central@haven.invalid")
    staff_login(admin_user)
    url = reverse("wagtailsnippets_admissions_admissionsteam:edit", args=[team.pk])
    assert "Monday to Friday: opens" in text(client.get(url))

    def post(**changes):
        fields = {
            "name": "Central",
            "notification_email": "central@haven.invalid",
            "unreachable_after": "5",
            "time_zone": "America/Denver",
            "weekday_opens": "08:00",
            "weekday_closes": "16:30",
            "saturday_opens": "",
            "saturday_closes": "",
            "sunday_opens": "",
            "sunday_closes": "",
            "first_contact_target": "90",
            "lead_email": "lead@haven.invalid",
            "holidays": inline_formset([{"date": "2026-11-26", "name": "Thanksgiving"}]),
        }
        return client.post(url, nested_form_data({**fields, **changes}))

    refused = text(post(time_zone="Mountain Time", saturday_opens="10:00"))
    assert "Mountain Time is not a time zone name" in refused
    assert "Give both times, or neither when the team is closed." in refused
    assert "Closing must come after opening" in text(post(weekday_closes="07:00"))
    assert post().status_code == 302
    team = AdmissionsTeam.objects.get()
    assert (team.time_zone, team.first_contact_target) == ("America/Denver", 90)
    hours = team.business_hours()
    assert hours.holidays == {datetime(2026, 11, 26).date()}
    assert hours.week[0] == (time(8), time(16, 30)) and 5 not in hours.week


def test_the_inbox_shows_time_left_or_overdue_and_filters_the_overdue(
    client, admissions_user, staff_login, night_desk
):
    fresh = received(20, team=night_desk)
    late = received(180, team=night_desk)
    contacted = received(
        180, team=night_desk, status=Status.REACHED, first_contact_at=timezone.now()
    )
    unrouted = received(180)
    staff_login(admissions_user)

    page = text(client.get(INDEX))
    row = {
        i.pk: page.split(f">#{i.pk}<", 1)[1].split("</tr>", 1)[0]
        for i in (fresh, late, contacted, unrouted)
    }
    assert "40 min left" in row[fresh.pk]
    assert "<strong>overdue by 2 h</strong>" in row[late.pk]  # said in words, not only shown
    for quiet in (contacted, unrouted):
        assert "left" not in row[quiet.pk] and "overdue" not in row[quiet.pk]

    overdue_only = text(client.get(INDEX, {"response": "overdue"}))
    assert f">#{late.pk}<" in overdue_only
    assert all(f">#{i.pk}<" not in overdue_only for i in (fresh, contacted, unrouted))


def test_the_inquiry_shows_its_deadline_in_the_teams_time_zone(
    client, admissions_user, staff_login, night_desk
):
    fresh = received(20, team=night_desk)
    staff_login(admissions_user)
    page = text(client.get(reverse("admissions_inbox:detail", args=[fresh.pk])))
    due = timezone.localtime(fresh.received_at + timedelta(hours=1), ZoneInfo("America/Chicago"))
    assert f"{due:%Y-%m-%d %H:%M} {due.tzname()}" in page
    assert "40 min left, in Night desk's business hours" in page


def test_an_overdue_inquiry_is_escalated_once_to_the_lead_with_its_number_and_lateness_only(
    night_desk,
):
    late = received(125, team=night_desk, **SECRET_VALUES)
    received(20, team=night_desk)  # not due yet
    received(180, team=night_desk, status=Status.ATTEMPTING, first_contact_at=timezone.now())
    received(180)  # not routed: no team, no clock

    assert escalate_overdue_inquiries.call(reschedule=False) == 1
    assert escalate_overdue_inquiries.call(reschedule=False) == 0  # the next run sends nothing
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lead@haven.invalid"]
    assert message.subject == f"Inquiry #{late.pk} is overdue for first contact"
    assert f"Inquiry #{late.pk} is overdue for first contact by 1 h 05 min" in message.body
    assert f"http://testserver/admin/admissions/inquiries/{late.pk}/" in message.body
    assert_no_personal_values(message.subject + message.body)
    assert "Virtual IOP" not in message.body  # not even what the person asked about
    late.refresh_from_db()
    assert late.escalated_at is not None


def test_without_a_lead_address_the_escalation_goes_to_the_teams_notification_address():
    team = AdmissionsTeamFactory(notification_email="team@haven.invalid", **ALWAYS_OPEN)
    received(90, team=team)
    escalate_overdue_inquiries.call(reschedule=False)
    assert [message.to for message in mail.outbox] == [["team@haven.invalid"]]


def test_a_failed_escalation_is_tried_again_and_logs_no_personal_value(
    night_desk, monkeypatch, caplog
):
    late = received(90, team=night_desk, **SECRET_VALUES)

    def refused(self, messages):
        raise ConnectionRefusedError("mail server down")

    with monkeypatch.context() as patched:
        patched.setattr(EmailBackend, "send_messages", refused)
        with caplog.at_level(logging.DEBUG):
            assert escalate_overdue_inquiries.call(reschedule=False) == 0
    late.refresh_from_db()
    assert late.escalated_at is None
    assert f"Escalation for inquiry #{late.pk} failed (ConnectionRefusedError)" in caplog.text
    assert_no_personal_values(caplog.text)

    assert escalate_overdue_inquiries.call(reschedule=False) == 1
    assert len(mail.outbox) == 1


def test_the_worker_checks_for_overdue_inquiries_every_five_minutes():
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        assert schedule_escalations(timezone.now())
        assert not schedule_escalations(timezone.now())  # never a second chain
        runs = DBTaskResult.objects.filter(task_path=escalate_overdue_inquiries.module_path)
        runs.filter(status=TaskResultStatus.READY).delete()
        escalate_overdue_inquiries.call()  # what the worker runs
        delay = runs.get(status=TaskResultStatus.READY).run_after - timezone.now()
        assert timedelta(minutes=4, seconds=55) < delay <= timedelta(minutes=5)
