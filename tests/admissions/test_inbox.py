"""The admissions inbox: only admissions staff see it, and every open, export and delete is in
Wagtail's audit log with the user. The listing is Wagtail's generic index view: filters,
sortable columns and pages (the bulk actions are in test_bulk_actions.py)."""

import csv
import io
import re
from datetime import time, timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from admissions.choices import Delivery, Status
from admissions.inbox import PER_PAGE
from admissions.models import Inquiry
from tests.admissions.conftest import SECRET_VALUES
from tests.admissions.factories import AdmissionsTeamFactory, InquiryFactory

pytestmark = pytest.mark.django_db

INDEX = reverse("admissions_inbox:index")


def text(response):
    return unescape(response.content.decode())


def urls_for(inquiry):
    return [
        reverse("admissions_inbox:index"),
        reverse("admissions_inbox:index_results"),
        reverse("admissions_inbox:detail", args=[inquiry.pk]),
        reverse("admissions_inbox:export"),
        reverse("admissions_inbox:delete", args=[inquiry.pk]),
        reverse("admissions_inbox:failed"),
        reverse("admissions_inbox:report"),
    ]


def test_editors_see_nothing_of_the_inbox(client, editor_user):
    inquiry = InquiryFactory()
    client.force_login(editor_user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200  # editors do use the admin...
    dashboard = text(response)  # ...but no trace of the inbox
    assert "Admissions inbox" not in dashboard
    assert "admissions/inquiries" not in dashboard
    for url in urls_for(inquiry):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Zebulon" not in text(response)
    assert client.post(reverse("admissions_inbox:delete", args=[inquiry.pk])).status_code in (
        302,
        403,
    )
    assert Inquiry.objects.filter(pk=inquiry.pk).exists()
    assert not ModelLogEntry.objects.filter(action__startswith="admissions.").exists()


def test_anonymous_visitors_are_sent_to_the_login(client):
    inquiry = InquiryFactory()
    for url in urls_for(inquiry):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"]


def test_admissions_staff_see_the_menu_item_and_dashboard_panel(
    client, admissions_user, staff_login
):
    InquiryFactory(received_at=timezone.now() - timedelta(hours=2, minutes=5))
    for _ in range(4):
        InquiryFactory()
    InquiryFactory(status=Status.REACHED)
    staff_login(admissions_user)
    dashboard = text(client.get(reverse("wagtailadmin_home")))
    assert "Admissions inbox" in dashboard
    assert "5 new inquiries" in dashboard
    assert "oldest 2\xa0hours" in dashboard or "oldest 2 hours" in dashboard


def test_list_shows_numbers_not_names_and_filters_by_whitelisted_parameters(
    client, admissions_user, home_page, staff_login
):
    team = AdmissionsTeamFactory(name="Clinician track")
    a = InquiryFactory(team=team)
    b = InquiryFactory(status=Status.SCHEDULED)
    c = InquiryFactory(received_at=timezone.now() - timedelta(days=40))
    staff_login(admissions_user)

    page = text(client.get(INDEX))
    for inquiry in (a, b, c):
        assert f"#{inquiry.pk}" in page
    assert "Zebulon" not in page  # the list shows no personal field
    assert "Clinician track" in page and "Virtual IOP" in page

    def listed(**params):
        page = text(client.get(INDEX, params))
        return {i.pk for i in (a, b, c) if f">#{i.pk}<" in page}

    assert listed(status="scheduled") == {b.pk}
    assert listed(team=team.pk) == {a.pk}
    since = (timezone.now() - timedelta(days=7)).date().isoformat()
    assert listed(received_from=since) == {a.pk, b.pk}
    assert listed(received_to=since) == {c.pk}
    # Unknown values are reported and ignored, never a 500.
    assert listed(status="nonsense", team="x", received_from="yesterday", q="a") == {
        a.pk,
        b.pk,
        c.pk,
    }
    # A valid filter still applies beside an invalid one.
    assert listed(status="scheduled", team="x") == {b.pk}


def test_opening_an_inquiry_decrypts_it_and_is_audited(client, admissions_user, staff_login):
    inquiry = InquiryFactory(first_name="Marigold", message="Night shifts are hard")
    staff_login(admissions_user)
    response = client.get(reverse("admissions_inbox:detail", args=[inquiry.pk]))
    page = text(response)
    assert "Marigold" in page and "Night shifts are hard" in page
    assert "no-store" in response["Cache-Control"]
    entry = ModelLogEntry.objects.get(action="admissions.open")
    assert entry.user == admissions_user
    assert entry.object_id == str(inquiry.pk)
    assert "Marigold" not in entry.label


def test_status_assignment_and_notes_from_the_detail_view(client, admissions_user, staff_login):
    inquiry = InquiryFactory(received_at=timezone.now() - timedelta(hours=3))
    staff_login(admissions_user)
    url = reverse("admissions_inbox:detail", args=[inquiry.pk])
    response = client.post(
        url,
        {"status": "reached", "assigned_to": admissions_user.pk, "notes": "Left a voicemail"},
    )
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == Status.REACHED
    assert inquiry.assigned_to == admissions_user
    assert inquiry.notes == "Left a voicemail"
    assert inquiry.first_contact_at is not None
    first_contact = inquiry.first_contact_at
    client.post(url, {"status": "closed", "assigned_to": admissions_user.pk, "notes": ""})
    inquiry.refresh_from_db()
    assert inquiry.first_contact_at == first_contact  # stamped once
    assert inquiry.closed_at is not None
    assert ModelLogEntry.objects.filter(action="admissions.update").count() == 2


def test_export_is_csv_of_the_filtered_list_and_each_row_is_audited(
    client, admissions_user, staff_login
):
    wanted = InquiryFactory(first_name="=HYPERLINK(1)", status=Status.NEW)
    InquiryFactory(status=Status.CLOSED)
    staff_login(admissions_user)
    response = client.get(reverse("admissions_inbox:export"), {"status": "new"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["Number", "Received", "Status"]
    assert len(rows) == 2 and rows[1][0] == str(wanted.pk)
    assert "'=HYPERLINK(1)" in rows[1]  # not run as a formula by a spreadsheet
    entry = ModelLogEntry.objects.get(action="admissions.export")
    assert entry.user == admissions_user and entry.object_id == str(wanted.pk)


def test_delete_asks_first_then_deletes_and_audits(client, admissions_user, staff_login):
    inquiry = InquiryFactory()
    staff_login(admissions_user)
    url = reverse("admissions_inbox:delete", args=[inquiry.pk])
    assert "cannot be undone" in text(client.get(url))
    assert Inquiry.objects.filter(pk=inquiry.pk).exists()
    client.post(url)
    assert not Inquiry.objects.filter(pk=inquiry.pk).exists()
    entry = ModelLogEntry.objects.get(action="admissions.delete")
    assert entry.user == admissions_user and entry.label == f"Inquiry #{inquiry.pk}"


def test_failed_notifications_are_listed_and_can_be_re_sent(
    client, admissions_user, default_team, django_capture_on_commit_callbacks, staff_login
):
    from django.core import mail

    failed = InquiryFactory(
        notification_state=Delivery.FAILED,
        notification_attempts=7,
        notification_error="SMTPConnectError",
    )
    InquiryFactory(notification_state=Delivery.SENT)
    staff_login(admissions_user)
    page = text(client.get(reverse("admissions_inbox:failed")))
    assert f"#{failed.pk}" in page and "SMTPConnectError" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admissions_inbox:resend"), {"inquiry": [failed.pk, "junk"]})
    failed.refresh_from_db()
    assert failed.notification_state == Delivery.SENT
    assert failed.notification_attempts == 1
    assert len(mail.outbox) == 1
    assert ModelLogEntry.objects.filter(action="admissions.resend").count() == 1


def test_superusers_may_use_the_inbox_and_members_without_the_group_may_not(
    client, admin_user, django_user_model, staff_login
):
    from django.contrib.auth.models import Permission

    inquiry = InquiryFactory()
    staff_login(admin_user)
    assert client.get(reverse("admissions_inbox:detail", args=[inquiry.pk])).status_code == 200
    # Holding the model permission outside the Admissions group is not enough.
    outsider = django_user_model.objects.create_user("mo", password="a-long-password-1")
    outsider.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_inquiry"),
    )
    client.force_login(outsider)
    assert client.get(INDEX).status_code in (302, 403)


ALWAYS_OPEN = {
    f"{day}_{edge}": time(0)
    for day in ("weekday", "saturday", "sunday")
    for edge in ("opens", "closes")
}


def numbers_in_order(response):
    """The inquiry numbers of a listing page, top to bottom."""
    return [int(n) for n in re.findall(r'id="inquiry_(\d+)_title"', response.content.decode())]


def test_columns_sort_by_age_clock_status_team_and_assignee(
    client, admissions_user, django_user_model, staff_login
):
    now = timezone.now()
    alpha = AdmissionsTeamFactory(name="Alpha")
    beta = AdmissionsTeamFactory(name="Beta", **ALWAYS_OPEN)  # its clock runs at any hour
    zed = django_user_model.objects.create_user("zed", first_name="Zed")
    old = InquiryFactory(team=beta, received_at=now - timedelta(hours=3), assigned_to=zed)
    fresh = InquiryFactory(team=beta, received_at=now - timedelta(minutes=5))
    reached = InquiryFactory(team=alpha, received_at=now - timedelta(hours=1))
    reached.change_status(Status.REACHED)
    admitted = InquiryFactory(received_at=now - timedelta(hours=2), assigned_to=admissions_user)
    admitted.change_status(Status.ADMITTED)
    staff_login(admissions_user)

    def order(ordering):
        return numbers_in_order(client.get(INDEX, {"ordering": ordering}))

    newest_first = [fresh.pk, reached.pk, admitted.pk, old.pk]
    assert order("-received_at") == newest_first == numbers_in_order(client.get(INDEX))
    assert order("received_at") == newest_first[::-1]
    # The pipeline's order, not the alphabet ("Admitted" would come first).
    assert order("status") == [fresh.pk, old.pk, reached.pk, admitted.pk]
    assert order("team")[:3] == [reached.pk, fresh.pk, old.pk]  # no team last
    # "ada" (no full name) before "Zed"; the unassigned last.
    assert order("assignee")[:2] == [admitted.pk, old.pk]
    # Waiting inquiries first, the least time left first; the overdue one leads.
    assert order("clock")[:2] == [old.pk, fresh.pk]
    assert order("-clock")[:2] == [fresh.pk, old.pk]
    page = text(client.get(INDEX, {"ordering": "clock"}))
    assert page.index("overdue by") < page.index("min left")


def test_filters_by_assignee_and_nobody_yet(client, admissions_user, staff_login):
    mine = InquiryFactory(assigned_to=admissions_user)
    nobodys = InquiryFactory()
    staff_login(admissions_user)
    assert numbers_in_order(client.get(INDEX, {"assignee": admissions_user.pk})) == [mine.pk]
    assert numbers_in_order(client.get(INDEX, {"assignee": "null"})) == [nobodys.pk]
    # The drawer's results view (refreshed without a page load) filters the same way.
    results = client.get(reverse("admissions_inbox:index_results"), {"assignee": "null"})
    assert numbers_in_order(results) == [nobodys.pk]


def test_the_listing_pages_through_inquiries(client, admissions_user, staff_login):
    received = timezone.now()
    for minutes in range(PER_PAGE + 2):
        InquiryFactory(received_at=received - timedelta(minutes=minutes))
    staff_login(admissions_user)
    first = client.get(INDEX)
    assert len(numbers_in_order(first)) == PER_PAGE
    assert "Page 1 of 2" in text(first)
    second = client.get(INDEX, {"p": 2})
    assert len(numbers_in_order(second)) == 2
    assert not set(numbers_in_order(first)) & set(numbers_in_order(second))
    assert numbers_in_order(client.get(INDEX, {"p": 99})) == numbers_in_order(second)  # the last


def test_the_listing_shows_no_personal_field_and_is_not_cached(
    client, admissions_user, staff_login
):
    InquiryFactory(assigned_to=admissions_user, **SECRET_VALUES)
    staff_login(admissions_user)
    for url in (INDEX, reverse("admissions_inbox:index_results")):
        response = client.get(url, {"ordering": "assignee"})
        page = text(response)
        assert all(value not in page for value in SECRET_VALUES.values())
        assert "no-store" in response["Cache-Control"]


def build_page_of(count):
    """`count` inquiries, each with its own team, holidays, program-less and assigned."""
    for n in range(count):
        team = AdmissionsTeamFactory()
        team.holidays.create(date=timezone.now().date() - timedelta(days=1 + n))
        InquiryFactory(team=team, received_at=timezone.now() - timedelta(minutes=n))


def test_a_page_costs_the_same_queries_for_10_rows_and_50(client, admissions_user, staff_login):
    staff_login(admissions_user)

    def queries_for_page():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(INDEX, {"ordering": "clock"})
        assert response.status_code == 200
        return len(queries)

    build_page_of(10)
    with_ten = queries_for_page()
    build_page_of(40)
    assert len(numbers_in_order(client.get(INDEX))) == 50
    assert queries_for_page() == with_ten


PROPERTIES = hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
PARAMETERS = [
    "status",
    "team",
    "assignee",
    "response",
    "program",
    "received_from",
    "received_to",
    "delivery",
    "ordering",
    "p",
    "q",
    "export",
]
query_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
known_values = st.sampled_from(
    ["new", "overdue", "null", "1", "-1", "clock", "-clock", "status", "-assignee", "team", "0"]
)


@PROPERTIES
@given(st.dictionaries(st.sampled_from(PARAMETERS), st.one_of(query_text, known_values)))
def test_any_filter_or_sort_query_gets_a_listing_never_a_500(
    client, admissions_user, staff_login, params
):
    if not Inquiry.objects.exists():
        InquiryFactory(team=AdmissionsTeamFactory(), assigned_to=admissions_user)
        InquiryFactory(status=Status.REACHED)
    staff_login(admissions_user)
    for url in (INDEX, reverse("admissions_inbox:index_results")):
        response = client.get(url, params)
        assert response.status_code == 200, params
        assert "Zebulon" not in text(response)
