"""Journey 6: an admissions coordinator signs in with a second factor, opens the new inquiry in
the inbox and changes its status; an editor who tries the inbox address is refused. The
coordinator schedules a callback by keyboard, inside the person's window."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.two_factor import ADMISSIONS_GROUP
from admissions.choices import BestTime, Status
from admissions.models import Inquiry
from tests.admissions.factories import AdmissionsTeamFactory, InquiryFactory
from tests.browser.helpers import JOURNEY, assert_accessible

pytestmark = JOURNEY
HAVEN_PARTS = {"inquiry"}

# pragma: allowlist nextline secret
PASSWORD = "a-long-password-1"


def current_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return str(totp.token()).zfill(device.digits)


@pytest.fixture
def two_factor_on(settings):
    # The test settings leave two-factor off for tests that sign in with force_login.
    settings.HAVEN_REQUIRE_TWO_FACTOR = True


@pytest.fixture
def coordinator(site, django_user_model):
    user = django_user_model.objects.create_user("amara", "amara@example.test", PASSWORD)
    user.groups.add(Group.objects.get(name=ADMISSIONS_GROUP))
    return user


@pytest.fixture
def editor(site, django_user_model):
    user = django_user_model.objects.create_user("eddie", "eddie@example.test", PASSWORD)
    user.groups.add(Group.objects.get(name="Moderators"))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def new_inquiry(haven):
    return InquiryFactory(first_name="Jordan", interest="php")


def sign_in(page, username):
    page.goto(reverse("wagtailadmin_login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def test_coordinator_opens_the_inquiry_and_changes_its_status_an_editor_is_refused(
    two_factor_on, coordinator, editor, new_inquiry, page
):
    device = TOTPDevice.objects.create(user=coordinator, name="phone", confirmed=True)
    inbox = reverse("admissions_inbox:index")

    sign_in(page, "amara")
    page.goto(inbox)
    # No inbox before the second factor.
    page.wait_for_url(f"**{reverse('two_factor_verify')}**")
    assert "Jordan" not in page.content()
    page.locator("input[name=token]").fill(current_code(device))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"**{inbox}")
    assert_accessible(page, "admissions inbox")

    row = page.locator("tbody tr", has_text=f"#{new_inquiry.pk}")
    assert "New" in row.inner_text()
    assert "Partial hospitalization (PHP)" in row.inner_text()
    row.get_by_role("link", name=f"#{new_inquiry.pk}").click()
    page.wait_for_url(f"**{reverse('admissions_inbox:detail', args=[new_inquiry.pk])}")
    assert "Jordan" in page.locator("main").inner_text()
    assert_accessible(page, "inquiry in the inbox")

    page.get_by_label("Status").select_option(label="Reached")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert "updated" in page.locator(".messages").inner_text()
    assert page.get_by_label("Status").input_value() == Status.REACHED
    new_inquiry.refresh_from_db()
    assert new_inquiry.status == Status.REACHED
    assert new_inquiry.first_contact_at is not None

    page.goto(inbox)
    assert "Reached" in page.locator("tbody tr", has_text=f"#{new_inquiry.pk}").inner_text()

    # An editor, signed in properly, asks for the inbox and the inquiry: refused, nothing shown.
    page.context.clear_cookies()
    sign_in(page, "eddie")
    page.wait_for_url(f"**{reverse('wagtailadmin_home')}")
    for url in (inbox, reverse("admissions_inbox:detail", args=[new_inquiry.pk])):
        response = page.goto(url)
        # Wagtail's admin answers a refusal by sending the person to the dashboard, saying why.
        assert response.url.endswith(reverse("wagtailadmin_home")), url
        assert "do not have permission" in page.locator(".messages").inner_text()
        assert "Jordan" not in page.content()
        assert f"#{new_inquiry.pk}" not in page.locator("main").inner_text()
    assert Inquiry.objects.get().status == Status.REACHED


def test_coordinator_ticks_two_inquiries_and_assigns_them_in_one_go(haven, coordinator, page):
    """The inbox's bulk actions, driven by Wagtail's own script: tick, choose, confirm."""
    first, second, untouched = (InquiryFactory(first_name="Jordan") for _ in range(3))
    sign_in(page, "amara")
    page.goto(reverse("admissions_inbox:index"))
    for inquiry in (first, second):
        page.locator(f"input[data-object-id='{inquiry.pk}']").check()
    assert "2 items selected" in page.locator("[data-bulk-action-footer]").inner_text()
    page.locator("[data-bulk-action-footer]").get_by_role("link", name="Assign").click()
    page.wait_for_load_state()
    assert "Jordan" not in page.locator("main").inner_text()  # numbers only
    assert_accessible(page, "bulk assign confirmation")
    page.get_by_label("Assignee").select_option(label="amara")
    page.get_by_role("button", name="Assign them").click()
    page.wait_for_url(f"**{reverse('admissions_inbox:index')}")
    assert "2 inquiries assigned to amara." in page.locator(".messages").inner_text()
    assigned = Inquiry.objects.filter(assigned_to=coordinator).values_list("pk", flat=True)
    assert sorted(assigned) == [first.pk, second.pk] and untouched.pk not in assigned


def test_coordinator_schedules_a_callback_in_the_persons_window_by_keyboard(
    two_factor_on, coordinator, page
):
    team = AdmissionsTeamFactory(time_zone="America/Chicago")
    inquiry = InquiryFactory(first_name="Jordan", team=team, best_time=BestTime.EVENING)
    device = TOTPDevice.objects.create(user=coordinator, name="phone", confirmed=True)
    detail = reverse("admissions_inbox:detail", args=[inquiry.pk])
    sign_in(page, "amara")
    page.goto(detail)
    page.locator("input[name=token]").fill(current_code(device))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"**{detail}")

    chicago = ZoneInfo("America/Chicago")
    day = (timezone.now().astimezone(chicago) + timedelta(days=2)).date()
    morning = f"{day:%Y-%m-%d}T09:00"
    zone_name = datetime.combine(day, time(18, 30), tzinfo=chicago).tzname()
    field = page.get_by_label("Call back at")
    field.fill(morning)
    field.press("Enter")  # submits its own form, as a keyboard user would
    page.wait_for_load_state()
    assert "09:00 is outside the window this person asked for" in page.locator("main").inner_text()
    assert page.get_by_label("Call back at").input_value() == morning  # what was typed stays
    assert_accessible(page, "callback refused outside the window")

    evening = f"{day:%Y-%m-%d}T18:30"
    page.get_by_label("Call back at").fill(evening)
    page.get_by_role("button", name="Schedule").click()
    page.wait_for_load_state()
    assert "scheduled" in page.locator(".messages").inner_text()
    timeline = page.locator(".admissions-timeline").inner_text()
    assert f"Callback scheduled for {day:%Y-%m-%d} 18:30 {zone_name}" in timeline
    assert inquiry.callbacks.get().due_at.astimezone(chicago).hour == 18
