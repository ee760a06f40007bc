"""Ranking with fixed content (tests/search/conftest.py). Runs on SQLite and PostgreSQL."""

import re

import pytest

from tests.search.conftest import ARTICLES, PROGRAMS


def ranked(client, query):
    html = client.get("/search/", {"q": query}).content.decode()
    return re.findall(r'<li class="search-result">.*?<a href="([^"]+)">', html, re.S)


ALL_TITLES = [(key, fields["title"]) for key, fields in {**ARTICLES, **PROGRAMS}.items()]


@pytest.mark.parametrize(("key", "title"), ALL_TITLES)
def test_exact_title_ranks_first(client, content, key, title):
    assert ranked(client, title)[0] == content[key].url


def test_exact_title_beats_pages_that_repeat_the_words(client, content):
    # "Panic on the ward" says "anxiety at work" five times; the exact title still wins,
    # and the page that repeats it comes next.
    assert ranked(client, "anxiety at work")[:2] == [content["anxiety"].url, content["panic"].url]


def test_iop_finds_pages_that_only_say_intensive_outpatient(client, content):
    found = ranked(client, "iop")
    assert content["intensive"].url in found
    assert content["iop-only"].url in found


def test_intensive_outpatient_finds_pages_that_only_say_iop(client, content):
    found = ranked(client, "intensive outpatient")
    assert content["iop-only"].url in found
    assert content["intensive"].url in found


@pytest.mark.parametrize(
    "query", ["php", "PHP", "partial hospitalization", "partial hospitalisation"]
)
def test_php_and_partial_hospitalization(client, content, query):
    found = ranked(client, query)
    assert content["partial"].url in found
    assert content["harbor"].url in found  # a PHP program, by its level of care


@pytest.mark.parametrize("query", ["ptsd", "post-traumatic stress", "post traumatic stress"])
def test_ptsd_and_post_traumatic_stress(client, content, query):
    assert content["trauma"].url in ranked(client, query)


@pytest.mark.parametrize("query", ["telehealth", "virtual therapy", "online sessions"])
def test_telehealth_virtual_online(client, content, query):
    assert content["telehealth"].url in ranked(client, query)


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("Harbor Light Evening Program", "harbor"),
        ("harbor light", "harbor"),
        ("Cedar Ridge", "cedar"),
        ("cedar ridge recovery", "cedar"),
    ],
)
def test_a_programs_name_finds_the_program(client, content, query, key):
    assert ranked(client, query)[0] == content[key].url


def test_plural_finds_singular(client, content):
    assert content["burnout"].url in ranked(client, "nurse")


def test_unrelated_words_find_nothing(client, content):
    assert ranked(client, "xylophone quartz") == []
