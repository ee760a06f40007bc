"""Related reading on real pages: picks first and in order, the automatic fill, what is never
shown, the query bound, and staying current when articles are published or removed."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from articles.models import ArticlePage
from articles.recommend.storage import RelatedArticle
from articles.related import related_articles
from tests.related.helpers import titles, topic

SLEEP = "Night shift nurses lose sleep; rotating shifts and sleep debt feed burnout."
GROUPS = "Virtual group sessions by video, three evenings a week, from home."


@pytest.fixture
def corpus(article):
    """Three articles about nurses' sleep and burnout, two about virtual groups."""
    burnout = topic("burnout")
    virtual = topic("virtual-iop", "Virtual IOP")
    made = {
        "source": article(title="Sleep after night shifts", body_text=SLEEP, topics=[burnout]),
        "sleep2": article(title="Night shift sleep debt", body_text=SLEEP, topics=[burnout]),
        "sleep3": article(title="Burnout and rotating shifts", body_text=SLEEP, topics=[burnout]),
        "group1": article(title="Your first video group", body_text=GROUPS, topics=[virtual]),
        "group2": article(title="Evening virtual groups", body_text=GROUPS, topics=[virtual]),
    }
    call_command("rebuild_related", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return made


def test_fill_brings_the_closest_articles_never_the_page_itself(corpus):
    shown = related_articles(corpus["source"], limit=3)
    assert titles(shown[:2]) == ["Night shift sleep debt", "Burnout and rotating shifts"] or (
        titles(shown[:2]) == ["Burnout and rotating shifts", "Night shift sleep debt"]
    )
    assert corpus["source"] not in shown
    assert len(shown) == 3


def test_editor_picks_come_first_in_their_order_and_are_not_repeated(corpus, article):
    page = article(
        title="Sleep and shift work",
        body_text=SLEEP,
        topics=[topic("burnout")],
        picks=[corpus["group2"], corpus["group1"]],
    )
    call_command("rebuild_related", stdout=open("/dev/null", "w"))  # noqa: SIM115
    shown = related_articles(page, limit=4)
    assert titles(shown[:2]) == ["Evening virtual groups", "Your first video group"]
    assert len(shown) == 4 and len(set(shown)) == 4
    assert set(titles(shown[2:])) <= {
        "Sleep after night shifts",
        "Night shift sleep debt",
        "Burnout and rotating shifts",
    }


def test_picks_alone_are_cut_to_the_limit(corpus, article):
    picks = [corpus[k] for k in ("group2", "sleep3", "group1", "sleep2")]
    page = article(title="Reading list", body_text=SLEEP, picks=picks)
    assert related_articles(page, limit=3) == picks[:3]


def test_drafts_are_never_shown(corpus, article):
    draft = article(title="Night shift sleep, draft", body_text=SLEEP, publish=False)
    call_command("rebuild_related", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page = article(title="Sleep picks", body_text=SLEEP, picks=[draft])
    assert draft.pk not in [a.pk for a in related_articles(corpus["source"], limit=6)]
    assert draft.pk not in [a.pk for a in related_articles(page, limit=6)]


def test_unpublished_article_leaves_every_list(corpus, django_capture_on_commit_callbacks):
    gone = corpus["sleep2"]
    assert gone in related_articles(corpus["source"], limit=6)
    with django_capture_on_commit_callbacks(execute=True):
        gone.unpublish()
    assert gone not in related_articles(corpus["source"], limit=6)
    assert not RelatedArticle.objects.filter(target_id=gone.pk).exists()
    assert not RelatedArticle.objects.filter(source_id=gone.pk).exists()


def test_deleted_article_leaves_every_list_and_lists_refill(
    corpus, django_capture_on_commit_callbacks
):
    gone = corpus["sleep2"]
    assert gone in related_articles(corpus["source"], limit=3)
    with django_capture_on_commit_callbacks(execute=True):
        gone.delete()
    shown = related_articles(corpus["source"], limit=3)
    assert gone.pk not in [a.pk for a in shown]
    assert len(shown) == 3  # the next closest takes its place


def test_private_article_is_never_shown(corpus, django_capture_on_commit_callbacks):
    hidden = corpus["sleep2"]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    assert hidden.pk not in [a.pk for a in related_articles(corpus["source"], limit=6)]
    assert not RelatedArticle.objects.filter(target_id=hidden.pk).exists()


def test_expired_article_is_never_shown_even_before_recompute(corpus):
    expired = corpus["sleep2"]
    type(expired).objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert expired.pk not in [a.pk for a in related_articles(corpus["source"], limit=6)]


def test_publishing_a_new_article_puts_it_in_its_neighbours_lists(
    corpus, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = article(
            title="Your first virtual group by video",
            body_text=GROUPS,
            topics=[topic("virtual-iop")],
        )
    assert new in related_articles(corpus["group1"], limit=3)
    assert titles(related_articles(new, limit=2)) in (
        ["Your first video group", "Evening virtual groups"],
        ["Evening virtual groups", "Your first video group"],
    )


def test_republishing_with_new_text_moves_it_between_lists(
    corpus, django_capture_on_commit_callbacks
):
    page = corpus["group2"]
    page.title = "Night shift sleep and burnout"
    page.body = [("paragraph", f"<p>{SLEEP}</p>")]
    page.topics.set([topic("burnout")])
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert page in related_articles(corpus["source"], limit=3)
    assert page not in related_articles(corpus["group1"], limit=1)


@pytest.mark.parametrize(("setting", "expected"), [(None, 3), (5, 5), (99, 6), (1, 3), ("x", 3)])
def test_configured_count(settings, corpus, article, setting, expected):
    for n in range(4):
        article(title=f"Night shift sleep {n}", body_text=SLEEP, topics=[topic("burnout")])
    call_command("rebuild_related", stdout=open("/dev/null", "w"))  # noqa: SIM115
    if setting is not None:
        settings.RELATED_ARTICLES_COUNT = setting
    assert len(related_articles(corpus["source"])) == expected


@pytest.mark.parametrize("count", [3, 6])
def test_related_reading_costs_at_most_two_queries(
    settings, corpus, article, count, django_assert_max_num_queries
):
    for n in range(6):
        article(title=f"Night shift sleep {n}", body_text=SLEEP, topics=[topic("burnout")])
    page = article(title="Sleep with picks", body_text=SLEEP, picks=[corpus["group1"]])
    call_command("rebuild_related", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.RELATED_ARTICLES_COUNT = count
    for target in (corpus["source"], page):
        fresh = type(target).objects.get(pk=target.pk)
        with django_assert_max_num_queries(2):
            shown = related_articles(fresh)
            cards = [(a.title, a.summary) for a in shown]  # what each card prints
        stored = {a.pk: (a.title, a.summary) for a in ArticlePage.objects.all()}
        assert len(cards) == count
        assert cards == [stored[a.pk] for a in shown]


def test_article_page_shows_related_reading(client, corpus):
    response = client.get(corpus["source"].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Related reading" in html
    assert corpus["sleep2"].url in html and "Night shift sleep debt" in html


def test_rebuild_command_reports_what_it_stored(corpus):
    from io import StringIO

    out = StringIO()
    call_command("rebuild_related", stdout=out)
    assert "5 articles" in out.getvalue()
    assert RelatedArticle.objects.filter(source=corpus["source"]).count() == 4
