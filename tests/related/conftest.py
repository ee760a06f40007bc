import pytest

from tests.directory.factories import ProgramPageFactory
from tests.related.helpers import make_article


@pytest.fixture
def article(article_index):
    """make_article bound to the index: article(title=..., body_text=..., topics=[...])."""

    def make(**fields):
        return make_article(article_index, **fields)

    return make


@pytest.fixture
def program(directory_page):
    def make(**fields):
        return ProgramPageFactory(parent=directory_page, **fields)

    return make
