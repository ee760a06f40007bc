"""What a reader sees on an article page, and what it costs."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticlePage, ArticleRelatedPick
from tests.articles.factories import (
    PersonFactory,
    TopicFactory,
    faq_block,
    heading_block,
    make_article,
    paragraph_block,
)

pytestmark = pytest.mark.django_db
# The whole page (routing, site settings, JSON-LD, related reading, crisis help) stays under
# this many queries whatever the article holds, with nothing cached (13 when measured, 15 with
# the site root's and the article's translations for hreflang and the language switcher; with
# the shared parts cached it is at most 8: tests/core/test_fragment_cache.py).
QUERY_BOUND = 16


def json_ld(html) -> list[dict]:
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(script) for script in scripts]


def of_type(data, kind):
    return [item for item in data if item["@type"] == kind]


def rich_article(index, faq_items, other):
    return make_article(
        index,
        topics=[TopicFactory(), TopicFactory(), TopicFactory()],
        author=PersonFactory(),
        reviewer=PersonFactory(),
        audiences=["public", "healthcare-workers"],
        body=[
            heading_block("One"),
            paragraph_block("<p>Some text.</p>"),
            heading_block("Two"),
            ("callout", {"kind": "tip", "title": "", "text": "<p>A tip.</p>"}),
            heading_block("Three"),
            faq_block(faq_items),
            faq_block(faq_items),
            ("crisis_help", None),
            ("key_takeaways", {"heading": "Key takeaways", "items": ["One", "Two"]}),
            ("quote", {"quote": "Words.", "attribution": "Someone"}),
            (
                "inquiry_cta",
                {"heading": "Ask us", "text": "", "button_label": "Ask", "program": other},
            ),
        ],
    )


def test_query_count_is_the_same_for_one_and_twenty_faq_items(
    client, article_index, django_assert_max_num_queries
):
    other = make_article(article_index, title="Another read")
    counts = []
    for items in (1, 20):
        page = rich_article(article_index, items, other)
        ArticleRelatedPick.objects.create(page=page, article=other)
        client.get(page.url)  # first render may create renditions or cache entries
        with (
            django_assert_max_num_queries(QUERY_BOUND),
            CaptureQueriesContext(connection) as queries,
        ):
            response = client.get(page.url)
        assert response.status_code == 200
        assert response.content.decode().count("<details") == 2 * items
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1]


def test_faq_renders_as_details_with_block_ids_and_as_faqpage(client, article_index):
    page = make_article(
        article_index,
        body=[paragraph_block("<p>Intro.</p>"), faq_block(3, answer="<p>Answer <b>{n}</b>.</p>")],
    )
    html = client.get(page.url).content.decode()
    items = page.body[1].value["items"].bound_blocks
    for n, item in enumerate(items, start=1):
        assert f'<details class="faq__item" id="q-{item.id}">' in html
        assert f'<summary class="faq__question">Question {n}?</summary>' in html
    faq = of_type(json_ld(html), "FAQPage")[0]
    assert [q["name"] for q in faq["mainEntity"]] == ["Question 1?", "Question 2?", "Question 3?"]
    assert [q["acceptedAnswer"]["text"] for q in faq["mainEntity"]] == [
        "Answer 1.",
        "Answer 2.",
        "Answer 3.",
    ]
    assert all(q["@type"] == "Question" for q in faq["mainEntity"])


def test_no_faqpage_without_an_faq_block(client, article_index):
    page = make_article(article_index)
    data = json_ld(client.get(page.url).content.decode())
    assert not of_type(data, "FAQPage")
    assert of_type(data, "Article") and of_type(data, "BreadcrumbList")


def test_trust_signals_in_page_and_structured_data(client, article_index):
    reviewer = PersonFactory(name="Ana Ruiz", credentials="PsyD")
    author = PersonFactory(name="Sam Lee", credentials="")
    page = make_article(
        article_index,
        title="Night shifts and sleep",
        author=author,
        reviewer=reviewer,
        last_reviewed=datetime.date(2025, 3, 4),
        audiences=["healthcare-workers", "loved-ones"],
    )
    html = client.get(page.url).content.decode()
    assert "Clinically reviewed by Ana Ruiz, PsyD on" in html
    assert "March 4, 2025" in html
    assert "By Sam Lee" in html
    data = json_ld(html)
    article = of_type(data, "Article")[0]
    assert article["author"]["name"] == "Sam Lee"
    assert article["headline"] == "Night shifts and sleep"
    assert article["datePublished"] == page.published_on.isoformat()
    medical = of_type(data, "MedicalWebPage")[0]
    assert medical["lastReviewed"] == "2025-03-04"
    assert medical["reviewedBy"] == {
        "@type": "Person",
        "name": "Ana Ruiz",
        "honorificSuffix": "PsyD",
        "jobTitle": "Clinical director",
    }
    assert [a["name"] for a in medical["medicalAudience"]] == ["Healthcare workers", "Loved ones"]
    crumbs = of_type(data, "BreadcrumbList")[0]["itemListElement"]
    assert [c["name"] for c in crumbs] == ["Haven", "Articles", "Night shifts and sleep"]
    assert crumbs[-1]["item"] == page.full_url


def test_meta_tags_canonical_open_graph_and_twitter(client, article_index):
    page = make_article(article_index, title="Calm words", summary="A calm summary.")
    html = client.get(page.url).content.decode()
    assert f'<link rel="canonical" href="{page.full_url}">' in html
    assert '<meta name="description" content="A calm summary.">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Calm words">' in html
    assert f'<meta property="og:url" content="{page.full_url}">' in html
    assert '<meta name="twitter:description" content="A calm summary.">' in html


def test_table_of_contents_only_for_long_articles_and_links_resolve(client, article_index):
    short = make_article(article_index, body=[heading_block("Only one")])
    assert 'class="toc"' not in client.get(short.url).content.decode()
    long = make_article(
        article_index,
        body=[
            heading_block("First"),
            heading_block("Second", anchor="second"),
            heading_block("Third"),
            faq_block(1),
        ],
    )
    html = client.get(long.url).content.decode()
    links = re.findall(r'<li><a href="#([^"]+)">', html.split('class="toc"')[1].split("</nav>")[0])
    assert len(links) == 4 and "second" in links
    for anchor in links:
        assert f'id="{anchor}"' in html
    assert html.count("<h1") == 1


def test_reading_time_grows_with_the_body(article_index):
    words = " ".join(["word"] * 1000)
    page = make_article(article_index, body=[paragraph_block(f"<p>{words}</p>")])
    assert page.reading_minutes == 5  # 1000+ words at 225 a minute
    assert make_article(article_index).reading_minutes == 1


def test_drafts_and_picks_in_related_reading(client, article_index):
    first = make_article(article_index, title="Picked first")
    second = make_article(article_index, title="Picked second")
    draft = make_article(article_index, title="Still a draft", publish=False)
    page = make_article(article_index, title="Main")
    for order, target in enumerate((second, draft, first)):
        ArticleRelatedPick.objects.create(page=page, article=target, sort_order=order)
    html = client.get(page.url).content.decode()
    section = html.split('id="related-reading-heading"')[1].split("</section>")[0]
    assert section.index("Picked second") < section.index("Picked first")
    assert "Still a draft" not in section


def test_validation_of_review_date_summary_and_slug(article_index):
    page = make_article(article_index)
    page.last_reviewed = datetime.date.today() + datetime.timedelta(days=2)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "future" in str(error.value.message_dict["last_reviewed"])
    page.last_reviewed = None
    page.summary = "x" * 301
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "summary" in error.value.message_dict
    page.summary = "Fine."
    page.slug = "topic"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "slug" in error.value.message_dict


def test_article_dates_published_defaults_to_first_publish(article_index):
    page = make_article(article_index)
    assert page.date_published == page.first_published_at.date() or page.date_published
    assert ArticlePage.objects.get(pk=page.pk).date_published is not None


def test_inquiry_call_to_action_links_to_the_inquiry_page_for_one_program(
    client, home_page, article_index
):
    from tests.admissions.factories import InquiryPageFactory
    from tests.directory.factories import DirectoryPageFactory, ProgramPageFactory

    inquiry = InquiryPageFactory(parent=home_page)
    program = ProgramPageFactory(parent=DirectoryPageFactory(parent=home_page))
    cta = {"heading": "Ask about it", "text": "", "button_label": "Ask now", "program": program}
    page = make_article(article_index, body=[("inquiry_cta", cta)])
    html = client.get(page.url).content.decode()
    assert f'href="{inquiry.url}?program={program.pk}">Ask now</a>' in html
    # The body already invites an inquiry, so the page does not add its own second one.
    assert 'id="article-inquiry-heading"' not in html
    plain = make_article(article_index)
    assert (
        f'href="{inquiry.url}">Send a confidential inquiry</a>'
        in client.get(plain.url).content.decode()
    )
