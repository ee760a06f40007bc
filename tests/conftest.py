"""Fixtures every test can use: a site whose root is a HomePage, the article index and the
directory page, users by role, and signing staff in past the admin's second-factor check."""

import pytest
from wagtail.models import Page, Site

from home.models import HomePage


def make_home_page() -> HomePage:
    """A published HomePage at the root of the default site (what `load_demo` makes), in
    place of whatever the tree root held."""
    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    home = root.add_child(instance=HomePage(title="Haven", slug="home", hero_intro="Welcome."))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Haven"},
    )
    return home


def sign_in_with_second_factor(client, user):
    """Sign `user` in with a confirmed authenticator, as the admin asks of admissions staff
    and superusers; returns the client."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=user, name="test phone", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.fixture(autouse=True)
def _fresh_cache(request):
    """Every test starts and ends with an empty cache: the page and fragment caches and the
    restricted paths of core/visibility.py live there, and a rolled-back restriction sends no
    signal while the next test reuses its page paths. The counters (rate limits, sign-in
    lockout) are in the database: a test's rollback empties them, but the flush after a
    transactional test (the browser journeys) leaves the cache table alone."""
    from django.core.cache import cache, caches

    cache.clear()
    if "transactional_db" in request.fixturenames or "live_server" in request.fixturenames:
        request.getfixturevalue("transactional_db")
        caches["counters"].clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_first():
    """Each test starts in English: a request under /es/ leaves Spanish active in the thread
    (LocaleMiddleware sets it per request), and a view called without the middleware would
    inherit it."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def home_page(db) -> HomePage:
    return make_home_page()


@pytest.fixture
def article_index(home_page):
    from tests.articles.factories import ArticleIndexPageFactory

    index = ArticleIndexPageFactory.build(title="Articles", slug="articles")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def directory_page(home_page):
    from tests.directory.factories import DirectoryPageFactory

    return DirectoryPageFactory(parent=home_page)


@pytest.fixture
def staff_login(client):
    """staff_login(user): the test client, signed in with a second factor."""

    def login(user):
        return sign_in_with_second_factor(client, user)

    return login


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser(
        "root", "root@example.test", "a-long-password-1"
    )
