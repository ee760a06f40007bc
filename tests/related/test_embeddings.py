"""Related reading with the sentence-embedding model: the model itself, precision on the
independent sets, storing embeddings on publish, and the lexical engine without the model.

The model loads once per test run (articles.recommend.embedding keeps it per process); the
test settings leave embeddings off, and the `embeddings` fixture turns them on.
"""

from io import StringIO

import numpy as np
import pytest
from django.core.management import call_command

from articles.recommend import embedding, sync
from articles.recommend.semantic import from_bytes
from articles.recommend.storage import ArticleVector
from articles.related import related_articles
from tests.related.evaluation_set import ARTICLES
from tests.related.quality import load_split, neighbour_lists, precision, tfidf_lists


@pytest.fixture
def embeddings(settings):
    settings.RELATED_EMBEDDINGS = True
    sync.forget_cache()
    yield
    sync.forget_cache()


def test_the_model_package_is_installed_and_matches_the_reference(embeddings):
    # sentence-transformers' own example for all-MiniLM-L6-v2: 0.6660, 0.1046, 0.1411.
    assert embedding.available(), "install requirements-model.txt (make install does)"
    vectors = embedding.encode(
        ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]
    )
    sims = vectors @ vectors.T
    assert vectors.shape == (3, 384)
    assert np.allclose(np.diag(sims), 1.0, atol=1e-5)
    assert np.allclose([sims[0, 1], sims[0, 2], sims[1, 2]], [0.6660, 0.1046, 0.1411], atol=2e-3)


def test_team_set_keeps_its_precision_with_embeddings(embeddings):
    lists = neighbour_lists(ARTICLES, 3, embeddings=True)
    assert precision(ARTICLES, lists) >= 0.95


def test_independent_dev_set_beats_both_the_old_engine_and_plain_tfidf(embeddings):
    articles = load_split("dev")
    shipped = precision(articles, neighbour_lists(articles, 3, embeddings=True))
    assert shipped >= 0.9
    assert shipped > precision(articles, neighbour_lists(articles, 3, embeddings=False))
    assert shipped > precision(articles, tfidf_lists(articles, 3))


def test_the_engine_never_sees_the_sets_ids_or_groups():
    articles = load_split("dev")
    assert all(set(a) == {"group", "title", "body"} for a in articles)
    from tests.related.quality import documents

    docs = documents(articles)
    assert [d.id for d in docs] == list(range(len(articles)))
    assert not any(a["group"] in (d.title + d.body) for a, d in zip(articles, docs, strict=True))


@pytest.mark.slow
def test_publishing_stores_embeddings_and_readers_see_meaningful_related_reading(
    embeddings, article, django_capture_on_commit_callbacks
):
    articles = load_split("dev")
    pages = {}
    for data in articles:
        with django_capture_on_commit_callbacks(execute=True):
            page = article(title=data["title"], body_text=data["body"])
        pages[page.pk] = data["group"]
    stored = ArticleVector.objects.exclude(embedding=None)
    assert stored.count() == len(articles)  # encoded by the worker task on each publish
    assert from_bytes(stored.first().embedding).shape == (384,)
    out = StringIO()
    call_command("rebuild_related", stdout=out)
    assert f"({len(articles)} with embeddings)" in out.getvalue()
    hits = total = 0
    for pk, group in pages.items():
        from articles.models import ArticlePage

        shown = related_articles(ArticlePage.objects.get(pk=pk), 3)
        hits += sum(pages[a.pk] == group for a in shown)
        total += 3
    assert hits / total >= 0.9


def test_a_publish_after_a_rebuild_finds_a_paraphrase_without_shared_words(
    embeddings, article, django_capture_on_commit_callbacks
):
    first = article(
        title="Coping when your baby arrives and joy does not",
        body_text="New mothers may cry for no reason, feel detached from the infant and "
        "sleep poorly even when the newborn sleeps. These feelings can follow childbirth.",
    )
    article(
        title="Paying for a claim the insurer denied",
        body_text="Appeal the denial in writing, ask for the plan documents and keep copies "
        "of every letter about the cost of treatment.",
    )
    call_command("rebuild_related", stdout=StringIO())
    with django_capture_on_commit_callbacks(execute=True):  # the worker's task, run here
        later = article(
            title="Postpartum depression in the weeks after delivery",
            body_text="Parents after a birth can feel hopeless, tearful and disconnected from "
            "their child. Perinatal mood problems are common and treatable.",
        )
    assert ArticleVector.objects.get(page=later).embedding is not None
    assert related_articles(later, 1) == [first.specific]


def test_without_the_model_related_reading_stays_lexical(settings, article, monkeypatch):
    settings.RELATED_EMBEDDINGS = True
    # A machine without requirements-model.txt: the real package lookup finds nothing.
    monkeypatch.setattr(embedding, "MODEL_PACKAGE", "no_model_package_installed")
    sync.forget_cache()
    sleep = "Night shift nurses lose sleep; rotating shifts and sleep debt feed burnout."
    one = article(title="Sleep after night shifts", body_text=sleep)
    two = article(title="Night shift sleep debt", body_text=sleep)
    article(title="Paying for treatment", body_text="Deductibles, copays and appeals.")
    out = StringIO()
    call_command("rebuild_related", stdout=out)
    assert "lexical only" in out.getvalue()
    assert not ArticleVector.objects.exclude(embedding=None).exists()
    assert related_articles(one, 1) == [two.specific]


def test_embeddings_switch_off_with_the_environment(settings, monkeypatch):
    settings.RELATED_EMBEDDINGS = None
    monkeypatch.setenv("HAVEN_EMBEDDINGS", "0")
    assert not embedding.available()
    monkeypatch.setenv("HAVEN_EMBEDDINGS", "1")
    assert embedding.available()
