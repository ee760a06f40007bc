"""Callbacks: scheduled inside the person's preferred window in the team's time zone, listed on
the assignee's dashboard when due, reminded once by e-mail (number and time only), and written
on the timeline when scheduled and when done."""

import logging
import re
from datetime import datetime, timedelta
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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from admissions.callbacks import WINDOWS, CallbackForm
from admissions.choices import BestTime
from admissions.models import Callback
from admissions.tasks import remind_due_callbacks, schedule_callback_reminders
from tests.admissions.conftest import SECRET_VALUES
from tests.admissions.factories import AdmissionsTeamFactory, InquiryFactory
from tests.admissions.test_notify import assert_no_personal_values

pytestmark = pytest.mark.django_db

CHICAGO = ZoneInfo("America/Chicago")


def text(response):
    return unescape(response.content.decode())


def in_three_days(hour, minute=0):
    """A wall-clock time in Chicago three days from now, as the form's input and as an instant."""
    day = (timezone.now().astimezone(CHICAGO) + timedelta(days=3)).date()
    local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=CHICAGO)
    return local.strftime("%Y-%m-%dT%H:%M"), local


def soon(minutes):
    local = timezone.now().astimezone(CHICAGO) + timedelta(minutes=minutes)
    return local.strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def team():
    return AdmissionsTeamFactory(time_zone="America/Chicago", notification_email="t@haven.invalid")


@pytest.fixture
def morning_inquiry(team, admissions_user):
    return InquiryFactory(team=team, best_time=BestTime.MORNING, assigned_to=admissions_user)


def schedule(client, inquiry, typed):
    url = reverse("admissions_inbox:detail", args=[inquiry.pk])
    return client.post(url, {"action": "callback", "due_at": typed})


def timeline_items(page):
    timeline = page[page.index('id="timeline-heading"') :]
    return [
        " ".join(re.sub(r"<[^>]+>", "", item).split())
        for item in re.findall(r"<li>(.*?)</li>", timeline, re.S)
    ]


def test_a_callback_in_the_morning_window_is_scheduled_in_the_teams_time_zone(
    client, staff_login, admissions_user, morning_inquiry
):
    staff_login(admissions_user)
    typed, local = in_three_days(10, 15)
    response = schedule(client, morning_inquiry, typed)
    assert response.status_code == 302
    callback = Callback.objects.get()
    assert callback.due_at == local  # 10:15 in Chicago, whatever the server's zone
    assert callback.assignee == admissions_user and callback.scheduled_by == admissions_user
    page = text(client.get(response["Location"]))
    expected = f"{local:%Y-%m-%d} 10:15 {local.tzname()}"
    assert f"Callback on Inquiry #{morning_inquiry.pk} scheduled for {expected}." in page
    label = f"Callback scheduled for {expected}, by ada"
    assert any(item.endswith(label) for item in timeline_items(page))
    assert ModelLogEntry.objects.filter(action="admissions.callback").count() == 1


@pytest.mark.parametrize(
    "best_time, hour, minute",
    [
        (BestTime.MORNING, 12, 0),  # noon ends the morning
        (BestTime.MORNING, 7, 59),
        (BestTime.AFTERNOON, 17, 30),
        (BestTime.EVENING, 20, 0),
        (BestTime.EVENING, 9, 0),
    ],
)
def test_a_time_outside_the_window_is_refused_saying_why_and_keeps_what_was_typed(
    client, staff_login, admissions_user, team, best_time, hour, minute
):
    inquiry = InquiryFactory(team=team, best_time=best_time)
    staff_login(admissions_user)
    typed, _ = in_three_days(hour, minute)
    response = schedule(client, inquiry, typed)
    assert response.status_code == 200
    page = text(response)
    start, end = WINDOWS[best_time]
    assert f"{hour:02d}:{minute:02d} is outside the window this person asked for" in page
    assert f"Choose a time from {start:%H:%M} to before {end:%H:%M}, America/Chicago time" in page
    assert f'value="{typed}"' in page
    assert not Callback.objects.exists()


def test_each_window_takes_its_own_hours_and_any_time_takes_any_hour(team):
    for best_time, (start, end) in WINDOWS.items():
        inquiry = InquiryFactory.build(team=team, best_time=best_time)
        assert CallbackForm({"due_at": in_three_days(start.hour)[0]}, inquiry=inquiry).is_valid()
        last = (end.hour - 1, 59)
        assert CallbackForm({"due_at": in_three_days(*last)[0]}, inquiry=inquiry).is_valid()
    anytime = InquiryFactory.build(team=team, best_time=BestTime.ANY)
    assert CallbackForm({"due_at": in_three_days(3)[0]}, inquiry=anytime).is_valid()


@pytest.mark.parametrize(
    "days, message",
    [
        (-1, "That time has passed. Choose a time still to come."),
        (91, "Choose a time within the next 90 days."),
        (365 * 7000, "Choose a time within the next 90 days."),  # year 9000 and more
    ],
)
def test_a_time_past_or_far_ahead_is_refused(
    client, staff_login, admissions_user, team, days, message
):
    inquiry = InquiryFactory(team=team, best_time=BestTime.ANY)
    staff_login(admissions_user)
    when = timezone.now().astimezone(CHICAGO) + timedelta(days=days)
    response = schedule(client, inquiry, when.strftime("%Y-%m-%dT%H:%M"))
    assert message in text(response)
    assert not Callback.objects.exists()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    typed=st.one_of(
        st.text(max_size=40),
        st.datetimes().map(lambda moment: moment.isoformat()[:16]),
        st.integers(-60, 60 * 24 * 10).map(soon),  # minutes from now: in and out of the window
    )
)
def test_whatever_is_typed_the_form_answers_and_never_accepts_outside_the_window(team, typed):
    inquiry = InquiryFactory.build(team=team, best_time=BestTime.EVENING)
    form = CallbackForm({"due_at": typed}, inquiry=inquiry)
    if form.is_valid():
        local = form.cleaned_data["due_at"].astimezone(CHICAGO).time()
        assert WINDOWS[BestTime.EVENING][0] <= local < WINDOWS[BestTime.EVENING][1]
    else:
        assert form.errors["due_at"]


def test_a_clock_time_that_does_not_exist_that_night_is_refused_clearly(team):
    inquiry = InquiryFactory.build(team=team, best_time=BestTime.ANY)
    form = CallbackForm({"due_at": "2031-03-09T02:30"}, inquiry=inquiry)  # clocks jump 2 → 3
    assert not form.is_valid()
    assert "couldn’t be interpreted in time zone America/Chicago" in str(form.errors["due_at"])


def make_callback(inquiry, minutes_from_now, **fields):
    return Callback.objects.create(
        inquiry=inquiry,
        due_at=timezone.now() + timedelta(minutes=minutes_from_now),
        assignee=fields.pop("assignee", inquiry.assigned_to),
        **fields,
    )


def test_the_dashboard_lists_my_callbacks_due_now_and_overdue_by_number_only(
    client, staff_login, admissions_user, team, django_user_model
):
    mine = InquiryFactory(team=team, assigned_to=admissions_user, **SECRET_VALUES)
    overdue = make_callback(mine, -50)
    due_now = make_callback(InquiryFactory(team=team, assigned_to=admissions_user), 10)
    later = make_callback(InquiryFactory(team=team, assigned_to=admissions_user), 240)
    done = make_callback(mine, -90, done_at=timezone.now())
    someone_else = django_user_model.objects.create_user("bo", "bo@haven.invalid", "pw-long-1")
    theirs = make_callback(InquiryFactory(team=team), -5, assignee=someone_else)

    staff_login(admissions_user)
    page = text(client.get(reverse("wagtailadmin_home")))
    panel = page[page.index('id="admissions-due-callbacks-section"') :]
    panel = panel[: panel.index("</section>")]
    assert f"Inquiry #{overdue.inquiry_id}" in panel and "overdue by 50 min" in panel
    assert f"Inquiry #{due_now.inquiry_id}" in panel and "due in 10 min" in panel
    for absent in (later, theirs):
        assert f"Inquiry #{absent.inquiry_id}</a>" not in panel
    assert panel.count("Inquiry #") == 2, done
    assert_no_personal_values(page)


def test_the_dashboard_says_when_nothing_is_due(client, staff_login, admissions_user):
    staff_login(admissions_user)
    assert "No callbacks due now." in text(client.get(reverse("wagtailadmin_home")))


def test_a_due_callback_reminds_its_assignee_once_with_number_and_time_only(team, admissions_user):
    inquiry = InquiryFactory(team=team, assigned_to=admissions_user, **SECRET_VALUES)
    due = make_callback(inquiry, -1)
    make_callback(InquiryFactory(team=team, assigned_to=admissions_user), 30)  # not yet
    make_callback(inquiry, -20, done_at=timezone.now())  # done: nothing to remind

    assert remind_due_callbacks.call(reschedule=False) == 1
    assert remind_due_callbacks.call(reschedule=False) == 0  # once only
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    local = due.due_at.astimezone(CHICAGO)
    assert message.to == ["ada@haven.invalid"]
    assert message.subject == (
        f"Callback due: inquiry #{inquiry.pk} at {local:%Y-%m-%d %H:%M} {local.tzname()}"
    )
    assert f"http://testserver/admin/admissions/inquiries/{inquiry.pk}/" in message.body
    assert_no_personal_values(message.subject + message.body)
    assert "Virtual IOP" not in message.body


def test_with_no_assignee_address_the_reminder_goes_to_the_team(team, django_user_model):
    nameless = django_user_model.objects.create_user("nomail", "", "a-long-password-1")
    make_callback(InquiryFactory(team=team), -1, assignee=nameless)
    remind_due_callbacks.call(reschedule=False)
    assert [message.to for message in mail.outbox] == [["t@haven.invalid"]]


def test_a_failed_reminder_is_tried_again_and_logs_nothing_personal(
    team, admissions_user, monkeypatch, caplog
):
    inquiry = InquiryFactory(team=team, assigned_to=admissions_user, **SECRET_VALUES)
    callback = make_callback(inquiry, -1)

    def refused(self, messages):
        raise ConnectionRefusedError("mail server down")

    with monkeypatch.context() as patched:
        patched.setattr(EmailBackend, "send_messages", refused)
        with caplog.at_level(logging.DEBUG):
            assert remind_due_callbacks.call(reschedule=False) == 0
    callback.refresh_from_db()
    assert callback.reminded_at is None
    assert f"Callback reminder for inquiry #{inquiry.pk} failed" in caplog.text
    assert_no_personal_values(caplog.text)
    assert remind_due_callbacks.call(reschedule=False) == 1


def test_the_worker_checks_for_due_callbacks_every_five_minutes():
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        assert schedule_callback_reminders(timezone.now())
        assert not schedule_callback_reminders(timezone.now())  # never a second chain
        runs = DBTaskResult.objects.filter(task_path=remind_due_callbacks.module_path)
        runs.filter(status=TaskResultStatus.READY).delete()
        remind_due_callbacks.call()
        delay = runs.get(status=TaskResultStatus.READY).run_after - timezone.now()
        assert timedelta(minutes=4, seconds=55) < delay <= timedelta(minutes=5)


def test_marking_a_callback_done_writes_the_timeline_and_clears_the_dashboard(
    client, staff_login, admissions_user, morning_inquiry
):
    callback = make_callback(morning_inquiry, -15)
    staff_login(admissions_user)
    url = reverse("admissions_inbox:detail", args=[morning_inquiry.pk])
    assert client.post(url, {"action": "callback-done", "callback": callback.pk}).status_code == 302
    client.post(url, {"action": "callback-done", "callback": callback.pk})  # a second click
    callback.refresh_from_db()
    assert callback.done_by == admissions_user and callback.done_at is not None
    items = timeline_items(text(client.get(url)))
    assert sum("Callback done" in item for item in items) == 1
    assert "No callbacks due now." in text(client.get(reverse("wagtailadmin_home")))
    assert ModelLogEntry.objects.filter(action="admissions.callback").count() == 1


@pytest.mark.parametrize("value", ["", "abc", "²", "99999999999999999999", "-1"])
def test_a_bad_callback_number_is_a_message_not_an_error(
    client, staff_login, admissions_user, morning_inquiry, value
):
    staff_login(admissions_user)
    url = reverse("admissions_inbox:detail", args=[morning_inquiry.pk])
    response = client.post(url, {"action": "callback-done", "callback": value}, follow=True)
    assert response.status_code == 200
    assert "That callback is not on this inquiry." in text(response)


def test_another_inquirys_callback_cannot_be_marked_done_from_this_page(
    client, staff_login, admissions_user, morning_inquiry, team
):
    other = make_callback(InquiryFactory(team=team), -5)
    staff_login(admissions_user)
    url = reverse("admissions_inbox:detail", args=[morning_inquiry.pk])
    client.post(url, {"action": "callback-done", "callback": other.pk})
    other.refresh_from_db()
    assert other.done_at is None


def test_someone_outside_admissions_sees_no_callbacks_panel(client, editor_user, team):
    make_callback(InquiryFactory(team=team), -5, assignee=editor_user)
    client.force_login(editor_user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    page = text(response)
    assert "wagtailadmin/home.html" in [template.name for template in response.templates]
    assert "Callbacks due" not in page and "admissions-due-callbacks" not in page
