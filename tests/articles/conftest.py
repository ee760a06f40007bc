import pytest

from tests.articles.factories import ArticleIndexPageFactory


@pytest.fixture
def article_index(home_page):
    index = ArticleIndexPageFactory.build(title="Articles", slug="articles")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index
