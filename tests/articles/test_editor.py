"""What editors get: tabs, help text, page types, block metadata, validation, scheduling."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail import blocks as wagtail_blocks
from wagtail.blocks import StreamBlockValidationError

from articles.models import ArticleIndexPage, ArticlePage
from core.blocks import BodyBlock, FAQBlock
from home.models import HomePage
from tests.articles.factories import make_article

pytestmark = pytest.mark.django_db


def test_edit_form_has_content_review_promote_tabs(staff_login, admin_user, article_index):
    page = make_article(article_index)
    client = staff_login(admin_user)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    for tab in ("content", "review", "promote"):
        assert f'id="tab-label-{tab}"' in html
    assert "Clinically" in html or "clinician" in html  # the reviewer field's help text


def test_every_editable_field_has_help_text():
    for model in (ArticlePage, ArticleIndexPage):
        form_class = model.get_edit_handler().get_form_class()
        form = form_class(instance=model(), for_user=None)
        missing = [name for name, field in form.fields.items() if not field.help_text]
        # Wagtail's own scheduling fields are explained in its panel, not per field.
        missing = [
            m for m in missing if m not in {"go_live_at", "expire_at", "comment_notifications"}
        ]
        assert not missing, (model.__name__, missing)


def test_page_types_only_where_they_belong():
    assert ArticlePage.allowed_parent_page_models() == [ArticleIndexPage]
    assert ArticlePage.allowed_subpage_models() == []
    assert ArticleIndexPage.allowed_parent_page_models() == [HomePage]
    assert ArticleIndexPage.allowed_subpage_models() == [ArticlePage]


def test_cannot_add_an_article_under_the_home_page(staff_login, admin_user, home_page):
    client = staff_login(admin_user)
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", home_page.pk])
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] != url


def test_every_body_block_has_icon_template_preview_and_description():
    for name, block in BodyBlock().child_blocks.items():
        meta = block.meta
        assert meta.icon and meta.icon != "placeholder", name
        assert getattr(meta, "template", None), name
        assert block.get_description(), name
        assert block.is_previewable, name


def test_block_previews_render(staff_login, admin_user, home_page):
    client = staff_login(admin_user)
    body = ArticlePage._meta.get_field("body").stream_block
    for name, block in body.child_blocks.items():
        response = client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
        )
        assert response.status_code == 200, name
        html = response.content.decode()
        assert "css/haven.css" in html, name
        value = block.get_preview_value()
        if name == "heading":
            assert value["text"] in html
        elif name == "faq":
            assert "<details" in html
        elif name == "crisis_help":
            assert "988" in html


def test_faq_with_an_empty_question_cannot_be_saved():
    block = FAQBlock()
    value = block.to_python(
        {"heading": "", "items": [{"question": "   ", "answer": "<p>An answer.</p>", "anchor": ""}]}
    )
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as error:
        block.clean(value)
    message = str(error.value.as_json_data())
    assert "question" in message.lower() or "required" in message.lower()


def test_faq_error_is_reported_on_the_block_in_the_body():
    body = BodyBlock()
    value = body.to_python(
        [
            {
                "type": "faq",
                "value": {"heading": "", "items": [{"question": "", "answer": "<p>a</p>"}]},
            }
        ]
    )
    with pytest.raises(StreamBlockValidationError) as error:
        body.clean(value)
    assert 0 in error.value.block_errors  # the first block carries the message


def test_edit_view_post_with_empty_question_shows_error_and_keeps_input(
    staff_login, admin_user, article_index
):
    page = make_article(article_index)
    client = staff_login(admin_user)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = _edit_post_data(page, question="", answer="<p>Keep this answer.</p>")
    response = client.post(url, data)
    assert response.status_code == 200  # re-shown, not saved
    html = response.content.decode()
    assert "Keep this answer." in html
    assert "cannot be empty" in html  # the FAQ block's own message, beside the question


def _edit_post_data(page, question, answer):
    """The edit form as the admin posts it, with one FAQ block of one question."""
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    faq_item = {"question": question, "answer": rich_text(answer), "anchor": ""}
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            # A ListBlock reads the same count/order/deleted/value keys streamfield() writes.
            "body": streamfield(
                [("faq", {"heading": "", "items": streamfield([("item", faq_item)])})]
            ),
            "corrections": streamfield([]),
            "related_picks": inline_formset([]),
            "tagged_items": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


def test_scheduled_publishing_goes_live_later(article_index):
    page = make_article(article_index, title="Later", publish=False)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    # An hour passes: the approved time and the page's own go-live time are now behind us.
    revision.refresh_from_db()
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def test_preview_renders(staff_login, admin_user, article_index):
    page = make_article(article_index, title="Preview me")
    client = staff_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 200
    assert "Preview me" in response.content.decode()


def test_topic_snippet_saves_conditions_from_the_shared_vocabulary(staff_login, admin_user):
    from articles.snippets import Topic

    client = staff_login(admin_user)
    url = reverse("wagtailsnippets_articles_topic:add")
    form = client.get(url).content.decode()
    assert 'type="checkbox" name="conditions" value="burnout"' in form
    data = {
        "name": "Burnout",
        "slug": "burnout",
        "description": "",
        "conditions": ["burnout"],
    }
    response = client.post(url, data)
    assert response.status_code == 302
    assert Topic.objects.get(slug="burnout").conditions == ["burnout"]
    bad = client.post(url, {**data, "slug": "other", "name": "Other", "conditions": ["nonsense"]})
    assert bad.status_code == 200 and not Topic.objects.filter(slug="other").exists()
    assert "Burnout" in bad.content.decode() or "Other" in bad.content.decode()


def test_two_blocks_with_the_same_link_name_are_refused():
    body = BodyBlock()
    value = body.to_python(
        [
            {"type": "heading", "value": {"text": "A", "level": "h2", "anchor": "same"}},
            {"type": "heading", "value": {"text": "B", "level": "h2", "anchor": "other"}},
            {
                "type": "faq",
                "value": {
                    "heading": "",
                    "items": [{"question": "Q?", "answer": "<p>A.</p>", "anchor": "same"}],
                },
            },
        ]
    )
    with pytest.raises(StreamBlockValidationError) as error:
        body.clean(value)
    assert list(error.value.block_errors) == [2]
    assert "'same' is already used" in str(error.value.as_json_data())
