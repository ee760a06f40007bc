"""Sources: a numbered list, cited inline as [N], linked both ways and given to search engines."""

import lxml.html
import pytest
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from core.blocks import BodyBlock
from core.reference_blocks import ReferenceBlock
from tests.articles.factories import make_article, paragraph_block
from tests.articles.test_article_page import json_ld, of_type

pytestmark = pytest.mark.django_db

SOURCES = [
    ("Burnout at work", "A health agency", "https://example.org/burnout"),
    ("Sleep and mood", "A sleep society", "https://example.org/sleep"),
]


def references_block(sources=SOURCES):
    items = [
        {"title": title, "publisher": publisher, "url": url, "accessed": "2026-02-01"}
        for title, publisher, url in sources
    ]
    return ("references", {"heading": "Sources", "items": items})


def cited_article(index):
    return make_article(
        index,
        body=[
            paragraph_block("<p>Burnout is tied to work [1]. Sleep matters too [2].</p>"),
            paragraph_block("<p>Again, work [1]. There is no [3], and <a href='/x/'>[2]</a>.</p>"),
            references_block(),
        ],
    )


def test_references_are_an_ordered_list_linked_both_ways(client, article_index):
    page = cited_article(article_index)
    tree = lxml.html.fromstring(client.get(page.url).content)
    entries = tree.xpath("//ol[@class='references__list']/li")
    assert [entry.get("id") for entry in entries] == ["ref-1", "ref-2"]
    titles = [entry.xpath("a[1]")[0].text for entry in entries]
    assert titles == ["Burnout at work", "Sleep and mood"]
    assert "A health agency" in entries[0].text_content()
    assert "February 1, 2026" in entries[0].text_content()

    citations = tree.xpath("//sup[@class='citation']")
    # [1] twice and [2] once; [3] has no source and the linked [2] is already a link.
    assert [sup.xpath("a")[0].get("href") for sup in citations] == ["#ref-1", "#ref-2", "#ref-1"]
    assert [sup.text_content() for sup in citations] == ["Source [1]", "Source [2]", "Source [1]"]
    body_text = tree.xpath("//div[@class='article-body']")[0].text_content()
    assert "There is no [3]" in body_text

    ids = set(tree.xpath("//@id"))
    backlinks = {
        entry.get("id"): [a.get("href") for a in entry.xpath("a[@class='references__back']")]
        for entry in entries
    }
    assert len(backlinks["ref-1"]) == 2 and len(backlinks["ref-2"]) == 1
    for hrefs in backlinks.values():
        for href in hrefs:
            target = tree.get_element_by_id(href[1:])
            assert target.tag == "sup" and href[1:] in ids
    # Each back link returns to a citation of its own source.
    for entry_id, hrefs in backlinks.items():
        for href in hrefs:
            assert tree.get_element_by_id(href[1:]).xpath("a")[0].get("href") == f"#{entry_id}"


def test_json_ld_citation_matches_the_references(client, article_index):
    page = cited_article(article_index)
    article = of_type(json_ld(client.get(page.url).content.decode()), "Article")[0]
    assert article["citation"] == [
        {
            "@type": "CreativeWork",
            "name": title,
            "publisher": {"@type": "Organization", "name": publisher},
            "url": url,
        }
        for title, publisher, url in SOURCES
    ]


def test_an_article_without_references_cites_nothing(client, article_index):
    page = make_article(article_index, body=[paragraph_block("<p>Items [1] and [2].</p>")])
    html = client.get(page.url).content.decode()
    assert "Items [1] and [2]." in html and 'class="citation"' not in html
    assert "citation" not in of_type(json_ld(html), "Article")[0]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/file", "www.x.org"])
def test_a_source_must_be_a_web_address(url):
    block = ReferenceBlock()
    value = block.to_python({"title": "T", "publisher": "P", "url": url, "accessed": None})
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    message = caught.value.block_errors["url"].messages[0]
    assert "starts with https://" in message


def test_the_body_refuses_a_javascript_source_and_a_second_list():
    body = BodyBlock()
    bad = references_block([("T", "P", "javascript:alert(1)")])
    with pytest.raises(StreamBlockValidationError):
        body.clean(body.to_python([{"type": bad[0], "value": bad[1]}]))
    good = references_block()
    twice = [{"type": good[0], "value": good[1]}] * 2
    with pytest.raises(StreamBlockValidationError):
        body.clean(body.to_python(twice))
    assert body.clean(body.to_python(twice[:1]))


def test_the_editor_refuses_a_javascript_source_beside_the_field(
    staff_login, admin_user, article_index
):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    page = make_article(article_index)
    source = {"title": "A trap", "publisher": "Nobody", "url": "javascript:alert(1)"}
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield(
                [("references", {"heading": "Sources", "items": streamfield([("item", source)])})]
            ),
            "corrections": streamfield([]),
            "related_picks": inline_formset([]),
            "tagged_items": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    client = staff_login(admin_user)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 200  # shown again, not saved
    assert "starts with https://" in response.content.decode()
    page.refresh_from_db()
    assert not page.references
