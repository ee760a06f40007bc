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
