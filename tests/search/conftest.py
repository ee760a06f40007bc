"""Fixed content for the search tests: a handful of articles and programs whose words are
chosen so each test knows exactly which page must be found."""

import pytest
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Site

from search import vocabulary
from tests.articles.factories import ArticleIndexPageFactory, make_article, paragraph_block
from tests.conftest import make_home_page, sign_in_with_second_factor
from tests.directory.factories import DirectoryPageFactory, ProgramPageFactory

ARTICLES = {
    "burnout": dict(
        title="Burnout in nurses",
        summary="How long shifts wear nurses down, and the first signs of burnout.",
        body=[paragraph_block("<p>Emotional exhaustion after night shifts is common.</p>")],
    ),
    "burnout-recovery": dict(
        title="Recovering from burnout",
        summary="Rest, boundaries and therapy help people recover from burnout at work.",
        body=[paragraph_block("<p>Burnout recovery takes months; burnout is not weakness.</p>")],
    ),
    "intensive": dict(
        title="What a week of structured care looks like",
        summary="An intensive outpatient program meets three evenings a week.",
        body=[paragraph_block("<p>Intensive outpatient care keeps your job and your home.</p>")],
    ),
    "anxiety": dict(
        title="Anxiety at work",
        summary="Panic before a shift and worry that will not switch off.",
        body=[paragraph_block("<p>Anxiety responds well to therapy and skills groups.</p>")],
    ),
    "panic": dict(
        title="Panic on the ward",
        summary="Anxiety at work, anxiety at home: anxiety at work is common on the ward.",
        body=[paragraph_block("<p>Anxiety at work. Anxiety at work. Anxiety at work.</p>")],
    ),
    "partial": dict(
        title="A day in partial hospitalization",
        summary="Five days a week of treatment, home every night.",
        body=[paragraph_block("<p>Partial hospitalization suits people who need more.</p>")],
    ),
    "telehealth": dict(
        title="Therapy from your kitchen table",
        summary="Telehealth sessions by video from anywhere in the state.",
        body=[paragraph_block("<p>Telehealth groups meet on a secure video link.</p>")],
    ),
    "iop-only": dict(
        title="Evenings in IOP",
        summary="Our IOP meets after work, three nights a week.",
        body=[paragraph_block("<p>Groups run from six to nine.</p>")],
    ),
    "trauma": dict(
        title="After a hard call",
        summary="Post-traumatic stress in first responders after critical incidents.",
        body=[paragraph_block("<p>Nightmares and flashbacks can follow a hard call.</p>")],
    ),
}

PROGRAMS = {
    "harbor": dict(
        title="Harbor Light Evening Program",
        organisation="Harbor Light Health",
        summary="Evening groups for healthcare workers.",
        levels_of_care=["php"],
        conditions=["depression"],
    ),
    "cedar": dict(
        title="Cedar Ridge Recovery",
        organisation="Cedar Ridge",
        summary="Group therapy three mornings a week.",
        levels_of_care=["outpatient"],
        conditions=["anxiety"],
    ),
}


def _build_site() -> dict:
    home = make_home_page()
    index = ArticleIndexPageFactory.build(title="Articles", slug="articles")
    home.add_child(instance=index)
    index.save_revision().publish()
    pages = {"home": home, "articles": index}
    for key, fields in ARTICLES.items():
        pages[key] = make_article(index, slug=key, **fields)
    directory = DirectoryPageFactory(parent=home)
    for key, fields in PROGRAMS.items():
        pages[key] = ProgramPageFactory(parent=directory, slug=key, **fields)
    pages["directory"] = directory
    vocabulary.refresh()
    return pages


@pytest.fixture(scope="module")
def _search_site(django_db_setup, django_db_blocker):
    """Built once per test module inside a transaction that is rolled back at the end; each
    test runs in a savepoint inside it (pytest-django's `db`), so tests cannot see each
    other's changes. Publishing a dozen pages per test would cost the suite minutes."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield _build_site()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            Site.clear_site_root_paths_cache()
            cache.clear()


@pytest.fixture
def content(_search_site, db):
    """ARTICLES and PROGRAMS, published, with the vocabulary built; pages by key."""
    Site.clear_site_root_paths_cache()
    cache.clear()
    return _search_site


@pytest.fixture
def admin_login(client, admin_user):
    """The admin client signed in as a superuser with a confirmed second factor (the admin
    asks superusers for one)."""
    return sign_in_with_second_factor(client, admin_user)
