"""The policy pages (editorial policy, corrections log, accessibility, privacy), the footer
that links them, and the dated note on a corrected article."""

import datetime

import lxml.html
import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from admissions.models import InquiryPage
from articles.models import ArticlePage
from directory.models import DirectoryPage
from editorial.policy_pages import KINDS, PolicyPage
from tests.articles.factories import make_article

pytestmark = pytest.mark.django_db


def footer_links(client, url, status=200) -> dict[str, str]:
    response = client.get(url)
    assert response.status_code == status, url
    tree = lxml.html.fromstring(response.content)
    return {a.text: a.get("href") for a in tree.xpath("//footer//nav//a")}


@pytest.fixture
def demo(admin_user):
    for _ in range(2):  # running it twice adds nothing
        call_command("load_demo")


def test_demo_has_the_four_policy_pages_linked_from_every_footer(client, demo):
    pages = {page.kind: page for page in PolicyPage.objects.live()}
    assert PolicyPage.objects.count() == len(KINDS) == len(pages)
    expected = {page.title: page.url for page in pages.values()}
    assert set(expected) == {
        "Editorial policy",
        "Corrections log",
        "Accessibility statement",
        "Privacy notice",
    }
    article = ArticlePage.objects.live().first()
    others = [
        "/",
        article.url,
        article.get_parent().url,
        DirectoryPage.objects.live().first().url,
        InquiryPage.objects.live().first().url,
    ]
    for url in [*expected.values(), *others]:
        assert footer_links(client, url) == expected, url
    assert footer_links(client, "/no-such-page/", status=404) == expected


def test_privacy_notice_says_what_haven_does(client, demo, settings):
    page = PolicyPage.objects.get(kind="privacy")
    text = lxml.html.fromstring(client.get(page.url).content).text_content()
    assert "encrypted" in text and "no analytics" in text
    assert f"{settings.INQUIRY_RETENTION_DAYS} days" in text


def test_a_corrected_demo_article_links_its_log_entry(client, demo):
    article = next(page for page in ArticlePage.objects.live() if page.corrections)
    log = PolicyPage.objects.get(kind="corrections")
    tree = lxml.html.fromstring(client.get(article.url).content)
    note = tree.xpath("//header//p[@class='correction']")[0]
    assert note.text_content().split()[:2] == ["Updated", "on"]
    href = note.xpath("a")[0].get("href")
    assert href == f"{log.url}#correction-{article.corrections[0].id}"
    entry = lxml.html.fromstring(client.get(log.url).content).get_element_by_id(href.split("#")[1])
    assert article.title in entry.text_content()


def test_correction_note_is_dated_near_the_top_and_absent_without_one(client, article_index):
    home = article_index.get_parent()
    log = home.add_child(instance=PolicyPage(kind="corrections", title="Corrections", body=[]))
    log.save_revision().publish()
    fixed = make_article(
        article_index,
        date_published=datetime.date(2026, 1, 10),
        corrections=[
            ("correction", {"date": datetime.date(2026, 2, 3), "change": "We fixed the hours."})
        ],
    )
    plain = make_article(article_index)

    tree = lxml.html.fromstring(client.get(fixed.url).content)
    header = tree.xpath("//article/header")[0]
    note = header.xpath(".//p[@class='correction']")[0]
    assert " ".join(note.text_content().split()).startswith(
        "Updated on February 3, 2026: We fixed the hours."
    )
    # Near the top: in the header, before the body.
    assert not tree.xpath("//div[@class='article-body']//p[@class='correction']")
    anchor = f"correction-{fixed.corrections[0].id}"
    assert note.xpath("a")[0].get("href") == f"{log.url}#{anchor}"
    entry = lxml.html.fromstring(client.get(log.url).content).get_element_by_id(anchor)
    assert "February 3, 2026" in entry.text_content() and fixed.title in entry.text_content()

    html = client.get(plain.url).content.decode()
    assert "Updated on" not in html and 'class="correction"' not in html


def test_one_page_of_each_kind(home_page):
    first = home_page.add_child(instance=PolicyPage(kind="privacy", title="Privacy", body=[]))
    second = PolicyPage(kind="privacy", title="Privacy again", slug="privacy-2", body=[])
    second.path, second.depth, second.locale_id = "x", first.depth, first.locale_id
    with pytest.raises(ValidationError) as caught:
        second.clean()
    assert "already a page for the privacy notice" in str(caught.value)
