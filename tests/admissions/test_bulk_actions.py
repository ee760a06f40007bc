"""Bulk actions on the inbox: assign, change status and export the inquiries ticked in the
listing. Each is confirmed on a page that shows numbers only, moves only what was chosen, and
writes an audit entry for every inquiry it touches; only admissions staff reach them."""

import csv
import io
from html import unescape
from urllib.parse import urlencode

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from admissions.choices import Status
from admissions.models import Inquiry, StatusChange
from tests.admissions.conftest import SECRET_VALUES
from tests.admissions.factories import InquiryFactory

pytestmark = pytest.mark.django_db

INDEX = reverse("admissions_inbox:index")


def bulk_url(action, ids, **params):
    query = "&".join([*(f"id={pk}" for pk in ids), *(f"{k}={v}" for k, v in params.items())])
    return f"{reverse('wagtail_bulk_action', args=['admissions', 'inquiry', action])}?{query}"


def text(response):
    return unescape(response.content.decode())


def audited(action):
    return sorted(
        (int(entry.object_id), entry.user_id)
        for entry in ModelLogEntry.objects.filter(action=action)
    )


@pytest.fixture
def three(db):
    return [InquiryFactory() for _ in range(3)]


def test_assign_confirms_with_numbers_then_assigns_only_the_chosen_and_audits_each(
    client, admissions_user, staff_login, three
):
    first, second, third = three
    staff_login(admissions_user)
    url = bulk_url("assign", [first.pk, second.pk], next=INDEX)

    confirm = text(client.get(url))
    assert f"<p>#{first.pk}, #{second.pk}</p>" in confirm  # the chosen ones, no other
    assert all(value not in confirm for value in ("Zebulon", "zebulon", "Quokka"))

    response = client.post(url, {"assignee": admissions_user.pk})
    assert response.status_code == 302 and response["Location"] == INDEX
    assigned = set(Inquiry.objects.filter(assigned_to=admissions_user).values_list("pk", flat=True))
    assert assigned == {first.pk, second.pk}
    assert audited("admissions.bulk_assign") == [
        (first.pk, admissions_user.pk),
        (second.pk, admissions_user.pk),
    ]
    assert "2 inquiries assigned to ada." in [
        str(m).strip() for m in get_messages(response.wsgi_request)
    ]

    # Choosing nobody unassigns them again.
    client.post(url, {"assignee": ""})
    assert not Inquiry.objects.exclude(assigned_to=None).exists()
    assert len(audited("admissions.bulk_assign")) == 4


def test_change_status_writes_each_timeline_step_like_a_single_change(
    client, admissions_user, staff_login, three
):
    first, second, third = three
    second.change_status(Status.REACHED)
    staff_login(admissions_user)
    url = bulk_url("change_status", [first.pk, second.pk], next=INDEX)
    response = client.post(url, {"status": Status.REACHED})

    messages = [str(m).strip() for m in get_messages(response.wsgi_request)]
    assert messages == ["1 inquiry moved to Reached. 1 inquiry already had that status."]
    first.refresh_from_db()
    assert first.status == Status.REACHED and first.first_contact_at is not None
    step = StatusChange.objects.get(inquiry=first)
    assert (step.user, step.from_status, step.to_status) == (admissions_user, "new", "reached")
    assert StatusChange.objects.filter(inquiry=second).count() == 1  # no second step
    assert Inquiry.objects.get(pk=third.pk).status == Status.NEW
    assert audited("admissions.bulk_status") == [
        (first.pk, admissions_user.pk),
        (second.pk, admissions_user.pk),
    ]

    client.post(url, {"status": Status.CLOSED})
    first.refresh_from_db()
    assert first.status == Status.CLOSED and first.closed_at is not None
    # The personal fields survived the save untouched.
    assert first.first_name.startswith("Zebulon") and first.phone == "(215) 555-0147"


def test_referred_elsewhere_is_not_a_bulk_status(client, admissions_user, staff_login, three):
    staff_login(admissions_user)
    url = bulk_url("change_status", [three[0].pk])
    page = text(client.post(url, {"status": Status.REFERRED}))
    assert "Select a valid choice" in page
    assert "set on each inquiry's page" in page
    assert not Inquiry.objects.exclude(status=Status.NEW).exists()
    assert not ModelLogEntry.objects.filter(action__startswith="admissions.bulk").exists()


def test_export_selected_is_the_inbox_csv_of_those_inquiries_each_audited(
    client, admissions_user, staff_login, three
):
    first, second, third = three
    staff_login(admissions_user)
    url = bulk_url("export", [third.pk, first.pk])
    assert "Download the CSV" in text(client.get(url))
    response = client.post(url)
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["Number", "Received", "Status"]
    assert sorted(int(row[0]) for row in rows[1:]) == [first.pk, third.pk]
    assert audited("admissions.export") == [
        (first.pk, admissions_user.pk),
        (third.pk, admissions_user.pk),
    ]


def test_select_all_in_the_listing_takes_the_listings_filters(
    client, admissions_user, staff_login, three
):
    three[0].change_status(Status.REACHED)
    staff_login(admissions_user)
    # What Wagtail's script sends for "select all inquiries in the listing".
    client.post(bulk_url("assign", ["all"], status="new"), {"assignee": admissions_user.pk})
    assigned = set(Inquiry.objects.exclude(assigned_to=None).values_list("pk", flat=True))
    assert assigned == {three[1].pk, three[2].pk}


def test_the_listing_offers_the_actions_and_works_without_javascript(
    client, admissions_user, staff_login, three
):
    staff_login(admissions_user)
    page = text(client.get(INDEX))
    for action in ("assign", "change_status", "export"):
        assert f'formaction="{bulk_url(action, []).rstrip("?")}"' in page
    # Each checkbox belongs to the fallback form, named as the bulk action expects.
    assert f'name="id" value="{three[0].pk}" form="inquiry-bulk-form"' in page
    assert 'id="inquiry-bulk-form"' in page
    # The drawer needs JavaScript; a plain form with the same filters stands in for it.
    plain = page.split("<noscript>", 1)[1].split("</noscript>")[0]
    assert 'name="status"' in plain and 'name="assignee"' in plain and 'name="response"' in plain


def test_nothing_or_nonsense_selected_says_so_and_changes_nothing(
    client, admissions_user, staff_login, three
):
    staff_login(admissions_user)
    for ids in ([], ["x"], [99999], ["1;DROP"], ["²"], ["9" * 30]):
        response = client.get(bulk_url("change_status", ids))
        assert response.status_code == 200
        assert "No inquiry is selected" in text(response)
    client.post(bulk_url("change_status", ["x", 99999]), {"status": Status.CLOSED})
    assert not Inquiry.objects.exclude(status=Status.NEW).exists()


def test_a_signed_in_editor_is_refused_every_bulk_action(client, editor_user, three):
    client.force_login(editor_user)
    ids = [inquiry.pk for inquiry in three]
    for action, data in (
        ("assign", {"assignee": editor_user.pk}),
        ("change_status", {"status": Status.CLOSED}),
        ("export", {}),
    ):
        url = bulk_url(action, ids)
        for response in (client.get(url), client.post(url, data)):
            assert response.status_code in (302, 403), action
            assert response["Content-Type"].startswith("text/html")
            assert "Zebulon" not in text(response)
    assert not Inquiry.objects.exclude(status=Status.NEW).exists()
    assert not Inquiry.objects.exclude(assigned_to=None).exists()
    assert not ModelLogEntry.objects.filter(action__startswith="admissions.").exists()


def test_anonymous_visitors_are_sent_to_the_login(client, three):
    response = client.get(bulk_url("assign", [three[0].pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_staff_without_the_export_permission_may_assign_but_not_export(
    client, admissions_user, staff_login, three
):
    from django.contrib.auth.models import Permission

    admissions_user.user_permissions.remove(*Permission.objects.filter(codename="export_inquiry"))
    group = admissions_user.groups.get()
    group.permissions.remove(Permission.objects.get(codename="export_inquiry"))
    staff_login(admissions_user)
    assert client.get(bulk_url("assign", [three[0].pk])).status_code == 200
    assert client.post(bulk_url("export", [three[0].pk])).status_code in (302, 403)
    assert not ModelLogEntry.objects.filter(action="admissions.export").exists()


PROPERTIES = hypothesis_settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
id_values = st.one_of(
    st.integers(min_value=-5, max_value=10**12).map(str),
    st.sampled_from(["all", "", "1.5", "0x1", "١", "²", "9" * 30]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")),
)


@PROPERTIES
@given(
    action=st.sampled_from(["assign", "change_status", "export"]),
    ids=st.lists(id_values, max_size=4),
    status=st.one_of(st.sampled_from(Status.values), st.text(max_size=12)),
)
def test_any_selection_gets_a_page_never_a_500(
    client, admissions_user, staff_login, action, ids, status
):
    if not Inquiry.objects.exists():
        InquiryFactory(**SECRET_VALUES)
    staff_login(admissions_user)
    url = reverse("wagtail_bulk_action", args=["admissions", "inquiry", action])
    assert client.get(url, {"id": ids}).status_code == 200
    response = client.post(f"{url}?{urlencode({'id': ids}, doseq=True)}", {"status": status})
    assert response.status_code in (200, 302)
