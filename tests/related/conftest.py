import pytest

from tests.articles.factories import ArticleIndexPageFactory
from tests.directory.factories import DirectoryPageFactory, ProgramPageFactory
from tests.related.helpers import make_article


@pytest.fixture
def article_index(home_page):
    index = ArticleIndexPageFactory.build(title="Articles", slug="articles")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def article(article_index):
    """make_article bound to the index: article(title=..., body_text=..., topics=[...])."""

    def make(**fields):
        return make_article(article_index, **fields)

    return make


@pytest.fixture
def directory_page(home_page):
    return DirectoryPageFactory(parent=home_page)


@pytest.fixture
def program(directory_page):
    def make(**fields):
        return ProgramPageFactory(parent=directory_page, **fields)

    return make
