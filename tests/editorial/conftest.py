import pytest
from django.contrib.auth.models import Group
from django.utils.text import slugify
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

PASSWORD = "a-long-password-1"  # pragma: allowlist secret


def member(django_user_model, username, group, **names):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.test", PASSWORD, **names
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db, django_user_model):
    return member(django_user_model, "edna", "Editors", first_name="Edna", last_name="Ortiz")


@pytest.fixture
def reviewer(db, django_user_model):
    return member(
        django_user_model, "rosa", "Clinical reviewers", first_name="Rosa", last_name="Quill"
    )


def article_form(title, paragraph="<p>Rest helps.</p>", **extra):
    """The add/edit form of an article as the admin posts it."""
    fields = {
        "title": title,
        "slug": slugify(title),
        "summary": "A plain summary.",
        "body": streamfield([("paragraph", rich_text(paragraph))]),
        "corrections": streamfield([]),
        "related_picks": inline_formset([]),
        "audiences": [],
        "tags": "",
    }
    fields.update(extra)
    return nested_form_data(fields)
