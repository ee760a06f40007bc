"""Programs for an article and articles for a program: one rule, read both ways."""

import itertools

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.program_matching import (
    FACETS,
    articles_for_program,
    care_terms,
    fits,
    programs_for_article,
)
from tests.related.helpers import titles, topic

QUIET = {"stdout": open("/dev/null", "w")}  # noqa: SIM115


def rebuild():
    call_command("rebuild_related", **QUIET)


@pytest.fixture
def topics(db):
    return {
        "burnout": topic("burnout", "Burnout", conditions=["burnout"]),
        "anxiety": topic("anxiety", "Anxiety", conditions=["anxiety"]),
        "virtual-iop": topic("virtual-iop", "Virtual IOP"),
    }


def test_virtual_iop_article_for_healthcare_workers_shows_matching_programs(
    article, program, topics
):
    page = article(
        title="Virtual IOP for nurses",
        topics=[topics["virtual-iop"]],
        audiences=["healthcare-workers"],
    )
    program(title="A fits", levels_of_care=["virtual-iop"], populations=["healthcare-workers"])
    program(title="B in person only", levels_of_care=["iop"], populations=["healthcare-workers"])
    program(title="C not for them", levels_of_care=["virtual-iop"], populations=["adolescents"])
    program(
        title="D fits, full",
        levels_of_care=["virtual-iop", "iop"],
        populations=["adults", "healthcare-workers"],
        accepting_new_clients=False,
    )
    assert titles(programs_for_article(page)) == ["A fits", "D fits, full"]


def test_burnout_in_helping_professionals_shows_programs_treating_burnout_for_them(
    article, program, topics
):
    page = article(
        title="Burnout in therapists",
        topics=[topics["burnout"]],
        audiences=["helping-professionals"],
    )
    program(
        title="Clinicians' burnout",
        conditions=["burnout"],
        populations=["mental-health-professionals"],
    )
    program(title="Teen burnout", conditions=["burnout"], populations=["adolescents"])
    program(title="Nurses' anxiety", conditions=["anxiety"], populations=["healthcare-workers"])
    assert titles(programs_for_article(page)) == ["Clinicians' burnout"]


def test_at_most_three_programs_accepting_new_clients_first(article, program, topics):
    page = article(title="Anxiety", topics=[topics["anxiety"]])
    for n, accepting in enumerate([False, True, False, True, True, False]):
        program(title=f"Program {n}", conditions=["anxiety"], accepting_new_clients=accepting)
    shown = programs_for_article(page)
    assert len(shown) == 3
    assert all(p.accepting_new_clients for p in shown)


def test_unpublished_programs_and_untaxonomised_articles_show_nothing(article, program, topics):
    page = article(title="Anxiety", topics=[topics["anxiety"]])
    closed = program(title="Closed", conditions=["anxiety"])
    closed.unpublish()
    assert programs_for_article(page) == []
    general = article(title="Choosing care", audiences=["public"])
    program(title="Open", conditions=["anxiety"])
    assert programs_for_article(general) == []


def test_program_page_lists_its_articles_most_specific_first(article, program, topics):
    both = article(
        title="Virtual IOP for nurses with burnout",
        topics=[topics["virtual-iop"], topics["burnout"]],
        audiences=["healthcare-workers"],
    )
    one = article(title="Burnout basics", topics=[topics["burnout"]], audiences=["public"])
    article(title="Anxiety basics", topics=[topics["anxiety"]])
    article(title="Burnout draft", topics=[topics["burnout"]], publish=False)
    rebuild()
    clinic = program(
        title="Clinic",
        levels_of_care=["virtual-iop"],
        conditions=["burnout"],
        populations=["healthcare-workers"],
    )
    assert articles_for_program(clinic) == [both, one]


def test_both_directions_agree_with_the_rule(article, program, topics, directory_page):
    articles = [
        article(title="A1", topics=[topics["burnout"]], audiences=["healthcare-workers"]),
        article(title="A2", topics=[topics["virtual-iop"]], audiences=["public"]),
        article(title="A3", topics=[topics["anxiety"], topics["virtual-iop"]]),
        article(title="A4", audiences=["helping-professionals"]),
    ]
    rebuild()
    programs = [
        program(title=f"P{n}", levels_of_care=levels, conditions=conds, populations=pops)
        for n, (levels, conds, pops) in enumerate(
            itertools.product(
                [["iop"], ["virtual-iop"]],
                [["burnout"], ["anxiety", "burnout"]],
                [["adults"], ["healthcare-workers"], ["mental-health-professionals"]],
            )
        )
    ]
    for a in articles:
        a_terms = care_terms([(t.slug, t.conditions) for t in a.topics.all()], [], a.audiences)
        shown = set(programs_for_article(a, limit=100))
        for p in programs:
            p_terms = {
                "condition": set(p.conditions),
                "population": set(p.populations),
                "level": set(p.levels_of_care),
            }
            expected = fits(a_terms, p_terms)
            assert (p in shown) == expected, (a.title, p.title)
            assert (a in articles_for_program(p, limit=100)) == expected, (a.title, p.title)


def test_program_and_article_pages_show_each_other(client, article, program, topics):
    page = article(
        title="Virtual IOP for nurses",
        topics=[topics["virtual-iop"]],
        audiences=["healthcare-workers"],
    )
    rebuild()
    clinic = program(
        title="Night-shift virtual IOP",
        levels_of_care=["virtual-iop"],
        populations=["healthcare-workers"],
    )
    article_html = client.get(page.url).content.decode()
    assert "Programs for this article" in article_html and clinic.url in article_html
    program_html = client.get(clinic.url).content.decode()
    assert "Virtual IOP for nurses" in program_html and page.url in program_html


def test_tags_naming_a_level_of_care_count():
    terms = care_terms([], ["Virtual IOP", "night shift"], ["loved-ones"])
    assert terms == {"condition": set(), "population": set(), "level": {"virtual-iop"}}


slugs = st.sets(st.sampled_from(["a", "b", "c"]), max_size=3)
term_sets = st.fixed_dictionaries({facet: slugs for facet in FACETS})


@settings(max_examples=40, deadline=None)
@given(term_sets, term_sets)
def test_rule_properties(article_terms, program_terms):
    named = [f for f in FACETS if article_terms[f]]
    if fits(article_terms, program_terms):
        assert named and all(article_terms[f] & program_terms[f] for f in named)
        wider = {f: program_terms[f] | {"z"} for f in FACETS}
        assert fits(article_terms, wider)  # offering more never loses a match
    if not named:
        assert not fits(article_terms, program_terms)
    else:  # a program offering everything the article names always fits
        assert fits(article_terms, {f: program_terms[f] | article_terms[f] for f in FACETS})


def test_articles_with_the_same_care_terms_share_one_program_lookup_until_content_changes(
    article, program, topics, settings
):
    settings.HAVEN_FRAGMENT_CACHE_SECONDS = 300
    first = article(title="Virtual IOP, week one", topics=[topics["virtual-iop"]])
    second = article(title="Virtual IOP, week two", topics=[topics["virtual-iop"]])
    program(title="Online evenings", levels_of_care=["virtual-iop"])
    assert titles(programs_for_article(first)) == ["Online evenings"]

    with CaptureQueriesContext(connection) as captured:
        assert titles(programs_for_article(second)) == ["Online evenings"]
    assert not [q for q in captured.captured_queries if "directory_program" in q["sql"]]

    program(title="Another online group", levels_of_care=["virtual-iop"]).save_revision().publish()
    assert titles(programs_for_article(second)) == ["Another online group", "Online evenings"]
