import pytest

from tests.directory.factories import DirectoryPageFactory, ProgramPageFactory


@pytest.fixture
def directory_page(home_page):
    return DirectoryPageFactory(parent=home_page)


@pytest.fixture
def make_program(directory_page):
    def make(**fields):
        return ProgramPageFactory(parent=directory_page, **fields)

    return make
