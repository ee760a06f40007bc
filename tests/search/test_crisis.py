"""Crisis language: the panel must show for every way of writing it, and for no ordinary search."""

import html as html_lib
import re

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Site

from search.crisis import (
    DEFAULT_CRISIS_PHRASES,
    CrisisPhrase,
    default_phrases,
    matched_crisis_phrase,
    parse_phrases,
)
from search.models import SearchSettings
from tests.conftest import sign_in_with_second_factor
from tests.search.crisis_evaluation import score

CRISIS_QUERIES = [
    "suicide",
    "SUICIDE",
    "Suicide?",
    "suicidal thoughts",
    "suicidality",
    "sucide",
    "suicde",
    "suiside",
    "su1c1de",
    "$uicide",
    "i want to die",
    "I WANT TO DIE!!!",
    "i want 2 die",
    "i wanna die",
    "wanttodie",
    "want to die.",
    "kill myself",
    "killing myself",
    "killmyself",
    "kill my self",
    "kil myself",
    "k1ll mys3lf",
    "how to kill myself",
    "end my life",
    "ending my life",
    "endmylife",
    "thinking about ending it all",
    "self-harm",
    "self harm",
    "selfharm",
    "Self—harm",
    "self-harming",
    "self harmed",
    "hurting myself",
    "cutting myself",
    "overdose",
    "overdosed",
    "overdosing",
    "over dose",
    "988",
    "call 988",
    "988?",
    "i don't want to live anymore",
    "i dont want to live",
    "better off dead",
    "no reason to live",
    "crisis hotline number",
    "  suicide   hotline  ",
    "Suïcide",
]

ORDINARY_QUERIES = [
    "burnout therapist",
    "virtual iop nurses",
    "php vs iop",
    "intensive outpatient insurance",
    "overdue bills stress",
    "overdone",
    "overview of partial hospitalization",
    "want to diet",
    "diet and depression",
    "die hard fan",
    "9880 main street",
    "19880",
    "zip 98801",
    "kill bill",
    "kill time on night shift",
    "killer whale",
    "how to will myself to exercise",
    "self care for nurses",
    "self esteem",
    "self harmony",
    "harm reduction",
    "life coach",
    "end of life care",
    "end my shift early",
    "my life after rehab",
    "hurt my back",
    "cut back on drinking",
    "crisis management training",
    "lifeline of the business",
    "suite",
    "dying plants",
    "anxiety",
    "ptsd first responders",
    "telehealth",
]


@pytest.mark.parametrize("query", CRISIS_QUERIES)
def test_crisis_phrasings_match(query):
    assert matched_crisis_phrase(query, DEFAULT_CRISIS_PHRASES) is not None


@pytest.mark.parametrize("query", ORDINARY_QUERIES)
def test_ordinary_queries_do_not_match(query):
    assert matched_crisis_phrase(query, DEFAULT_CRISIS_PHRASES) is None


def test_a_word_the_site_uses_is_not_read_as_a_misspelling():
    # "overdoes" is one edit from "overdose"; when the site's own vocabulary has it, it is a word.
    assert matched_crisis_phrase("overdoes", ["overdose"]) is None
    assert matched_crisis_phrase("overdse", ["overdose"]) == "overdose"
    assert matched_crisis_phrase("overdse", ["overdose"], known_words={"overdse"}) is None


def test_editor_list_parsing():
    assert parse_phrases("suicide\n\n  end it all ,kms\n") == ["suicide", "end it all", "kms"]


SEEDED = ("suicide", "kill myself", "want to die", "end my life", "self-harm", "overdose", "988")


def test_a_new_site_shows_the_panel_for_the_seeded_phrases_and_lists_them_for_editors(
    client, content, admin_user
):
    assert not SearchSettings.objects.exists()  # nobody has saved the search settings yet
    for phrase in SEEDED:
        html = client.get("/search/", {"q": phrase}).content.decode()
        assert 'class="crisis-help"' in html, phrase
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["search", "searchsettings", site.pk])
    form = sign_in_with_second_factor(Client(), admin_user).get(url).content.decode()
    box = re.search(r'<textarea name="crisis_phrases"[^>]*>(.*?)</textarea>', form, re.S)
    assert set(SEEDED) <= set(parse_phrases(html_lib.unescape(box.group(1))))


def _crisis_panel_and_first_result(html):
    panel = html.find('class="crisis-help"')
    first = html.find('class="search-result')
    return panel, first


@pytest.mark.parametrize("query", ["I want to die", "suicide burnout", "selfharm", "988"])
def test_panel_comes_before_any_result(client, content, query):
    response = client.get("/search/", {"q": query})
    html = response.content.decode()
    panel, first = _crisis_panel_and_first_result(html)
    assert response.status_code == 200
    assert panel != -1
    assert 'href="tel:988"' in html[panel:]
    assert first == -1 or panel < first
    assert panel < html.find('class="search-form"')


def test_crisis_query_still_shows_results(client, content):
    html = client.get("/search/", {"q": "suicide burnout"}).content.decode()
    panel, first = _crisis_panel_and_first_result(html)
    assert 0 < panel < first  # broadened to "burnout" pages, after the panel


@pytest.mark.parametrize("query", ["burnout", "php vs iop", "want to diet", "overdue bills"])
def test_no_panel_for_ordinary_searches(client, content, query):
    html = client.get("/search/", {"q": query}).content.decode()
    assert 'class="crisis-help"' not in html


def test_editors_can_add_a_phrase(client, content):
    assert 'class="crisis-help"' not in client.get("/search/", {"q": "no way out"}).content.decode()
    settings = SearchSettings.for_site(Site.objects.get(is_default_site=True))
    settings.crisis_phrases += "\nno way out"
    settings.save()
    html = client.get("/search/", {"q": "No way out!"}).content.decode()
    assert 'class="crisis-help"' in html


def test_editors_can_remove_a_phrase(client, content):
    settings = SearchSettings.for_site(Site.objects.get(is_default_site=True))
    settings.crisis_phrases = "suicide"
    settings.save()
    assert 'class="crisis-help"' not in client.get("/search/", {"q": "988"}).content.decode()
    assert 'class="crisis-help"' in client.get("/search/", {"q": "sucide"}).content.decode()


def test_suggest_offers_the_crisis_line_first(client, content):
    data = client.get("/search/suggest/", {"q": "i want to die"}).json()
    assert data["suggestions"][0]["kind"] == "crisis"
    assert data["suggestions"][0]["url"] == "tel:988"
    assert re.search(r"\b988\b", data["suggestions"][0]["text"])
    ordinary = client.get("/search/suggest/", {"q": "burn"}).json()
    assert all(item["kind"] != "crisis" for item in ordinary["suggestions"])


SPANISH_CRISIS_QUERIES = [
    "quiero morir",
    "Quiero morir",
    "no vale la pena vivir",
    "me quiero matar",
    "pensando en suicidarme",
    "pensando en suicidarme 😞",
    "me quiero suicidar",
    "kiero morir",  # sounds the same
    "me kiero matar",
    "quiero morirrrr",
    "quiero morirme",  # a pronoun attached
    "mi hijo quiere matarse",
    "no qiero vivir",  # a misspelling of a longer word
    "SUICIDIO",
    "suisidio",
    "ideas suicidas",
    "línea de crisis",
    "linea de crisis",
    "me quiero quitar la vida",
    "ya no quiero vivir",
    "me hago daño",
    "me hago dano",
    "sobredosis",
]

SPANISH_ORDINARY_QUERIES = [
    "me muero de sueño después del turno",
    "me muero de sueno despues del turno",
    "duelo por una muerte en la familia",
    "me mata el dolor de espalda",
    "me corté el dedo cocinando",
    "cortar con mi novio",
    "mi jefe me va a matar si llego tarde",
    "matar el tiempo en la sala de espera",
    "crisis de pareja",
    "programa ambulatorio intensivo",
    "hospitalización parcial",
    "pastillas para dormir",
    "no aguanto el calor",
]


@pytest.mark.parametrize("query", SPANISH_CRISIS_QUERIES)
def test_spanish_crisis_phrasings_match(query):
    assert matched_crisis_phrase(query, default_phrases()) is not None


@pytest.mark.parametrize("query", SPANISH_ORDINARY_QUERIES)
def test_spanish_ordinary_queries_that_share_words_do_not_match(query):
    assert matched_crisis_phrase(query, default_phrases()) is None


def test_a_phrase_is_read_by_its_own_languages_rules():
    # Spanish rules hear "kiero" as "quiero"; an English phrase is not read that way.
    assert matched_crisis_phrase("kiero morir", [CrisisPhrase("quiero morir", "es")])
    assert matched_crisis_phrase("kiero morir", ["quiero morir"]) is None


# Figures on the independent sets (tests/evaluation/crisis/). The phrases were tuned on dev;
# held-out was never tuned on, and its floors are set below what it scored when first run.
DEV_FIGURES = {"en": (0.97, 0.94), "es": (0.98, 1.0)}
HELDOUT_FLOOR = {"en": (0.95, 0.60), "es": (0.95, 0.60)}


@pytest.mark.parametrize("language", ["en", "es"])
def test_dev_set_precision_and_recall(language):
    result = score("dev", language)
    precision, recall = DEV_FIGURES[language]
    assert round(result.precision, 2) >= precision, result.alarmed
    assert round(result.recall, 2) >= recall, result.missed


@pytest.mark.parametrize("language", ["en", "es"])
def test_heldout_set_meets_its_floor(language):
    result = score("heldout", language)
    precision, recall = HELDOUT_FLOOR[language]
    assert result.precision >= precision
    assert result.recall >= recall


@pytest.mark.parametrize("query", ["quiero morir", "no vale la pena vivir", "me quiero matar"])
def test_spanish_crisis_search_shows_the_panel_first(client, content, query):
    html = client.get("/search/", {"q": query}).content.decode()
    panel, first = _crisis_panel_and_first_result(html)
    assert panel != -1
    assert first == -1 or panel < first


def test_no_panel_for_a_spanish_search_that_only_shares_words(client, content):
    html = client.get("/search/", {"q": "me muero de sueño después del turno"}).content.decode()
    assert 'class="crisis-help"' not in html


def test_editors_can_add_a_spanish_phrase(client, content):
    query = "sin salida"
    assert 'class="crisis-help"' not in client.get("/search/", {"q": query}).content.decode()
    settings = SearchSettings.for_site(Site.objects.get(is_default_site=True))
    settings.crisis_phrases_es += "\nsin salida"
    settings.save()
    assert 'class="crisis-help"' in client.get("/search/", {"q": "Sin salida"}).content.decode()


@pytest.mark.parametrize("query", ["h", "hhhhhh", "hh hh hh", "ch", "qu"])
def test_words_that_sound_like_nothing_in_spanish_do_not_break_matching(query):
    # "h" is silent in Spanish: such a word is read as empty, and must not fail the search.
    assert matched_crisis_phrase(query, default_phrases()) is None
