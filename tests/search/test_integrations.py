"""Engines: the database backend by default; Elasticsearch 8 with an English analyser and the
synonym groups when ELASTICSEARCH_URL is set."""

import pytest

from core.text import words
from haven.integrations import search_backends
from search.query import query_terms
from search.synonyms import BUILTIN_SYNONYMS, expand, synonym_groups


def test_database_backend_without_a_url():
    assert search_backends("") == {"default": {"BACKEND": "wagtail.search.backends.database"}}


def test_elasticsearch_gets_an_english_analyser_with_synonyms():
    config = search_backends("http://search.internal:9200")["default"]
    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert config["URLS"] == ["http://search.internal:9200"]
    analysis = config["INDEX_SETTINGS"]["settings"]["analysis"]
    index_filters = analysis["analyzer"]["default"]["filter"]
    search_filters = analysis["analyzer"]["default_search"]["filter"]
    assert "haven_stemmer" in index_filters and "haven_synonyms" not in index_filters
    assert search_filters.index("haven_synonyms") < search_filters.index("haven_stemmer")
    assert analysis["filter"]["haven_stemmer"] == {"type": "stemmer", "language": "english"}
    rules = analysis["filter"]["haven_synonyms"]["synonyms"]
    assert any(
        rule.startswith("iop, intensive outpatient") and "programa intensivo ambulatorio" in rule
        for rule in rules
    )
    assert any(rule.startswith("php") and "hospitalizacion parcial" in rule for rule in rules)
    assert any(rule.startswith("ptsd, post-traumatic stress") for rule in rules)
    assert any("telehealth" in rule and "virtual" in rule and "online" in rule for rule in rules)


def test_wagtail_merges_our_analysis_with_its_own():
    from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

    params = dict(search_backends("http://search.internal:9200")["default"])
    params.pop("BACKEND")
    backend = Elasticsearch8SearchBackend(params)  # no request is made until it is used
    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    assert {"default", "default_search", "edgengram_analyzer"} <= set(analyzers)


def test_expansion_of_builtin_groups_both_ways():
    groups = [
        tuple(tuple(m.split()) for m in g)
        for g in (["iop", "intensive outpatient"], ["ptsd", "post traumatic stress"])
    ]
    assert expand(["iop", "nurses"], groups) == [
        [("iop",), ("intensive", "outpatient")],
        [("nurses",)],
    ]
    assert expand(["intensive", "outpatient"], groups) == [[("intensive", "outpatient"), ("iop",)]]
    assert expand(["post", "traumatic", "stress"], groups)[0][1] == ("ptsd",)


@pytest.mark.parametrize("language", ["en", "es"])
def test_typing_any_builtin_member_searches_for_every_member_of_its_group(db, language):
    groups = synonym_groups()
    for builtin in BUILTIN_SYNONYMS:
        members = {tuple(words(member)) for member in builtin}
        for typed in builtin:
            slots = expand(query_terms(typed, language), groups, language)
            assert len(slots) == 1 and set(slots[0]) == members, typed


def test_a_spanish_search_sends_elasticsearch_spanish_words_synonyms_and_the_spanish_pages(db):
    """Elasticsearch analyses every field one way (English, accents folded); a Spanish search
    reaches it already read by Spanish rules: no Spanish stop words, the abbreviation and the
    English words as alternatives, and only the Spanish tree's pages."""
    from django.core.cache import cache
    from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend
    from wagtail.models import Locale, Page

    from search.engine import plan
    from search.scope import scoped

    cache.clear()
    spanish, _ = Locale.objects.get_or_create(language_code="es")  # a migration may have made it
    root = Page.get_first_root_node()
    root.add_child(instance=Page(title="Home", slug="en", locale=Locale.get_default()))
    root.add_child(instance=Page(title="Inicio", slug="es", locale=spanish))
    params = dict(search_backends("http://search.internal:9200")["default"])
    params.pop("BACKEND")
    backend = Elasticsearch8SearchBackend(params)

    searched = plan("la hospitalización parcial", "es")
    pages = scoped(Page.objects.all(), language="es")
    body = backend.query_compiler_class(pages, searched.backend_query()).get_query()

    first_field = body["bool"]["must"]["dis_max"]["queries"][0]["bool"]["should"]
    assert {"match_phrase": {"_all_text": "hospitalizacion parcial"}} in first_field
    assert {"match_phrase": {"_all_text": "partial hospitalization"}} in first_field
    assert {"match": {"_all_text": {"query": "php", "operator": "and"}}} in first_field
    assert "la" not in str(first_field).split("'")
    assert {"term": {"locale_id_filter": spanish.pk}} in body["bool"]["filter"]
    cache.clear()
