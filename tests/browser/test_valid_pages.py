"""Every public page type is valid HTML (Nu Html Checker, zero errors) and its JSON-LD parses and
carries the schema.org types and properties the articles and directory issues name.

Needs Java and node_modules/vnu-jar (installed by `make test`), not Chromium.
"""

import json
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from wagtail.models import Site

from admissions import spam
from tests.browser import content
from tests.browser.helpers import VNU_JAR
from tests.conftest import make_home_page

JAVA = shutil.which("java")

pytestmark = pytest.mark.skipif(
    JAVA is None or not VNU_JAR.exists(),
    reason="the Nu Html Checker needs Java and node_modules/vnu-jar (run `make test` or `npm ci`)",
)


class JsonLdScripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        self._inside = tag == "script" and dict(attrs).get("type") == "application/ld+json"
        if self._inside:
            self.blocks.append("")

    def handle_endtag(self, tag):
        self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


def json_ld(html: str) -> dict[str, dict]:
    """The page's JSON-LD objects by @type; fails if any script does not parse."""
    parser = JsonLdScripts()
    parser.feed(html)
    found = {}
    for raw in parser.blocks:
        data = json.loads(raw)  # a parse error fails the test with its position
        for item in data if isinstance(data, list) else [data]:
            assert "schema.org" in item.get("@context", ""), item
            found[item["@type"]] = item
    return found


def render_pages():
    """The HTML of each public page type, by name, for a site built from content.py."""
    home = make_home_page()
    site = content.build(home)
    client = Client()
    program = site.programs[0]
    inquiry = site.inquiry_page.url
    urls = {
        "home": "/",
        "article": site.article.url,
        "article-without-faq": site.related.url,
        "article-index": site.index.url,
        "corrections-log": site.corrections_log.url,
        "directory": site.directory.url,
        "directory-results": (
            f"{site.directory.url}?zip=19103&level=iop&population=healthcare-workers"
        ),
        "directory-no-results": f"{site.directory.url}?zip=19103&level=residential",
        "program": program.url,
        "search": "/search/?q=virtual+iop",
        "search-empty": "/search/",
        "inquiry": f"{inquiry}?program={program.pk}",
        "thank-you": f"{inquiry}thanks/",
        "not-found": "/no-such-page/",
        "crisis-help": "/crisis-help/",
    }
    html = {}
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not-found" else 200), (name, url)
        html[name] = response.content.decode()
    # The form as a reader sees it after a mistake: errors beside fields must be valid too.
    response = client.post(
        inquiry,
        {
            "first_name": "Sam",
            "phone": "12",
            "preferred_contact": "phone",
            "best_time": "any",
            "for_whom": "myself",
            "zip_code": "19103",
            "interest": "not-sure",
            "consent": "on",
            "started": spam.started_token(time.time() - 30),
        },
    )
    assert response.status_code == 200 and b"error" in response.content
    html["inquiry-with-errors"] = response.content.decode()
    assert "Harbor Light Evening IOP" in html["directory-results"]
    assert "No programs match" in html["directory-no-results"]
    assert f'href="{site.article.url}"' in html["search"]
    return site, html


@pytest.fixture(scope="module")
def _pages(django_db_setup, django_db_blocker):
    # Built once for the module inside a transaction rolled back at the end (each test still
    # runs inside pytest-django's `db` savepoint): rendering every page type once is enough.
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield render_pages()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()
            Site.clear_site_root_paths_cache()


@pytest.fixture
def pages(_pages, db):
    return _pages


# A page with a known error, checked in the same run: proves the checker really read the files
# (vnu.jar silently skips a path it cannot read, which would make a clean report meaningless).
CANARY = '<!doctype html><html lang="en"><head><title>c</title></head><body><p>x</span></body>'


def test_every_page_is_valid_html(pages, tmp_path):
    _site, html = pages
    files = {}
    for name, text in {**html, "canary": CANARY}.items():
        path = tmp_path / f"{name}.html"
        path.write_text(text, encoding="utf-8")
        files[f"file:{path}"] = name
    # One Java start for all pages: the checker's start-up dominates its run time.
    completed = subprocess.run(  # noqa: S603 (fixed argument list, no shell)
        [JAVA, "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--stdout"]
        + [url.removeprefix("file:") for url in files],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    report = json.loads(completed.stdout)
    errors = [m for m in report["messages"] if m["type"] in {"error", "non-document-error"}]
    assert any(files.get(m.get("url")) == "canary" for m in errors), completed.stdout[:2000]
    lines = []
    for message in errors:
        page = files.get(message.get("url"), message.get("url"))
        if page == "canary":
            continue
        extract = re.sub(r"\s+", " ", message.get("extract", ""))[:160]
        where = f"{page} line {message.get('lastLine')}"
        lines.append(f"- {where}: {message['message']}\n    {extract}")
    assert not lines, "The Nu Html Checker found errors:\n" + "\n".join(lines)


def test_article_json_ld_names_author_dates_review_audience_faq_and_breadcrumbs(pages):
    site, html = pages
    data = json_ld(html["article"])
    article = data["Article"]
    assert article["headline"] == content.VIRTUAL_IOP_TITLE
    assert article["author"] == {**article["author"], "@type": "Person", "name": "Rosa Lindqvist"}
    assert article["datePublished"] and article["dateModified"]

    medical = data["MedicalWebPage"]
    assert medical["lastReviewed"] == "2026-09-02"
    assert medical["reviewedBy"]["@type"] == "Person"
    assert medical["reviewedBy"]["name"] == "Dr. Amara Okafor"
    audiences = medical["medicalAudience"]
    assert audiences and all(a["@type"] == "MedicalAudience" for a in audiences)

    questions = data["FAQPage"]["mainEntity"]
    assert [q["name"] for q in questions] == [content.FAQ_QUESTION, "Will my employer find out?"]
    assert all(q["@type"] == "Question" for q in questions)
    assert questions[0]["acceptedAnswer"]["@type"] == "Answer"
    assert content.FAQ_ANSWER in questions[0]["acceptedAnswer"]["text"]

    crumbs = data["BreadcrumbList"]["itemListElement"]
    assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1))
    assert all(c["@type"] == "ListItem" and c["name"] for c in crumbs)
    assert crumbs[-1]["name"] == content.VIRTUAL_IOP_TITLE
    assert "Articles" in [c["name"] for c in crumbs]

    # FAQPage only where the article has an FAQ block.
    assert "FAQPage" not in json_ld(html["article-without-faq"])
    assert {"Article", "MedicalWebPage", "BreadcrumbList"} <= set(
        json_ld(html["article-without-faq"])
    )


def test_program_json_ld_is_a_medical_clinic_with_address_and_breadcrumbs(pages):
    site, html = pages
    data = json_ld(html["program"])
    clinic = data["MedicalClinic"]
    program = site.programs[0]
    assert clinic["name"] == program.title
    assert clinic["address"]["@type"] == "PostalAddress"
    assert clinic["address"]["postalCode"] == "19103"
    assert clinic["address"]["addressRegion"] == "PA"
    assert clinic["telephone"] == program.phone
    crumbs = data["BreadcrumbList"]["itemListElement"]
    assert crumbs[-1]["name"] == program.title


def test_json_ld_parses_on_every_page(pages):
    _site, html = pages
    for text in html.values():
        json_ld(text)  # raises on any script that is not JSON or lacks @context/@type
    assert "WebSite" in json_ld(html["home"])
