"""What the Editors and Clinical reviewers groups can reach, as signed-in users in the admin."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import rich_text

from articles.models import ArticlePage
from articles.snippets import Person, Topic
from tests.articles.factories import make_article
from tests.editorial.conftest import article_form

pytestmark = pytest.mark.django_db


def test_editor_sees_the_snippets_menu_with_people_topics_and_tags(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailsnippets:index")).content.decode()
    for label in ("People", "Topics", "Tags"):
        assert label in html
    assert "Routing rules" not in html and "Admissions teams" not in html


def test_editor_creates_a_person_and_a_topic(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_articles_person:add"),
        {"name": "Ana Ruiz", "credentials": "LCSW", "job_title": "", "bio": "", "photo": ""},
    )
    assert response.status_code == 302
    assert Person.objects.filter(name="Ana Ruiz").exists()
    response = client.post(
        reverse("wagtailsnippets_articles_topic:add"),
        {
            "name": "Sleep",
            "slug": "sleep",
            "description": "",
            "intro": rich_text(""),
            "conditions": [],
        },
    )
    assert response.status_code == 302
    assert Topic.objects.filter(slug="sleep").exists()


def test_editor_cannot_link_a_person_to_an_admin_account(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailsnippets_articles_person:add")).content.decode()
    assert 'name="user"' not in html


def test_editor_edits_tags_and_uploads_an_image(client, editor):
    from taggit.models import Tag

    tag = Tag.objects.create(name="nite shift", slug="nite-shift")
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_taggit_tag:edit", args=[tag.pk]),
        {"name": "night shift", "slug": "night-shift"},
    )
    assert response.status_code == 302
    tag.refresh_from_db()
    assert tag.name == "night shift"
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Calm room",
            "file": SimpleUploadedFile("calm.png", get_test_image_file().file.getvalue()),
            "collection": 1,
        },
    )
    assert response.status_code == 302
    assert client.get(reverse("wagtaildocs:add")).status_code == 200


def test_editor_writes_an_article_but_cannot_publish_or_set_the_review(
    client, editor, article_index
):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", article_index.pk])
    form = client.get(url).content.decode()
    assert 'name="reviewer"' not in form and 'name="last_reviewed"' not in form
    assert 'name="action-publish"' not in form
    assert "Submit to Clinical review" in form
    response = client.post(url, article_form("Sleep after nights", reviewer="1"))
    assert response.status_code == 302
    page = ArticlePage.objects.get(title="Sleep after nights")
    assert not page.live and page.reviewer is None


def test_editor_edits_an_article_someone_else_wrote(client, editor, article_index):
    page = make_article(article_index, title="Written by another")
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def test_editor_cannot_edit_pages_outside_articles_they_do_not_own(client, editor, home_page):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assert response.status_code in (302, 403)


def test_editor_cannot_reach_admissions_or_routing_rules(client, editor):
    client.force_login(editor)
    for name in (
        "admissions_inbox:index",
        "wagtailsnippets_admissions_routingrule:list",
        "wagtailsnippets_admissions_admissionsteam:list",
    ):
        response = client.get(reverse(name))
        assert response.status_code in (302, 403), name
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Admissions inbox" not in home


def test_reviewer_group_exists_and_signs_in_to_the_admin(client, reviewer):
    client.force_login(reviewer)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
