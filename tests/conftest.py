"""Fixtures every test can use: a site whose root is a HomePage, and users by role."""

import pytest
from wagtail.models import Page, Site

from home.models import HomePage


@pytest.fixture
def home_page(db) -> HomePage:
    """A published HomePage at the root of the default site (what `load_demo` makes)."""
    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    home = root.add_child(instance=HomePage(title="Haven", slug="home", hero_intro="Welcome."))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Haven"},
    )
    return home


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser(
        "root", "root@example.test", "a-long-password-1"
    )
