"""A small, realistic Haven for the browser journeys and the page checks, built from the apps
factories: articles with an FAQ and a related pick (which cites a source and has a correction,
listed in the corrections log), a directory with two pages of matching
programs near 19103, the inquiry page and an admissions team."""

import datetime
from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.models import Site

from articles.models import ArticleRelatedPick
from editorial.policy_pages import PolicyPage
from home.models import HomePageFeaturedArticle
from tests.admissions.factories import AdmissionsTeamFactory, InquiryPageFactory
from tests.articles.factories import (
    ArticleIndexPageFactory,
    PersonFactory,
    TopicFactory,
    heading_block,
    make_article,
    paragraph_block,
)
from tests.directory.factories import DirectoryPageFactory, ProgramPageFactory

VIRTUAL_IOP_TITLE = "Does a virtual IOP work for healthcare workers?"
RELATED_TITLE = "Telling your manager you need time for treatment"
FAQ_QUESTION = "How many hours a week does a virtual IOP take?"
FAQ_ANSWER = "Most run three evenings a week, about three hours each, around your shifts."
# Enough programs matching ZIP 19103 + IOP + healthcare workers for a second page (10 a page).
MATCHING_PROGRAMS = 13


PARTS = frozenset({"articles", "programs", "inquiry"})


@dataclass
class Content:
    home: object
    index: object = None
    article: object = None
    related: object = None
    directory: object = None
    inquiry_page: object = None
    corrections_log: object = None
    programs: list = field(default_factory=list)


def faq(heading, items):
    return (
        "faq",
        {
            "heading": heading,
            "items": [{"question": q, "answer": f"<p>{a}</p>", "anchor": ""} for q, a in items],
        },
    )


def build(home, parts=PARTS) -> Content:
    """The parts of the site a test needs ("articles", "programs", "inquiry"): publishing pages
    is the slow part of a browser test, so each journey builds only what it visits."""
    # Pages are cached (site root paths, the anonymous page cache) in the process-wide
    # local-memory cache; a previous test's pages must not leak into this one.
    cache.clear()
    Site.clear_site_root_paths_cache()
    site = Content(home)
    if "articles" in parts:
        build_articles(site)
    if "programs" in parts:
        build_programs(site)
    if "inquiry" in parts:
        site.inquiry_page = InquiryPageFactory(parent=home, title="Get help", slug="get-help")
        AdmissionsTeamFactory(name="Central admissions", is_default=True)
    return site


def build_articles(site):
    home = site.home
    index = ArticleIndexPageFactory.build(title="Articles", slug="articles", show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()

    virtual_iop = TopicFactory(name="Virtual IOP", slug="virtual-iop")
    workplace = TopicFactory(name="Helping professionals", slug="helping-professionals")
    author = PersonFactory(name="Rosa Lindqvist", credentials="LPC")
    reviewer = PersonFactory(name="Dr. Amara Okafor", credentials="MD")
    people = {"author": author, "reviewer": reviewer, "last_reviewed": datetime.date(2026, 9, 2)}

    related = make_article(
        index,
        topics=[workplace],
        title=RELATED_TITLE,
        slug="telling-your-manager",
        summary="What to say, what you do not have to say, and the protections that apply.",
        audiences=["healthcare-workers"],
        body=[
            heading_block("Before the conversation"),
            paragraph_block(
                "<p>Decide how much you want to share. A date range is enough [1].</p>"
            ),
            (
                "references",
                {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": "Leave for treatment at work",
                            "publisher": "A labor department",
                            "url": "https://example.org/leave",
                            "accessed": "2026-09-01",
                        }
                    ],
                },
            ),
        ],
        corrections=[
            (
                "correction",
                {"date": datetime.date(2026, 9, 3), "change": "We clarified what to share."},
            )
        ],
        **people,
    )
    site.corrections_log = PolicyPage(kind="corrections", title="Corrections log", body=[])
    home.add_child(instance=site.corrections_log)
    site.corrections_log.save_revision().publish()
    article = make_article(
        index,
        topics=[virtual_iop, workplace],
        title=VIRTUAL_IOP_TITLE,
        slug="virtual-iop-for-healthcare-workers",
        summary="How a virtual intensive outpatient program fits around shifts, and who it suits.",
        audiences=["healthcare-workers", "public"],
        related_picks=[ArticleRelatedPick(article=related)],
        body=[
            heading_block("What a virtual IOP is"),
            paragraph_block(
                "<p>A virtual intensive outpatient program meets online several times a week."
                " Nurses and doctors on rotating shifts often choose an evening group.</p>"
            ),
            heading_block("Who it suits"),
            paragraph_block("<p>People who need more than weekly therapy but can stay home.</p>"),
            heading_block("Getting started"),
            paragraph_block("<p>An admissions coordinator checks coverage with you first.</p>"),
            faq(
                "Questions people ask",
                [
                    (FAQ_QUESTION, FAQ_ANSWER),
                    ("Will my employer find out?", "Not from us. We never contact employers."),
                ],
            ),
        ],
        **people,
    )
    HomePageFeaturedArticle.objects.create(page=home, article=article, sort_order=0)
    site.index, site.article, site.related = index, article, related


def build_programs(site):
    home = site.home

    directory = DirectoryPageFactory.build(title="Find a program", slug="programs")
    directory.show_in_menus = True
    home.add_child(instance=directory)
    directory.save_revision().publish()
    programs = []
    for n in range(MATCHING_PROGRAMS):
        programs.append(
            ProgramPageFactory(
                parent=directory,
                title=f"Harbor Light Evening IOP {n + 1:02d}",
                slug=f"harbor-light-iop-{n + 1:02d}",
                organisation="Harbor Light Health",
                levels_of_care=["iop"],
                populations=["healthcare-workers", "adults"],
                conditions=["burnout", "anxiety"],
                street_address=f"{100 + n} Walnut Street",
            )
        )
    # Programs that the filters must leave out.
    ProgramPageFactory(
        parent=directory,
        title="Maple Teen Partial Hospitalization",
        slug="maple-teen-php",
        levels_of_care=["php"],
        populations=["adolescents"],
    )
    ProgramPageFactory(
        parent=directory,
        title="Desert Sky IOP",
        slug="desert-sky-iop",
        populations=["healthcare-workers"],
        city="Phoenix",
        state="AZ",
        zip_code="85004",
    )

    site.directory, site.programs = directory, programs
