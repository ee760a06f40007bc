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


def test_editors_can_edit_the_inquiry_page_in_the_admin(client, editor_user, home_page):
    from django.urls import reverse

    page = demo.load()
    client.force_login(editor_user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for field in ("intro", "privacy_notice", "thank_you_text"):
        assert f'name="{field}"' in html
