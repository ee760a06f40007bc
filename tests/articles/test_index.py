"""The article index: newest first, topic pages, pagination, feeds and the sitemap."""

import datetime
import re
from xml.etree import ElementTree

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.articles.factories import TopicFactory, make_article

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def parse_xml(content):
    return ElementTree.fromstring(content)  # noqa: S314 - our own feed, not untrusted input


def titles(html):
    return re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def burnout():
    return TopicFactory(
        name="Burnout", slug="burnout", intro="<p>When tired is not just tired.</p>"
    )


@pytest.fixture
def many(article_index, burnout):
    """14 articles, one a day; the even ones are about burnout."""
    start = datetime.date(2025, 1, 1)
    return [
        make_article(
            article_index,
            title=f"Day {n:02d}",
            date_published=start + datetime.timedelta(days=n),
            topics=[burnout] if n % 2 == 0 else [],
        )
        for n in range(14)
    ]


def test_newest_first_twelve_a_page(client, article_index, many):
    first = client.get("/articles/").content.decode()
    assert titles(first) == [f"Day {n:02d}" for n in range(13, 1, -1)]
    second = client.get("/articles/?page=2").content.decode()
    assert titles(second) == ["Day 01", "Day 00"]
    assert 'rel="prev"' in second and 'rel="next"' in first
    assert '<link rel="canonical" href="http://localhost/articles/?page=2">' in second


def test_past_the_last_page_shows_the_last_page(client, many):
    response = client.get("/articles/?page=99")
    assert response.status_code == 200
    assert titles(response.content.decode()) == ["Day 01", "Day 00"]


@pytest.mark.parametrize("bad", ["abc", "0", "-1", "1.5", "١", "9" * 30, ""])
def test_nonsense_page_numbers_are_not_found(client, article_index, bad):
    assert client.get("/articles/", {"page": bad}).status_code == 404


def test_unknown_topic_is_not_found(client, article_index):
    assert client.get("/articles/topic/nothing-here/").status_code == 404
    assert client.get("/articles/topic/nothing-here/feed/").status_code == 404


def test_topic_page_has_its_intro_and_only_its_articles(client, many, burnout):
    html = client.get("/articles/topic/burnout/").content.decode()
    assert "<h1>Burnout</h1>" in html
    assert "When tired is not just tired." in html
    assert titles(html) == [f"Day {n:02d}" for n in range(12, -1, -2)]
    assert '<link rel="canonical" href="http://localhost/articles/topic/burnout/">' in html
    assert 'href="/articles/topic/burnout/feed/"' in html


def test_drafts_are_not_listed(client, article_index):
    make_article(article_index, title="Visible one")
    make_article(article_index, title="Hidden draft", publish=False)
    html = client.get("/articles/").content.decode()
    assert "Visible one" in html and "Hidden draft" not in html


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(page=st.text(max_size=12), topic=st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True))
def test_any_query_string_or_topic_is_a_page_or_a_404(client, article_index, page, topic):
    for url in ("/articles/", f"/articles/topic/{topic}/"):
        assert client.get(url, {"page": page}).status_code in (200, 404)


def test_rss_and_atom_feeds_list_published_articles(client, many, burnout):
    make_article(many[0].get_parent(), title="Unpublished", publish=False)
    rss = parse_xml(client.get("/articles/feed/").content)
    items = rss.findall("./channel/item")
    assert [i.findtext("title") for i in items][:3] == ["Day 13", "Day 12", "Day 11"]
    assert "Unpublished" not in [i.findtext("title") for i in items]
    assert items[1].findtext("category") == "Burnout"
    atom = parse_xml(client.get("/articles/atom/").content)
    assert atom.tag == f"{ATOM}feed"
    assert len(atom.findall(f"{ATOM}entry")) == 14
    topic = parse_xml(client.get("/articles/topic/burnout/feed/").content)
    assert {i.findtext("title") for i in topic.findall("./channel/item")} == {
        f"Day {n:02d}" for n in range(0, 14, 2)
    }
    topic_atom = client.get("/articles/topic/burnout/atom/")
    assert topic_atom["Content-Type"].startswith("application/atom+xml")


def test_sitemap_lists_articles_and_topics_with_lastmod(client, many):
    xml = parse_xml(client.get("/sitemap.xml").content)
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    entries = {u.findtext(f"{ns}loc"): u.findtext(f"{ns}lastmod") for u in xml.iter(f"{ns}url")}
    article = many[3]
    # The site's own date (its time zone), as the sitemap writes it: between midnight UTC and
    # midnight in the site's zone the UTC date is a day ahead.
    assert entries[article.full_url] == timezone.localdate(article.last_published_at).isoformat()
    assert entries["http://localhost/articles/topic/burnout/"]


def test_robots_txt_names_the_sitemap(client, article_index):
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()
