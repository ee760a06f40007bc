"""The text analysers behind the content checks, with property tests for any input."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from editorial import text_checks as tc

plain_words = st.lists(
    st.sampled_from(["rest", "sleep", "help", "talk", "we", "you", "can", "work", "home"]),
    min_size=1,
    max_size=60,
)


def test_every_phrase_entry_has_a_reason_a_suggestion_and_a_source():
    data = json.loads(tc.DATA.read_text())
    for entry in data["phrases"]:
        assert entry["why"] and entry["suggest"] and entry["source"] in data["sources"]


def test_flagged_phrases_come_with_their_suggested_wording():
    found = tc.safe_messaging("Her brother committed suicide. It was called a successful suicide.")
    assert [(f.text, f.suggest.split(" (")[0]) for f in found] == [
        ("committed suicide", "died by suicide"),
        ("successful suicide", "died by suicide"),
    ]
    assert all("reportingonsuicide.org" in f.source for f in found)
    assert tc.safe_messaging("She died by suicide in 2019.") == []
    assert tc.safe_messaging("Talk of a suicide epidemic")[0].text == "suicide epidemic"


def test_method_descriptions_are_flagged():
    assert tc.safe_messaging("He hanged himself at home.")[0].kind == "safe-messaging"


def test_reading_grade_rises_with_long_words_and_long_sentences():
    easy = tc.reading_grade("We can help. You can rest. Sleep is good.")
    hard = tc.reading_grade(
        "Comprehensive psychotherapeutic interventions necessitate individualized "
        "consideration of comorbid presentations and longitudinal functional outcomes."
    )
    assert easy < 4 < 12 < hard
    assert tc.grade_finding("We can help. You can rest.", 8) == []
    assert tc.grade_finding("Comprehensive psychotherapeutic interventions.", 8)[0].text.startswith(
        "Reading grade"
    )


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_analysers_accept_any_text(text):
    findings = tc.check_text(text)
    assert all(isinstance(f, tc.Finding) and f.why and f.suggest for f in findings)
    grade = tc.reading_grade(text)
    assert grade is None or isinstance(grade, float)


@settings(max_examples=60, deadline=None)
@given(plain_words)
def test_a_sentence_is_long_exactly_when_it_has_over_30_words(words):
    sentence = " ".join(words).capitalize() + "."
    found = tc.long_sentences(sentence)
    assert bool(found) == (len(words) > 30)
    if found:
        assert found[0].text == sentence


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(tc.ABBREVIATIONS)), plain_words)
def test_abbreviation_spelled_out_first_is_never_flagged(short, words):
    filler = " ".join(words)
    spelled = f"An {tc.ABBREVIATIONS[short]} ({short}) helps. {filler}. The {short} again."
    assert tc.unexplained_abbreviations(spelled) == []
    bare = f"The {short} helps. {filler}. An {tc.ABBREVIATIONS[short]} ({short})."
    found = tc.unexplained_abbreviations(bare)
    assert [f.text for f in found] == [short]
    assert tc.ABBREVIATIONS[short] in found[0].suggest


def test_vague_link_text_is_flagged():
    html = (
        '<p>To learn about costs <a href="/x/">click here</a>. <a href="/y/">Our IOP guide</a></p>'
    )
    assert [f.text for f in tc.vague_links(html)] == ["click here"]
