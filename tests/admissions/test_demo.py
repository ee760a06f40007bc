import pytest
from django.test import Client

from admissions import demo
from admissions.models import AdmissionsTeam, Inquiry, InquiryPage, RoutingRule

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
    assert not Inquiry.objects.exists()
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
