import pytest

from tests.directory.factories import ProgramPageFactory


@pytest.fixture
def make_program(directory_page):
    def make(**fields):
        return ProgramPageFactory(parent=directory_page, **fields)

    return make


@pytest.fixture
def editor(db, django_user_model):
    """An editor with admin access (superusers must pass two-factor sign-in first)."""
    from django.contrib.auth.models import Group, Permission

    user = django_user_model.objects.create_user("editor", "editor@example.test", "pw-editor-1")
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="directory", codename__endswith="report")
    )
    return user
