"""The one text module: the same word forms fold together wherever Haven reads text."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.text import add_term_counts, edit_distance, language_of, stem, terms, words

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_word_forms_fold_together():
    assert len({stem(w) for w in ["nurse", "nurses", "nursing", "nursed"]}) == 1
    assert stem("worries") == stem("worry")
    assert terms("The <b>anxiety</b> of it") == [stem("anxiety")]


def test_spanish_word_forms_fold_together_without_accents():
    forms = ["recaída", "recaídas", "recaidas"]
    assert len({stem(w, "es") for w in words(" ".join(forms))}) == 1
    assert terms("La ansiedad de los programas", "es") == [stem("ansiedad", "es"), "program"]


def test_abbreviations_and_numbers_stay_as_typed():
    assert [stem(w) for w in ["iop", "php", "ptsd", "adhd", "988"]] == [
        "iop",
        "php",
        "ptsd",
        "adhd",
        "988",
    ]


def test_counting_terms_matches_the_terms_themselves():
    counts: dict[str, float] = {}
    add_term_counts(counts, "Nurses nursing nurses. Burnout!", weight=2.0)
    assert counts == {stem("nurse"): 6.0, stem("burnout"): 2.0}


def test_typo_distance_counts_a_swap_as_one_edit_and_stops_at_the_limit():
    assert edit_distance("anxeity", "anxiety", 2) == 1
    assert edit_distance("burnout", "program", 2) == 3


def test_locale_codes_map_to_a_known_language():
    assert [language_of(c) for c in ["es", "es-mx", "en-US", "fr", None]] == [
        "es",
        "es",
        "en",
        "en",
        "en",
    ]


@FAST
@example("0\u13a0", "en")  # Cherokee: casefold() alone leaves it in upper case
@given(st.text(max_size=300), st.sampled_from(["en", "es"]))
def test_any_text_tokenises_to_clean_terms(text, language):
    for term in terms(text, language):
        assert term and term == term.lower() and term.isalnum()
